package net.utilitynet.protocol.merkle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.web3j.utils.Numeric;

/**
 * An epoch's miner set (design §4.3): entries sorted by miner address ascending (unsigned bytes), no
 * duplicate miners, committed to by the binary Merkle root of their leaves. Immutable.
 */
public final class MinerSet {
    private final List<MinerEntry> entries;
    private final BinaryMerkleTree tree;
    private final long totalPower;

    private MinerSet(List<MinerEntry> sorted) {
        this.entries = List.copyOf(sorted);
        List<byte[]> leaves = new ArrayList<>(sorted.size());
        long total = 0;
        for (MinerEntry entry : sorted) {
            leaves.add(entry.leaf());
            try {
                total = Math.addExact(total, entry.power());
            } catch (ArithmeticException overflow) {
                throw new MerkleException("miner set total power overflows a signed 64-bit integer; check the ratings");
            }
        }
        this.tree = BinaryMerkleTree.of(leaves);
        this.totalPower = total;
    }

    /** Builds the set from entries in any order; fails naming the miner when one appears twice. */
    public static MinerSet of(List<MinerEntry> entries) {
        if (entries == null) {
            throw new MerkleException("miner set entries are missing (null); pass an empty list for an empty set");
        }
        List<MinerEntry> sorted = new ArrayList<>(entries);
        sorted.sort(MinerEntry::compareMiner);
        for (int i = 1; i < sorted.size(); i++) {
            if (MinerEntry.compareMiner(sorted.get(i - 1), sorted.get(i)) == 0) {
                throw new MerkleException("miner " + Numeric.toHexString(sorted.get(i).miner())
                        + " appears twice in the miner set; merge its chips into one entry");
            }
        }
        return new MinerSet(sorted);
    }

    public byte[] root() {
        return tree.root();
    }

    public long totalPower() {
        return totalPower;
    }

    public int size() {
        return entries.size();
    }

    /** The entries in set order (by miner address ascending). */
    public List<MinerEntry> entries() {
        return entries;
    }

    public MinerEntry entry(int index) {
        return entries.get(index);
    }

    /** The leaf index of {@code miner}, or -1 when it is not in the set. */
    public int indexOf(byte[] miner) {
        if (miner == null || miner.length != MinerEntry.ADDRESS_LENGTH) {
            return -1;
        }
        int lo = 0;
        int hi = entries.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int cmp = Arrays.compareUnsigned(entries.get(mid).miner(), miner);
            if (cmp == 0) {
                return mid;
            } else if (cmp < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /** The Merkle branch (siblings bottom-up) proving entry {@code index} against {@link #root()}. */
    public List<byte[]> branch(int index) {
        return tree.branch(index);
    }
}
