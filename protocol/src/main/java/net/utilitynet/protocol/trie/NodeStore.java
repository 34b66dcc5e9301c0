package net.utilitynet.protocol.trie;

import java.util.Collection;

/**
 * Content-addressed storage of trie nodes: the RLP encoding of a node under its 32-byte keccak hash.
 * A trie writes all nodes made dirty since its last commit in one {@link #putAll} call, so a store
 * backed by a database can write them in one transaction.
 */
public interface NodeStore {

    /** The encoding stored under {@code hash}, or null when the store does not have it. */
    byte[] get(byte[] hash);

    void put(byte[] hash, byte[] rlp);

    /** Stores a batch of nodes; stores that can should make the batch atomic. */
    default void putAll(Collection<EncodedNode> nodes) {
        for (EncodedNode node : nodes) {
            put(node.hash(), node.rlp());
        }
    }
}
