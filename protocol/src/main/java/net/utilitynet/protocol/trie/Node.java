package net.utilitynet.protocol.trie;

import java.util.ArrayList;
import java.util.List;
import org.web3j.crypto.Hash;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;

/**
 * An in-memory Merkle-Patricia trie node. Nodes are immutable (a mutation builds new nodes along the
 * path), so each caches its encoding and hash once computed; {@code persisted} records that the node
 * is already in the store, so that a commit writes only what changed.
 */
abstract sealed class Node permits Node.Leaf, Node.Extension, Node.Branch, Node.HashRef {
    /** Encodings shorter than this are embedded in their parent instead of referenced by hash. */
    static final int EMBED_LIMIT = 32;
    private static final RlpString EMPTY_STRING = RlpString.create(new byte[0]);

    private byte[] encoded;
    private byte[] hash;
    boolean persisted;

    /** The node as Web3j RLP items, children given by {@link #reference()}. */
    abstract RlpList rlp();

    byte[] encoded() {
        if (encoded == null) {
            encoded = RlpEncoder.encode(rlp());
        }
        return encoded;
    }

    byte[] hash() {
        if (hash == null) {
            hash = Hash.sha3(encoded());
        }
        return hash;
    }

    /** How a parent refers to this node: embedded when its encoding is short, else by hash. */
    RlpType reference() {
        return encoded().length < EMBED_LIMIT ? rlp() : RlpString.create(hash());
    }

    /** Marks a node decoded from stored or proven bytes: its encoding is known and it needs no storing. */
    final <T extends Node> T decodedFrom(byte[] rlp) {
        this.encoded = rlp;
        this.persisted = true;
        @SuppressWarnings("unchecked")
        T self = (T) this;
        return self;
    }

    static final class Leaf extends Node {
        final byte[] path;
        final byte[] value;

        Leaf(byte[] path, byte[] value) {
            this.path = path;
            this.value = value;
        }

        @Override
        RlpList rlp() {
            return new RlpList(RlpString.create(Nibbles.hexPrefix(path, true)), RlpString.create(value));
        }
    }

    static final class Extension extends Node {
        final byte[] path;
        final Node child;

        Extension(byte[] path, Node child) {
            this.path = path;
            this.child = child;
        }

        @Override
        RlpList rlp() {
            return new RlpList(RlpString.create(Nibbles.hexPrefix(path, false)), child.reference());
        }
    }

    static final class Branch extends Node {
        final Node[] children;
        final byte[] value;

        Branch(Node[] children, byte[] value) {
            this.children = children;
            this.value = value;
        }

        Branch withChild(int nibble, Node child) {
            Node[] copy = children.clone();
            copy[nibble] = child;
            return new Branch(copy, value);
        }

        Branch withValue(byte[] newValue) {
            return new Branch(children, newValue);
        }

        @Override
        RlpList rlp() {
            List<RlpType> items = new ArrayList<>(17);
            for (Node child : children) {
                items.add(child == null ? EMPTY_STRING : child.reference());
            }
            items.add(value == null ? EMPTY_STRING : RlpString.create(value));
            return new RlpList(items);
        }
    }

    /** A child known only by its hash; the trie loads it from the store when a path goes through it. */
    static final class HashRef extends Node {
        final byte[] target;
        Node resolved;

        HashRef(byte[] target) {
            this.target = target;
            this.persisted = true;
        }

        @Override
        RlpList rlp() {
            throw new IllegalStateException("a hash reference has no encoding of its own; resolve it first");
        }

        @Override
        byte[] hash() {
            return target;
        }

        @Override
        RlpType reference() {
            return RlpString.create(target);
        }
    }
}
