package net.utilitynet.miner.rewards;

import java.math.BigInteger;

/**
 * Ledger totals: verified blocks scanned, blocks with a claim, blocks won, block rewards and priority fees earned
 * (wei), and the block rewards expected from the power share.
 */
public record RewardTotals(long blocksScanned, long blocksClaimed, long blocksWon, BigInteger reward, BigInteger fees,
                           BigInteger expected) {
}
