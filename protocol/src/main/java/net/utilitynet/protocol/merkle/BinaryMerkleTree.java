package net.utilitynet.protocol.merkle;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.web3j.crypto.Hash;

/**
 * The binary Merkle tree of design §4.3 over 32-byte leaves: depth {@code ceil(log2 n)}, missing leaves are
 * 32 zero bytes, {@code parent = keccak256(left ‖ right)}; {@code n = 0} gives 32 zero bytes and {@code n = 1}
 * gives the leaf itself. Branches list the siblings bottom-up.
 *
 * <p>An instance keeps every level, so a set that serves many branches (miner set, history) hashes once.
 */
public final class BinaryMerkleTree {
    public static final int HASH_LENGTH = 32;
    private static final byte[] ZERO = new byte[HASH_LENGTH];

    /** levels.get(0) = leaves padded to a power of two; the last level holds only the root. */
    private final List<byte[][]> levels;
    private final int size;

    private BinaryMerkleTree(List<byte[][]> levels, int size) {
        this.levels = levels;
        this.size = size;
    }

    /** Builds the tree; each leaf must be 32 bytes. The list is copied. */
    public static BinaryMerkleTree of(List<byte[]> leaves) {
        if (leaves == null) {
            throw new MerkleException("Merkle leaves are missing (null); pass an empty list for an empty tree");
        }
        int n = leaves.size();
        int width = 1;
        while (width < n) {
            width <<= 1;
        }
        byte[][] level = new byte[width][];
        for (int i = 0; i < width; i++) {
            level[i] = i < n ? checkHash(leaves.get(i), "Merkle leaf " + i) : ZERO;
        }
        List<byte[][]> levels = new ArrayList<>();
        levels.add(level);
        byte[] pair = new byte[2 * HASH_LENGTH];
        while (level.length > 1) {
            byte[][] parent = new byte[level.length / 2][];
            for (int i = 0; i < parent.length; i++) {
                System.arraycopy(level[2 * i], 0, pair, 0, HASH_LENGTH);
                System.arraycopy(level[2 * i + 1], 0, pair, HASH_LENGTH, HASH_LENGTH);
                parent[i] = Hash.sha3(pair);
            }
            levels.add(parent);
            level = parent;
        }
        return new BinaryMerkleTree(levels, n);
    }

    /** The root of {@code leaves}. */
    public static byte[] root(List<byte[]> leaves) {
        return of(leaves).root();
    }

    /** The siblings of leaf {@code index}, bottom-up ({@code ceil(log2 n)} hashes). */
    public static List<byte[]> branch(List<byte[]> leaves, int index) {
        return of(leaves).branch(index);
    }

    /**
     * Whether {@code branch} proves {@code leaf} at {@code index} under {@code root}. Malformed input
     * (wrong hash sizes, an index that does not fit the branch depth) is simply not a proof: false.
     */
    public static boolean verify(byte[] leaf, long index, List<byte[]> branch, byte[] root) {
        if (leaf == null || root == null || branch == null || leaf.length != HASH_LENGTH || root.length != HASH_LENGTH
                || index < 0 || branch.size() > 62 || index >= (1L << branch.size())) {
            return false;
        }
        byte[] node = leaf;
        byte[] pair = new byte[2 * HASH_LENGTH];
        long position = index;
        for (byte[] sibling : branch) {
            if (sibling == null || sibling.length != HASH_LENGTH) {
                return false;
            }
            boolean right = (position & 1) == 1;
            System.arraycopy(right ? sibling : node, 0, pair, 0, HASH_LENGTH);
            System.arraycopy(right ? node : sibling, 0, pair, HASH_LENGTH, HASH_LENGTH);
            node = Hash.sha3(pair);
            position >>>= 1;
        }
        return MessageDigest.isEqual(node, root);
    }

    /** The root: 32 zero bytes for no leaves, the leaf itself for one. */
    public byte[] root() {
        return size == 0 ? ZERO.clone() : levels.get(levels.size() - 1)[0].clone();
    }

    /** Number of real (unpadded) leaves. */
    public int size() {
        return size;
    }

    /** Leaf {@code index} (a copy). */
    public byte[] leaf(int index) {
        checkIndex(index);
        return levels.get(0)[index].clone();
    }

    /** The siblings of leaf {@code index}, bottom-up. */
    public List<byte[]> branch(int index) {
        checkIndex(index);
        List<byte[]> siblings = new ArrayList<>(levels.size() - 1);
        int position = index;
        for (int depth = 0; depth < levels.size() - 1; depth++) {
            siblings.add(levels.get(depth)[position ^ 1].clone());
            position >>>= 1;
        }
        return List.copyOf(siblings);
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size) {
            throw new MerkleException("Merkle leaf index " + index + " is out of range; the tree has " + size + " leaves");
        }
    }

    static byte[] checkHash(byte[] value, String what) {
        if (value == null || value.length != HASH_LENGTH) {
            throw new MerkleException(what + " must be " + HASH_LENGTH + " bytes but is "
                    + (value == null ? "null" : value.length + " bytes"));
        }
        return value;
    }
}
