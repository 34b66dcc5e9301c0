package net.utilitynet.protocol.trie;

import java.util.List;
import net.utilitynet.protocol.rlp.Rlp;
import net.utilitynet.protocol.rlp.RlpException;
import net.utilitynet.protocol.rlp.RlpItem;
import net.utilitynet.protocol.rlp.RlpList;
import net.utilitynet.protocol.rlp.RlpString;

/**
 * Decodes trie nodes with the strict RLP decoder: a branch is 17 items, a leaf or extension is 2 items
 * with a valid hex-prefix path, a child is empty, a 32-byte hash or an embedded node shorter than 32
 * bytes. Anything else is a {@link TrieException} naming what is wrong.
 */
final class NodeCodec {
    private static final int HASH_LENGTH = 32;

    private NodeCodec() {
    }

    /** The node encoded by {@code rlp}, or null for the empty node {@code 0x80} (the empty trie). */
    static Node decode(byte[] rlp) {
        try {
            RlpItem item = Rlp.decode(rlp);
            if (item instanceof RlpString string) {
                if (string.isEmpty()) {
                    return null;
                }
                throw new TrieException("trie node is a byte string of " + string.length() + " bytes; a node must be a list");
            }
            return node((RlpList) item).decodedFrom(rlp);
        } catch (RlpException e) {
            throw new TrieException("trie node is not valid RLP: " + e.getMessage(), e);
        }
    }

    private static Node node(RlpList list) {
        List<RlpItem> items = list.items();
        if (items.size() == 17) {
            Node[] children = new Node[16];
            for (int i = 0; i < 16; i++) {
                children[i] = child(items.get(i), true, "branch child " + i);
            }
            byte[] value = items.get(16).asString("branch value").bytes();
            return new Node.Branch(children, value.length == 0 ? null : value);
        }
        if (items.size() != 2) {
            throw new TrieException("trie node has " + items.size() + " items; a branch has 17, a leaf or extension 2");
        }
        byte[] hexPrefix = items.get(0).asString("leaf/extension path").bytes();
        byte[] path;
        try {
            path = Nibbles.fromHexPrefix(hexPrefix);
        } catch (IllegalArgumentException e) {
            throw new TrieException("trie node path is malformed: " + e.getMessage(), e);
        }
        if (Nibbles.isLeaf(hexPrefix)) {
            byte[] value = items.get(1).asString("leaf value").bytes();
            if (value.length == 0) {
                throw new TrieException("leaf node has an empty value; a canonical trie deletes such keys");
            }
            return new Node.Leaf(path, value);
        }
        if (path.length == 0) {
            throw new TrieException("extension node has an empty path; a canonical trie never has one");
        }
        return new Node.Extension(path, child(items.get(1), false, "extension child"));
    }

    private static Node child(RlpItem item, boolean mayBeEmpty, String what) {
        if (item instanceof RlpList embedded) {
            byte[] encoded = embedded.encoded();
            if (encoded.length >= Node.EMBED_LIMIT) {
                throw new TrieException(what + " is embedded but its encoding is " + encoded.length
                        + " bytes; nodes of 32 bytes or more must be referenced by hash");
            }
            return node(embedded).decodedFrom(encoded);
        }
        RlpString string = (RlpString) item;
        if (string.length() == HASH_LENGTH) {
            return new Node.HashRef(string.bytes());
        }
        if (string.isEmpty() && mayBeEmpty) {
            return null;
        }
        throw new TrieException(what + " is a byte string of " + string.length() + " bytes; expected a 32-byte hash"
                + (mayBeEmpty ? ", an empty string" : "") + " or an embedded node");
    }
}
