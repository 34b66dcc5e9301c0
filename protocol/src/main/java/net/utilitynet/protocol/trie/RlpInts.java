package net.utilitynet.protocol.trie;

import java.math.BigInteger;

/** Typed reads of decoded RLP items for account and storage values. */
final class RlpInts {
    private RlpInts() {
    }

    static byte[] string(NodeRlp.Item item, String what) {
        if (item.isList()) {
            throw new TrieException(what + " is an RLP list; expected a byte string");
        }
        return item.bytes();
    }

    /** A minimal (no leading zero) unsigned integer of at most {@code maxBits} bits. */
    static BigInteger uint(NodeRlp.Item item, int maxBits, String what) {
        byte[] bytes = string(item, what);
        if (bytes.length > 0 && bytes[0] == 0) {
            throw new TrieException(what + " has a leading zero byte; RLP integers must be minimal");
        }
        if (bytes.length * 8 > maxBits) {
            throw new TrieException(what + " is " + bytes.length + " bytes, longer than " + maxBits + " bits");
        }
        return new BigInteger(1, bytes);
    }
}
