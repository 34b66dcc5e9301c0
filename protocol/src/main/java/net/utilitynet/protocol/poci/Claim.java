package net.utilitynet.protocol.poci;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.utilitynet.protocol.merkle.MinerEntry;
import net.utilitynet.protocol.rlp.Rlp;
import net.utilitynet.protocol.rlp.RlpList;
import org.web3j.rlp.RlpType;
import org.web3j.utils.Numeric;

/**
 * A miner's winning claim carried in extraData (design §4.2):
 * {@code [miner, payout, vrfPubKey(33), power, leafIndex, branch(32-byte siblings, bottom-up), vrfProof(81)]}.
 * Immutable; arrays are copied in and out.
 */
public record Claim(byte[] miner, byte[] payout, byte[] vrfPubKey, long power, long leafIndex, List<byte[]> branch,
                    byte[] vrfProof) {
    public static final int VRF_PUBLIC_KEY_SIZE = 33;
    public static final int VRF_PROOF_SIZE = 81;
    /** A binary tree over at most 2^62 miners never needs more siblings than this. */
    public static final int MAX_BRANCH_LENGTH = 62;

    public Claim {
        miner = Bytes.fixed(miner, 20, "claim.miner");
        payout = Bytes.fixed(payout, 20, "claim.payout");
        vrfPubKey = Bytes.fixed(vrfPubKey, VRF_PUBLIC_KEY_SIZE, "claim.vrfPubKey");
        if (vrfPubKey[0] != 0x02 && vrfPubKey[0] != 0x03) {
            throw new ExtraDataException("claim.vrfPubKey: must be a SEC1 compressed P-256 point (first byte 0x02 or 0x03)");
        }
        Bytes.nonNegative(power, "claim.power");
        Bytes.nonNegative(leafIndex, "claim.leafIndex");
        branch = Bytes.fixedList(branch, 32, "claim.branch");
        if (branch.size() > MAX_BRANCH_LENGTH) {
            throw new ExtraDataException("claim.branch: at most " + MAX_BRANCH_LENGTH + " siblings but found " + branch.size());
        }
        vrfProof = Bytes.fixed(vrfProof, VRF_PROOF_SIZE, "claim.vrfProof");
    }

    /** The miner-set entry this claim proves membership of. */
    public MinerEntry entry() {
        return new MinerEntry(miner, payout, vrfPubKey, power);
    }

    @Override public byte[] miner() { return miner.clone(); }
    @Override public byte[] payout() { return payout.clone(); }
    @Override public byte[] vrfPubKey() { return vrfPubKey.clone(); }
    @Override public List<byte[]> branch() { return Bytes.copies(branch); }
    @Override public byte[] vrfProof() { return vrfProof.clone(); }

    RlpType toRlp() {
        List<RlpType> siblings = new ArrayList<>(branch.size());
        branch.forEach(s -> siblings.add(Rlp.bytes(s)));
        return Rlp.list(Rlp.bytes(miner), Rlp.bytes(payout), Rlp.bytes(vrfPubKey), Rlp.uint(power), Rlp.uint(leafIndex),
                Rlp.list(siblings), Rlp.bytes(vrfProof));
    }

    static Claim fromRlp(RlpList l) {
        l.expectSize(7, "claim");
        RlpList siblings = l.get(5).asList("claim.branch");
        List<byte[]> branch = new ArrayList<>(siblings.size());
        for (int i = 0; i < siblings.size(); i++) {
            branch.add(siblings.get(i).asString("claim.branch[" + i + "]").bytes(32, "claim.branch[" + i + "]"));
        }
        return new Claim(
                l.get(0).asString("claim.miner").bytes(20, "claim.miner"),
                l.get(1).asString("claim.payout").bytes(20, "claim.payout"),
                l.get(2).asString("claim.vrfPubKey").bytes(VRF_PUBLIC_KEY_SIZE, "claim.vrfPubKey"),
                l.get(3).asString("claim.power").uint64("claim.power"),
                l.get(4).asString("claim.leafIndex").uint64("claim.leafIndex"),
                branch,
                l.get(6).asString("claim.vrfProof").bytes(VRF_PROOF_SIZE, "claim.vrfProof"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Claim c && power == c.power && leafIndex == c.leafIndex && Arrays.equals(miner, c.miner)
                && Arrays.equals(payout, c.payout) && Arrays.equals(vrfPubKey, c.vrfPubKey)
                && Bytes.listEquals(branch, c.branch) && Arrays.equals(vrfProof, c.vrfProof);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(miner) * 31 + Long.hashCode(leafIndex);
    }

    @Override
    public String toString() {
        return "Claim[miner=" + Numeric.toHexString(miner) + ", payout=" + Numeric.toHexString(payout)
                + ", power=" + power + ", leafIndex=" + leafIndex + "]";
    }
}
