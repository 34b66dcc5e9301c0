package net.utilitynet.protocol.trie;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.web3j.utils.Numeric;

/**
 * The Ethereum Merkle-Patricia trie (Yellow Paper appendix D) over a {@link NodeStore}.
 *
 * <p>Mutations build new nodes along the key's path and hash nothing; {@link #root()} hashes the
 * changed nodes once and {@link #commit()} also writes them to the store in one batch, so inserting
 * thousands of keys per block costs one hash per changed node. Nodes of an existing root are loaded
 * from the store only when a path runs through them. Not thread-safe: one writer at a time.
 */
public final class MerklePatriciaTrie {
    private final NodeStore store;
    private Node root;

    /** An empty trie writing to {@code store}. */
    public MerklePatriciaTrie(NodeStore store) {
        this.store = store;
    }

    /** The trie with root hash {@code rootHash} whose nodes are in {@code store}. */
    public MerklePatriciaTrie(NodeStore store, byte[] rootHash) {
        this(store);
        if (rootHash == null || rootHash.length != 32) {
            throw new TrieException("trie root must be a 32-byte hash but is "
                    + (rootHash == null ? "null" : rootHash.length + " bytes"));
        }
        this.root = TrieRoots.isEmptyTrieRoot(rootHash) ? null : new Node.HashRef(rootHash.clone());
    }

    /** The value stored under {@code key}, or empty when the key is absent. */
    public Optional<byte[]> get(byte[] key) {
        byte[] path = Nibbles.fromBytes(key);
        Node node = root;
        int pos = 0;
        while (true) {
            node = resolve(node);
            if (node == null) {
                return Optional.empty();
            } else if (node instanceof Node.Leaf leaf) {
                return Nibbles.equalsAt(leaf.path, path, pos) ? Optional.of(leaf.value.clone()) : Optional.empty();
            } else if (node instanceof Node.Extension ext) {
                if (Nibbles.commonPrefix(ext.path, path, pos) != ext.path.length) {
                    return Optional.empty();
                }
                pos += ext.path.length;
                node = ext.child;
            } else {
                Node.Branch branch = (Node.Branch) node;
                if (pos == path.length) {
                    return Optional.ofNullable(branch.value).map(byte[]::clone);
                }
                node = branch.children[path[pos++]];
            }
        }
    }

    /** Sets {@code key} to {@code value}; an empty value deletes the key, as in Ethereum. */
    public void put(byte[] key, byte[] value) {
        if (value == null || value.length == 0) {
            delete(key);
            return;
        }
        root = insert(root, Nibbles.fromBytes(key), 0, value.clone());
    }

    /** Removes {@code key}; removing an absent key changes nothing. */
    public void delete(byte[] key) {
        root = remove(root, Nibbles.fromBytes(key), 0);
    }

    /** The root hash; hashes the nodes changed since the last call, stores nothing. */
    public byte[] root() {
        return root == null ? TrieRoots.EMPTY_TRIE_ROOT.clone() : root.hash().clone();
    }

    /** Writes every node changed since the last commit to the store in one batch and returns the root hash. */
    public byte[] commit() {
        if (root != null && !root.persisted) {
            List<EncodedNode> dirty = new ArrayList<>();
            collectDirty(root, true, dirty);
            store.putAll(dirty);
        }
        return root();
    }

    /**
     * The proof of {@code key} in the {@code eth_getProof} format: the encodings of the nodes on the
     * key's path that are referenced by hash, root first. It proves the value, or the key's absence.
     */
    public List<byte[]> prove(byte[] key) {
        byte[] path = Nibbles.fromBytes(key);
        List<byte[]> proof = new ArrayList<>();
        Node node = root;
        int pos = 0;
        boolean first = true;
        while (node != null) {
            node = resolve(node);
            if (first || node.encoded().length >= Node.EMBED_LIMIT) {
                proof.add(node.encoded().clone());
            }
            first = false;
            if (node instanceof Node.Leaf) {
                break;
            } else if (node instanceof Node.Extension ext) {
                if (Nibbles.commonPrefix(ext.path, path, pos) != ext.path.length) {
                    break;
                }
                pos += ext.path.length;
                node = ext.child;
            } else {
                Node.Branch branch = (Node.Branch) node;
                if (pos == path.length) {
                    break;
                }
                node = branch.children[path[pos++]];
            }
        }
        return proof;
    }

