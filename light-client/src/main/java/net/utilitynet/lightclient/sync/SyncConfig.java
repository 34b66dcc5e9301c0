package net.utilitynet.lightclient.sync;

import java.time.Duration;
import net.utilitynet.lightclient.verify.ChainRules;

/**
 * Sync settings. {@code rules} is required for the POCI modes and ignored in linkage-only mode.
 *
 * @param batchSize     headers per batched JSON-RPC round trip
 * @param windowEpochs  skip sync: epochs before the head that are fully verified
 * @param maxReorgDepth deepest fork the client follows; a branch that forks deeper is treated as a lie
 * @param pollInterval  how often the head is polled while following
 */
public record SyncConfig(SyncMode mode, TrustAnchor anchor, ChainRules rules, int batchSize, int windowEpochs,
                         int maxReorgDepth, Duration pollInterval) {
    public static final int DEFAULT_BATCH_SIZE = 256;
    public static final int DEFAULT_WINDOW_EPOCHS = 2;
    public static final int DEFAULT_MAX_REORG_DEPTH = 64;
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(2);

    public SyncConfig {
        if (mode != SyncMode.LINKAGE_ONLY && rules == null) {
            throw new IllegalArgumentException("chain rules: required for " + mode + " sync; use LINKAGE_ONLY for chains without POCI");
        }
        if (batchSize < 1 || windowEpochs < 1 || maxReorgDepth < 1) {
            throw new IllegalArgumentException("batchSize, windowEpochs and maxReorgDepth must be at least 1");
        }
    }

    public static SyncConfig of(SyncMode mode, TrustAnchor anchor, ChainRules rules) {
        return new SyncConfig(mode, anchor, rules, DEFAULT_BATCH_SIZE, DEFAULT_WINDOW_EPOCHS, DEFAULT_MAX_REORG_DEPTH,
                DEFAULT_POLL_INTERVAL);
    }

    public SyncConfig withBatchSize(int size) {
        return new SyncConfig(mode, anchor, rules, size, windowEpochs, maxReorgDepth, pollInterval);
    }

    public SyncConfig withPollInterval(Duration interval) {
        return new SyncConfig(mode, anchor, rules, batchSize, windowEpochs, maxReorgDepth, interval);
    }

    public SyncConfig withWindowEpochs(int epochs) {
        return new SyncConfig(mode, anchor, rules, batchSize, epochs, maxReorgDepth, pollInterval);
    }
}
