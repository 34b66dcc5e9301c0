package net.utilitynet.protocol.merkle;

import java.util.List;

/**
 * The {@code historyRoot} of a checkpoint (design §4.3): the binary Merkle tree over the block hashes
 * {@code (k-1)·E … k·E-1} of the epoch before checkpoint epoch {@code k}, in height order. Its branches
 * prove an old header to a light client that holds only checkpoints ({@code unc_getHeaderProof}).
 */
public final class HistoryRoot {
    private final BinaryMerkleTree tree;

    private HistoryRoot(BinaryMerkleTree tree) {
        this.tree = tree;
    }

    /** The tree over {@code blockHashes} (each 32 bytes), oldest first. */
    public static HistoryRoot of(List<byte[]> blockHashes) {
        return new HistoryRoot(BinaryMerkleTree.of(blockHashes));
    }

    public byte[] root() {
        return tree.root();
    }

    public int size() {
        return tree.size();
    }

    /** Siblings bottom-up proving the hash at {@code index} (0 = the oldest covered block). */
    public List<byte[]> branch(int index) {
        return tree.branch(index);
    }

    /**
     * The leaf index of {@code blockNumber} in the history root of the checkpoint at height
     * {@code checkpointEpoch · epochLength}, which covers heights {@code (k-1)·E … k·E-1}.
     */
    public static int leafIndex(long blockNumber, long checkpointEpoch, long epochLength) {
        if (epochLength <= 0 || epochLength > Integer.MAX_VALUE) {
            throw new MerkleException("epoch length must be in [1, 2^31-1], got " + epochLength);
        }
        if (checkpointEpoch < 1) {
            throw new MerkleException("checkpoint epoch " + checkpointEpoch + " covers no blocks; history roots start at epoch 1");
        }
        long first = Math.multiplyExact(checkpointEpoch - 1, epochLength);
        if (blockNumber < first || blockNumber >= first + epochLength) {
            throw new MerkleException("block " + blockNumber + " is not covered by the history root of checkpoint epoch "
                    + checkpointEpoch + " (heights " + first + " to " + (first + epochLength - 1) + "); use epoch "
                    + (Math.floorDiv(blockNumber, epochLength) + 1));
        }
        return (int) (blockNumber - first);
    }

    /** Whether {@code branch} proves {@code blockHash} at {@code index} under {@code root}. */
    public static boolean verify(byte[] blockHash, int index, List<byte[]> branch, byte[] root) {
        return BinaryMerkleTree.verify(blockHash, index, branch, root);
    }
}
