package net.utilitynet.miner.rewards;

/**
 * The ledger at a glance (the app's Overview): totals over every scanned verified block, totals since an instant
 * the caller chose (e.g. local midnight), and the last verified block scanned (-1 before the first).
 */
public record RecentRewards(RewardTotals total, RewardTotals since, long scannedTo) {
}
