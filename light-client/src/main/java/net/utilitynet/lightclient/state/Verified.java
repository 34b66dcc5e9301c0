package net.utilitynet.lightclient.state;

import net.utilitynet.lightclient.verify.TrustLevel;
import org.web3j.utils.Numeric;

/**
 * A value proven against a verified header: the value, the block it was proven at, and how that block was verified
 * ({@link TrustLevel#LINKAGE_ONLY} on chains without POCI: shown as "not consensus-verified").
 */
public record Verified<T>(T value, long blockNumber, byte[] blockHash, TrustLevel trust) {
    public Verified {
        blockHash = blockHash.clone();
    }

    @Override
    public byte[] blockHash() {
        return blockHash.clone();
    }

    @Override
    public String toString() {
        return value + " (verified at block " + blockNumber + " " + Numeric.toHexString(blockHash) + ", " + trust + ")";
    }
}
