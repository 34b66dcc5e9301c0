package net.utilitynet.miner.rewards;

import java.math.BigInteger;
import java.util.List;

/**
 * Everything the rewards view and {@code utilitynet rewards} show. Ledger figures come from verified headers; the
 * registry's own counters ({@code minerStats}, proven by eth_getProof) and the payout balance are read at
 * {@code provenAtBlock} so that the two can be compared.
 *
 * @param registryRewards  rewards the registry credited to this miner (verified storage)
 * @param registryBlocksWon blocks the registry counts for this miner (verified storage)
 * @param payoutBalance    the payout address's verified balance (includes anything else paid to it)
 * @param leaseIncome      settled, unclaimed lease income of the payout address (verified lease-market storage)
 */
public record RewardsReport(RewardTotals totals, List<RewardsLedger.PeriodTotal> daily, List<RewardsLedger.PeriodTotal> weekly,
                            long heartbeatsMade, long heartbeatsMissed, BigInteger registryRewards, long registryBlocksWon,
                            BigInteger payoutBalance, BigInteger leaseIncome, long provenAtBlock) {

    /** Heartbeats made / (made + missed), or 1 before any epoch was settled. */
    public double uptime() {
        long all = heartbeatsMade + heartbeatsMissed;
        return all == 0 ? 1.0 : (double) heartbeatsMade / all;
    }

    /** Actual ÷ expected reward (1.0 = exactly the power share), or NaN before anything was expected. */
    public double luck() {
        return totals.expected().signum() == 0 ? Double.NaN
                : new java.math.BigDecimal(totals.reward()).divide(new java.math.BigDecimal(totals.expected()), java.math.MathContext.DECIMAL64).doubleValue();
    }

    /** Whether the ledger (from headers) and the registry's counters (from storage) agree. */
    public boolean ledgerMatchesRegistry() {
        return totals.reward().equals(registryRewards) && totals.blocksWon() == registryBlocksWon;
    }
}
