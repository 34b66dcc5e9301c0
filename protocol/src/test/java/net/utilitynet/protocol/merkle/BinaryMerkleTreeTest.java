package net.utilitynet.protocol.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;

class BinaryMerkleTreeTest {
    private static final byte[] ZERO = new byte[32];

    @Test
    void root_noLeaves_isThirtyTwoZeroBytes() {
        assertArrayEquals(ZERO, BinaryMerkleTree.root(List.of()));
    }

    @Test
    void root_oneLeaf_isTheLeafWithEmptyBranch() {
        byte[] leaf = leaf(7);
        assertArrayEquals(leaf, BinaryMerkleTree.root(List.of(leaf)));
        assertTrue(BinaryMerkleTree.branch(List.of(leaf), 0).isEmpty());
        assertTrue(BinaryMerkleTree.verify(leaf, 0, List.of(), leaf));
    }

    @Test
    void root_threeLeaves_padsWithZeroLeafAndHashesPairs() {
        byte[] a = leaf(1);
        byte[] b = leaf(2);
        byte[] c = leaf(3);
        byte[] expected = h(h(a, b), h(c, ZERO));
        assertArrayEquals(expected, BinaryMerkleTree.root(List.of(a, b, c)));
    }

    @Test
    void branch_thirdOfThree_isSiblingsBottomUp() {
        List<byte[]> leaves = List.of(leaf(1), leaf(2), leaf(3));
        List<byte[]> branch = BinaryMerkleTree.branch(leaves, 2);
        assertEquals(2, branch.size());
        assertArrayEquals(ZERO, branch.get(0));
        assertArrayEquals(h(leaf(1), leaf(2)), branch.get(1));
    }

    @Test
    void verify_everyLeafOfEverySizeUpTo33_isProven() {
        for (int n = 1; n <= 33; n++) {
            List<byte[]> leaves = leaves(n);
            BinaryMerkleTree tree = BinaryMerkleTree.of(leaves);
            int depth = 32 - Integer.numberOfLeadingZeros(n - 1);
            for (int i = 0; i < n; i++) {
                List<byte[]> branch = tree.branch(i);
                assertEquals(depth, branch.size(), "depth for n=" + n);
                assertTrue(BinaryMerkleTree.verify(leaves.get(i), i, branch, tree.root()), "n=" + n + " i=" + i);
            }
        }
    }

    @Test
    void verify_wrongIndexLeafOrSibling_returnsFalse() {
        List<byte[]> leaves = leaves(5);
        byte[] root = BinaryMerkleTree.root(leaves);
        List<byte[]> branch = BinaryMerkleTree.branch(leaves, 3);
        assertFalse(BinaryMerkleTree.verify(leaves.get(3), 2, branch, root));
        assertFalse(BinaryMerkleTree.verify(leaves.get(2), 3, branch, root));
        assertFalse(BinaryMerkleTree.verify(leaves.get(3), 3 + 8, branch, root), "index beyond the branch depth");
        List<byte[]> tampered = new ArrayList<>(branch);
        byte[] sibling = tampered.get(1).clone();
        sibling[0] ^= 1;
        tampered.set(1, sibling);
        assertFalse(BinaryMerkleTree.verify(leaves.get(3), 3, tampered, root));
        assertFalse(BinaryMerkleTree.verify(leaves.get(3), 3, branch.subList(0, 2), root), "truncated branch");
        assertFalse(BinaryMerkleTree.verify(new byte[31], 3, branch, root), "short leaf");
    }

    @Test
    void of_leafOfWrongSize_throwsNamingLeafIndex() {
        MerkleException e = assertThrows(MerkleException.class, () -> BinaryMerkleTree.of(List.of(leaf(1), new byte[20])));
        assertTrue(e.getMessage().contains("leaf 1"), e.getMessage());
    }

    @Test
    void branch_indexOutOfRange_throws() {
        assertThrows(MerkleException.class, () -> BinaryMerkleTree.branch(leaves(3), 3));
        assertThrows(MerkleException.class, () -> BinaryMerkleTree.branch(List.of(), 0));
    }

    static byte[] leaf(int i) {
        return Hash.sha3(new byte[] {(byte) i, (byte) (i >> 8)});
    }

    static List<byte[]> leaves(int n) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(leaf(i));
        }
        return out;
    }

    private static byte[] h(byte[] left, byte[] right) {
        byte[] pair = new byte[64];
        System.arraycopy(left, 0, pair, 0, 32);
        System.arraycopy(right, 0, pair, 32, 32);
        return Hash.sha3(pair);
    }
}
