package net.utilitynet.devnet.state;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import net.utilitynet.protocol.trie.NodeStore;

/**
 * The trie's node store: nodes written while a block is built stay in memory until {@link #pending()} hands
 * them to the block's SQL transaction; reads fall through a bounded cache to the database.
 */
public final class BufferedNodeStore implements NodeStore {
    /** About 25 MB of recently used nodes: the hot top of the state trie stays decoded-ready in memory. */
    private static final int CACHE_NODES = 100_000;

    private final Function<byte[], byte[]> database;
    private final Map<ByteBuffer, byte[]> pending = new LinkedHashMap<>();
    private final Map<ByteBuffer, byte[]> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteBuffer, byte[]> eldest) {
            return size() > CACHE_NODES;
        }
    };

    public BufferedNodeStore(Function<byte[], byte[]> database) {
        this.database = database;
    }

    @Override
    public synchronized byte[] get(byte[] hash) {
        ByteBuffer key = ByteBuffer.wrap(hash);
        byte[] node = pending.get(key);
        if (node == null) {
            node = cache.get(key);
        }
        if (node == null) {
            node = database.apply(hash);
            if (node != null) {
                cache.put(ByteBuffer.wrap(hash.clone()), node);
            }
        }
        return node;
    }

    @Override
    public synchronized void put(byte[] hash, byte[] rlp) {
        pending.put(ByteBuffer.wrap(hash.clone()), rlp.clone());
    }

    /** The nodes written since the last commit, for one atomic database write. */
    public synchronized Map<byte[], byte[]> pending() {
        Map<byte[], byte[]> out = new LinkedHashMap<>();
        for (Map.Entry<ByteBuffer, byte[]> e : pending.entrySet()) {
            out.put(e.getKey().array(), e.getValue());
        }
        return out;
    }

    /** The pending nodes are now in the database: they move to the read cache. */
    public synchronized void committed() {
        cache.putAll(pending);
        pending.clear();
    }

    /**
     * Forgets the nodes of a block that was not committed. They must not linger in the cache either: a trie treats
     * nodes it reads as stored and would never write them again.
     */
    public synchronized void discard() {
        pending.clear();
    }
}
