package net.utilitynet.wallet.market;

import java.math.BigInteger;
import java.util.Optional;
import net.utilitynet.protocol.modules.LeaseRecord;
import net.utilitynet.wallet.address.Address;

/**
 * A lease from verified storage: state, the chip actually assigned (id and model from its proven registration log),
 * time left by the verified head's timestamp, why it ended, and — once ended — the settlement from its proven
 * {@code LeaseEnded} log.
 */
public record LeaseView(BigInteger leaseId, BigInteger offerId, Address renter, Address provider, String chipId, Optional<String> model,
                        long hours, long startBlock, long startTime, BigInteger escrowWei, LeaseRecord.State state,
                        LeaseRecord.EndReason endReason, int rating, long secondsLeft, boolean chipOnline,
                        Optional<Settlement> settlement, long provenAtBlock) {

    /** How the escrow was split when the lease ended. */
    public record Settlement(BigInteger providerAmountWei, BigInteger refundWei) {
    }

    public boolean active() {
        return state == LeaseRecord.State.ACTIVE;
    }

    /** When the rented hours are over (chain time: the start block's timestamp plus the hours). */
    public java.time.Instant expiresAt() {
        return java.time.Instant.ofEpochSecond(startTime + hours * MarketReader.SECONDS_PER_HOUR);
    }
}
