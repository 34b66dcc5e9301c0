package net.utilitynet.lightclient.sync;

/** How headers are verified. */
public enum SyncMode {
    /** Every header from the trusted checkpoint on, under every POCI rule. */
    FULL,
    /**
     * Follow checkpoints by their committed seals, fully verify only the last window (default two epochs), prove
     * older headers on demand with historyRoot branches.
     */
    SKIP,
    /** Ethereum-family chains without POCI: hashes and parent links only; NOT consensus-verified. */
    LINKAGE_ONLY
}
