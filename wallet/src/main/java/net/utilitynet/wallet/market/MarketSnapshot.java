package net.utilitynet.wallet.market;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import net.utilitynet.protocol.modules.ChipRecord;
import net.utilitynet.protocol.modules.LeaseRecord;
import net.utilitynet.protocol.modules.OfferRecord;
import org.web3j.utils.Numeric;

/**
 * The lease market's storage at one verified block: every offer and lease, the registry records of the offered
 * chips, each chip's active lease and each provider's rating totals. {@code nextEpoch} is the epoch of the next block.
 */
public record MarketSnapshot(long block, long timestamp, long nextEpoch, Map<BigInteger, OfferRecord> offers,
                             Map<BigInteger, LeaseRecord> leases, Map<String, ChipRecord> chips, Map<String, BigInteger> activeLeaseByChip,
                             Map<String, long[]> ratings) {

    public Optional<ChipRecord> chip(byte[] chipId) {
        return Optional.ofNullable(chips.get(Numeric.toHexString(chipId)));
    }

    public boolean chipLeased(byte[] chipId) {
        return activeLeaseByChip.getOrDefault(Numeric.toHexString(chipId), BigInteger.ZERO).signum() != 0;
    }

    /** Average stars of a provider, or empty before the first rating. */
    public Optional<Double> rating(byte[] provider) {
        long[] r = ratings.get(Numeric.toHexString(provider));
        return r == null || r[1] == 0 ? Optional.empty() : Optional.of((double) r[0] / r[1]);
    }

    /**
     * A chip's uptime: epochs with a heartbeat (registration counts) ÷ epochs since registration, both from its proven
     * registry record; the current epoch counts only once its heartbeat is in.
     */
    public double uptime(ChipRecord c) {
        long current = nextEpoch;
        long judged = current - c.registeredEpoch() + (c.lastHeartbeatEpoch() >= current ? 1 : 0);
        return judged <= 0 ? 1.0 : Math.min(1.0, (double) c.heartbeatCount() / judged);
    }

    /** A chip is online when it proved itself in the current or the previous epoch. */
    public boolean online(ChipRecord c) {
        return c.active() && c.lastHeartbeatEpoch() + 1 >= nextEpoch;
    }
}
