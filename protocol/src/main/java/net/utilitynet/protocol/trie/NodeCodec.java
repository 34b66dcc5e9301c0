package net.utilitynet.protocol.trie;

import java.util.List;

/**
 * Decodes trie nodes from RLP strictly: a branch is 17 items, a leaf or extension is 2 items with a
 * valid hex-prefix path, a child is empty, a 32-byte hash or an embedded node shorter than 32 bytes.
 * Anything else is a {@link TrieException} naming what is wrong.
 */
final class NodeCodec {
    private static final int HASH_LENGTH = 32;

    private NodeCodec() {
    }

    /** The node encoded by {@code rlp}, or null for the empty node {@code 0x80} (the empty trie). */
    static Node decode(byte[] rlp) {
        NodeRlp.Item item;
        try {
            item = NodeRlp.decode(rlp);
        } catch (IllegalArgumentException e) {
            throw new TrieException("trie node is not valid RLP: " + e.getMessage(), e);
        }
        if (!item.isList()) {
            if (item.length() == 0) {
                return null;
            }
            throw new TrieException("trie node is a byte string of " + item.length() + " bytes; a node must be a list");
        }
        return node(item).decodedFrom(rlp);
    }

    private static Node node(NodeRlp.Item list) {
        List<NodeRlp.Item> items = list.items();
        if (items.size() == 17) {
            Node[] children = new Node[16];
            for (int i = 0; i < 16; i++) {
                children[i] = child(items.get(i), true, "branch child " + i);
            }
            byte[] value = string(items.get(16), "branch value");
            return new Node.Branch(children, value.length == 0 ? null : value);
        }
        if (items.size() != 2) {
            throw new TrieException("trie node has " + items.size() + " items; a branch has 17, a leaf or extension 2");
        }
        byte[] hexPrefix = string(items.get(0), "leaf/extension path");
        byte[] path;
        try {
            path = Nibbles.fromHexPrefix(hexPrefix);
        } catch (IllegalArgumentException e) {
            throw new TrieException("trie node path is malformed: " + e.getMessage(), e);
        }
        if (Nibbles.isLeaf(hexPrefix)) {
            byte[] value = string(items.get(1), "leaf value");
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

    private static Node child(NodeRlp.Item item, boolean mayBeEmpty, String what) {
        if (item.isList()) {
            int size = item.end() - item.start();
            if (size >= Node.EMBED_LIMIT) {
                throw new TrieException(what + " is embedded but its encoding is " + size
                        + " bytes; nodes of 32 bytes or more must be referenced by hash");
            }
            return node(item).decodedFrom(item.encoded());
        }
        if (item.length() == HASH_LENGTH) {
            return new Node.HashRef(item.bytes());
        }
        if (item.length() == 0 && mayBeEmpty) {
            return null;
        }
        throw new TrieException(what + " is a byte string of " + item.length() + " bytes; expected a 32-byte hash"
                + (mayBeEmpty ? ", an empty string" : "") + " or an embedded node");
    }

    private static byte[] string(NodeRlp.Item item, String what) {
        if (item.isList()) {
            throw new TrieException(what + " is a list; expected a byte string");
        }
        return item.bytes();
    }
}
