package net.utilitynet.protocol.trie;

/** A trie node as stored: its keccak-256 hash and its RLP encoding. */
public record EncodedNode(byte[] hash, byte[] rlp) {
}
