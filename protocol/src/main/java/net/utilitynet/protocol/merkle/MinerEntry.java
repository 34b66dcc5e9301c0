package net.utilitynet.protocol.merkle;

import java.util.Arrays;
import org.web3j.crypto.Hash;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.utils.Numeric;

/**
 * One miner of an epoch's miner set (design §4.3): its address, payout address, compressed P-256 VRF key
 * and power (sum of its chips' ratings). The arrays are copied in and out, so an entry is immutable.
 */
public record MinerEntry(byte[] miner, byte[] payout, byte[] vrfPubKey, long power) {
    public static final int ADDRESS_LENGTH = 20;
    public static final int VRF_KEY_LENGTH = 33;

    public MinerEntry {
        miner = copyOfLength(miner, ADDRESS_LENGTH, "miner address");
        payout = copyOfLength(payout, ADDRESS_LENGTH, "payout address");
        vrfPubKey = copyOfLength(vrfPubKey, VRF_KEY_LENGTH, "VRF public key (compressed P-256)");
        if (vrfPubKey[0] != 0x02 && vrfPubKey[0] != 0x03) {
            throw new MerkleException("VRF public key must be SEC1 compressed (first byte 0x02 or 0x03), found 0x"
                    + String.format("%02x", vrfPubKey[0] & 0xff));
        }
        if (power < 0) {
            throw new MerkleException("miner power must not be negative, got " + power);
        }
    }

    @Override
    public byte[] miner() {
        return miner.clone();
    }

    @Override
    public byte[] payout() {
        return payout.clone();
    }

    @Override
    public byte[] vrfPubKey() {
        return vrfPubKey.clone();
    }

    /** The leaf {@code keccak256(rlp([miner, payout, vrfPubKey, power]))}, power as a minimal RLP integer. */
    public byte[] leaf() {
        return Hash.sha3(RlpEncoder.encode(new RlpList(
                RlpString.create(miner), RlpString.create(payout), RlpString.create(vrfPubKey), RlpString.create(power))));
    }

    /** Compares miner addresses as unsigned bytes: the miner-set order. */
    static int compareMiner(MinerEntry a, MinerEntry b) {
        return Arrays.compareUnsigned(a.miner, b.miner);
    }

    boolean hasMiner(byte[] address) {
        return Arrays.equals(miner, address);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MinerEntry other && power == other.power && Arrays.equals(miner, other.miner)
                && Arrays.equals(payout, other.payout) && Arrays.equals(vrfPubKey, other.vrfPubKey);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * Arrays.hashCode(miner) + Arrays.hashCode(payout)) + Arrays.hashCode(vrfPubKey))
                + Long.hashCode(power);
    }

    @Override
    public String toString() {
        return "MinerEntry[miner=" + Numeric.toHexString(miner) + ", payout=" + Numeric.toHexString(payout)
                + ", vrfPubKey=" + Numeric.toHexString(vrfPubKey) + ", power=" + power + "]";
    }

    private static byte[] copyOfLength(byte[] value, int length, String what) {
        if (value == null || value.length != length) {
            throw new MerkleException(what + " must be " + length + " bytes but is "
                    + (value == null ? "null" : value.length + " bytes"));
        }
        return value.clone();
    }
}
