package net.utilitynet.protocol.trie;

import java.util.Arrays;
import java.util.List;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpString;
import org.web3j.utils.Numeric;

/** Roots of the index-keyed tries in a block header (transactions, receipts, withdrawals). */
public final class TrieRoots {
    /** Root of the empty trie: {@code keccak256(rlp(""))} = {@code keccak256(0x80)}. */
    public static final String EMPTY_TRIE_ROOT_HEX = "0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421";
    static final byte[] EMPTY_TRIE_ROOT = Numeric.hexStringToByteArray(EMPTY_TRIE_ROOT_HEX);

    private TrieRoots() {
    }

    /**
     * The root of the trie mapping {@code rlp(i)} to {@code items.get(i)}: each item is the consensus
     * encoding (a legacy transaction's RLP, a typed transaction's {@code type ‖ rlp}, a receipt, a withdrawal).
     */
    public static byte[] ordered(List<byte[]> items) {
        MerklePatriciaTrie trie = new MerklePatriciaTrie(new InMemoryNodeStore());
        for (int i = 0; i < items.size(); i++) {
            byte[] item = items.get(i);
            if (item == null || item.length == 0) {
                throw new TrieException("item " + i + " of an ordered trie is empty; every transaction, receipt "
                        + "or withdrawal has a non-empty encoding");
            }
            trie.put(RlpEncoder.encode(RlpString.create(i)), item);
        }
        return trie.root();
    }

    /** The empty-trie root (a fresh array, safe to keep). */
    public static byte[] emptyTrieRoot() {
        return EMPTY_TRIE_ROOT.clone();
    }

    public static boolean isEmptyTrieRoot(byte[] root) {
        return Arrays.equals(EMPTY_TRIE_ROOT, root);
    }
}
