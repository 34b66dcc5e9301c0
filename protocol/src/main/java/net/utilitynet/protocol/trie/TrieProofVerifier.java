package net.utilitynet.protocol.trie;

import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * Verifies Merkle-Patricia proofs in the {@code eth_getProof} format: the hash-referenced nodes on the
 * key's path, root first. Every node must be the one its parent references, the path must be complete
 * and no node may be left over, so a proof either proves one answer or is rejected with a reason.
 */
public final class TrieProofVerifier {
    private TrieProofVerifier() {
    }

    /**
     * The value under {@code key} in the trie with root {@code root}, or empty when the proof shows the
     * key is absent.
     *
     * @throws ProofException when nodes are missing, extra, malformed or do not hash to their references
     */
    public static Optional<byte[]> verify(byte[] root, byte[] key, List<byte[]> proofNodes) {
        if (root == null || root.length != 32) {
            throw new ProofException("trie root must be a 32-byte hash but is " + (root == null ? "null" : root.length + " bytes"));
        }
        if (key == null || proofNodes == null) {
            throw new ProofException("proof " + (key == null ? "key" : "node list") + " is missing (null)");
        }
        Walk walk = new Walk(proofNodes);
        Optional<byte[]> result = walk.run(root, Nibbles.fromBytes(key));
        if (walk.used < proofNodes.size()) {
            throw new ProofException("proof has " + (proofNodes.size() - walk.used) + " extra node(s) after the "
                    + walk.used + " that the path of key " + Numeric.toHexString(key) + " uses; drop them");
        }
        return result;
    }

    /** {@link #verify} for a secure trie: the path is {@code keccak256(key)}. */
    public static Optional<byte[]> verifySecure(byte[] root, byte[] key, List<byte[]> proofNodes) {
        if (key == null) {
            throw new ProofException("proof key is missing (null)");
        }
        return verify(root, Hash.sha3(key), proofNodes);
    }

    private static final class Walk {
        final List<byte[]> proof;
        int used;

        Walk(List<byte[]> proof) {
            this.proof = proof;
        }

        Optional<byte[]> run(byte[] root, byte[] path) {
            if (proof.isEmpty() && TrieRoots.isEmptyTrieRoot(root)) {
                return Optional.empty();
            }
            Node node = next(root);
            if (node == null) {
                return Optional.empty(); // the empty root node 0x80, which hashes to the empty-trie root
            }
            int pos = 0;
            while (true) {
                if (node instanceof Node.Leaf leaf) {
                    return Nibbles.equalsAt(leaf.path, path, pos) ? Optional.of(leaf.value) : Optional.empty();
                }
                Node child;
                if (node instanceof Node.Extension ext) {
                    if (Nibbles.commonPrefix(ext.path, path, pos) != ext.path.length) {
                        return Optional.empty();
                    }
                    pos += ext.path.length;
                    child = ext.child;
                } else {
                    Node.Branch branch = (Node.Branch) node;
                    if (pos == path.length) {
                        return Optional.ofNullable(branch.value);
                    }
                    child = branch.children[path[pos++]];
                    if (child == null) {
                        return Optional.empty();
                    }
                }
                node = child instanceof Node.HashRef ref ? nonEmpty(next(ref.target)) : child;
            }
        }

        /** Takes the next proof node, which must hash to {@code expectedHash}. */
        private Node next(byte[] expectedHash) {
            if (used == proof.size()) {
                throw new ProofException("proof is missing a node: it ends after " + used
                        + " node(s) but the path continues to the node with hash " + Numeric.toHexString(expectedHash));
            }
            byte[] rlp = proof.get(used);
            if (rlp == null) {
                throw new ProofException("proof node " + used + " is missing (null)");
            }
            byte[] actual = Hash.sha3(rlp);
            if (!MessageDigest.isEqual(actual, expectedHash)) {
                throw new ProofException("proof node " + used + " hashes to " + Numeric.toHexString(actual) + " but "
                        + (used == 0 ? "the root is " : "its parent references ") + Numeric.toHexString(expectedHash));
            }
            used++;
            try {
                return NodeCodec.decode(rlp);
            } catch (ProofException e) {
                throw e;
            } catch (TrieException e) {
                throw new ProofException("proof node " + (used - 1) + " is malformed: " + e.getMessage(), e);
            }
        }

        private Node nonEmpty(Node node) {
            if (node == null) {
                throw new ProofException("proof node " + (used - 1) + " is the empty node; only an empty root may be empty");
            }
            return node;
        }
    }
}