    private Node insert(Node node, byte[] path, int pos, byte[] value) {
        Node current = resolve(node);
        if (current == null) {
            return new Node.Leaf(Nibbles.slice(path, pos), value);
        }
        if (current instanceof Node.Branch branch) {
            if (pos == path.length) {
                return branch.withValue(value);
            }
            int nibble = path[pos];
            return branch.withChild(nibble, insert(branch.children[nibble], path, pos + 1, value));
        }
        boolean isLeaf = current instanceof Node.Leaf;
        byte[] nodePath = isLeaf ? ((Node.Leaf) current).path : ((Node.Extension) current).path;
        int common = Nibbles.commonPrefix(nodePath, path, pos);
        if (isLeaf && common == nodePath.length && pos + common == path.length) {
            return new Node.Leaf(nodePath, value);
        }
        if (!isLeaf && common == nodePath.length) {
            Node.Extension ext = (Node.Extension) current;
            return new Node.Extension(nodePath, insert(ext.child, path, pos + common, value));
        }
        // The paths diverge after `common` nibbles: a branch there holds the old node's rest and the new key.
        Node.Branch branch = new Node.Branch(new Node[16], null);
        branch = placeRest(branch, current, nodePath, common);
        if (pos + common == path.length) {
            branch = branch.withValue(value);
        } else {
            branch = branch.withChild(path[pos + common], new Node.Leaf(Nibbles.slice(path, pos + common + 1), value));
        }
        return common == 0 ? branch : new Node.Extension(Nibbles.slice(path, pos, pos + common), branch);
    }

    /** Hangs what is left of a leaf or extension below nibble {@code common} of its path into {@code branch}. */
    private static Node.Branch placeRest(Node.Branch branch, Node node, byte[] nodePath, int common) {
        if (node instanceof Node.Leaf leaf) {
            return common == nodePath.length
                    ? branch.withValue(leaf.value)
                    : branch.withChild(nodePath[common], new Node.Leaf(Nibbles.slice(nodePath, common + 1), leaf.value));
        }
        Node child = ((Node.Extension) node).child;
        Node rest = common + 1 == nodePath.length ? child : new Node.Extension(Nibbles.slice(nodePath, common + 1), child);
        return branch.withChild(nodePath[common], rest);
    }

    /** Removes the key; returns {@code node} itself (same instance) when nothing changed. */
    private Node remove(Node node, byte[] path, int pos) {
        Node current = resolve(node);
        if (current == null) {
            return node;
        }
        if (current instanceof Node.Leaf leaf) {
            return Nibbles.equalsAt(leaf.path, path, pos) ? null : node;
        }
        if (current instanceof Node.Extension ext) {
            if (Nibbles.commonPrefix(ext.path, path, pos) != ext.path.length) {
                return node;
            }
            Node child = remove(ext.child, path, pos + ext.path.length);
            return child == ext.child ? node : prepend(ext.path, child);
        }
        Node.Branch branch = (Node.Branch) current;
        Node.Branch changed;
        if (pos == path.length) {
            if (branch.value == null) {
                return node;
            }
            changed = branch.withValue(null);
        } else {
            Node old = branch.children[path[pos]];
            Node child = remove(old, path, pos + 1);
            if (child == old) {
                return node;
            }
            changed = branch.withChild(path[pos], child);
        }
        return collapse(changed);
    }

    /** A branch left with fewer than two entries becomes a leaf or joins its only child. */
    private Node collapse(Node.Branch branch) {
        int only = -1;
        int count = branch.value == null ? 0 : 1;
        for (int i = 0; i < 16; i++) {
            if (branch.children[i] != null) {
                only = i;
                count++;
            }
        }
        if (count >= 2) {
            return branch;
        }
        if (branch.value != null) {
            return new Node.Leaf(Nibbles.EMPTY, branch.value);
        }
        return prepend(new byte[] {(byte) only}, resolve(branch.children[only]));
    }

    /** {@code prefix} followed by {@code child}, merging paths so no extension points at a leaf or extension. */
    private Node prepend(byte[] prefix, Node child) {
        Node resolved = resolve(child);
        if (resolved == null) {
            return null;
        } else if (resolved instanceof Node.Leaf leaf) {
            return new Node.Leaf(Nibbles.concat(prefix, leaf.path), leaf.value);
        } else if (resolved instanceof Node.Extension ext) {
            return new Node.Extension(Nibbles.concat(prefix, ext.path), ext.child);
        }
        return new Node.Extension(prefix, child);
    }

    private Node resolve(Node node) {
        if (!(node instanceof Node.HashRef ref)) {
            return node;
        }
        if (ref.resolved == null) {
            byte[] rlp = store.get(ref.target);
            if (rlp == null) {
                throw new TrieException("trie node " + Numeric.toHexString(ref.target)
                        + " is missing from the node store; the store does not hold this root's full trie");
            }
            Node decoded = NodeCodec.decode(rlp);
            if (decoded == null) {
                throw new TrieException("trie node " + Numeric.toHexString(ref.target) + " is the empty node; "
                        + "only the empty root may be empty");
            }
            ref.resolved = decoded;
        }
        return ref.resolved;
    }

    private static void collectDirty(Node node, boolean isRoot, List<EncodedNode> out) {
        if (node == null || node.persisted) {
            return;
        }
        if (node instanceof Node.Extension ext) {
            collectDirty(ext.child, false, out);
        } else if (node instanceof Node.Branch branch) {
            for (Node child : branch.children) {
                collectDirty(child, false, out);
            }
        }
        byte[] encoded = node.encoded();
        if (isRoot || encoded.length >= Node.EMBED_LIMIT) {
            out.add(new EncodedNode(node.hash().clone(), encoded.clone()));
        }
        node.persisted = true;
    }
}
