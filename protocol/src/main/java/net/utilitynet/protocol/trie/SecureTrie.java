package net.utilitynet.protocol.trie;

import java.util.List;
import java.util.Optional;
import org.web3j.crypto.Hash;

/**
 * The secure trie of Ethereum's state and storage: every key is replaced by its keccak-256 hash, so
 * paths are 64 nibbles and cannot be made deep on purpose. Proofs are of the hashed key, as in
 * {@code eth_getProof}.
 */
public final class SecureTrie {
    private final MerklePatriciaTrie trie;

    public SecureTrie(NodeStore store) {
        this.trie = new MerklePatriciaTrie(store);
    }

    public SecureTrie(NodeStore store, byte[] rootHash) {
        this.trie = new MerklePatriciaTrie(store, rootHash);
    }

    public Optional<byte[]> get(byte[] key) {
        return trie.get(Hash.sha3(key));
    }

    public void put(byte[] key, byte[] value) {
        trie.put(Hash.sha3(key), value);
    }

    public void delete(byte[] key) {
        trie.delete(Hash.sha3(key));
    }

    public byte[] root() {
        return trie.root();
    }

    public byte[] commit() {
        return trie.commit();
    }

    /** Proof for {@code keccak256(key)}; verify it with {@link TrieProofVerifier#verifySecure}. */
    public List<byte[]> prove(byte[] key) {
        return trie.prove(Hash.sha3(key));
    }
}
