package net.utilitynet.protocol.trie;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A thread-safe {@link NodeStore} in a hash map; for tests, proofs and tries that live for one block. */
public final class InMemoryNodeStore implements NodeStore {
    // ByteBuffer compares and hashes by content; the wrapped arrays are private copies, never mutated.
    private final Map<ByteBuffer, byte[]> nodes = new ConcurrentHashMap<>();

    @Override
    public byte[] get(byte[] hash) {
        byte[] rlp = nodes.get(ByteBuffer.wrap(hash));
        return rlp == null ? null : rlp.clone();
    }

    @Override
    public void put(byte[] hash, byte[] rlp) {
        nodes.put(ByteBuffer.wrap(hash.clone()), rlp.clone());
    }

    /** Number of stored nodes. */
    public int size() {
        return nodes.size();
    }
}
