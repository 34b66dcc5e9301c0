package net.utilitynet.lightclient.verify;

/** How a stored header came to be believed. Shown to users; only {@link #consensusVerified()} levels are POCI-verified. */
public enum TrustLevel {
    /** The user-configured trusted checkpoint (or the genesis hash): believed by configuration. */
    ANCHOR,
    /** Every POCI rule checked against its verified parent. */
    FULL,
    /** A checkpoint header accepted by skip sync on its committed seals (> 2/3 of the previous validators). */
    CHECKPOINT,
    /** An older header proven on demand by a historyRoot branch against a verified checkpoint. */
    HISTORY_PROOF,
    /** Hash and parent link only (Ethereum-family chains without POCI): NOT consensus-verified. */
    LINKAGE_ONLY;

    public boolean consensusVerified() {
        return this != LINKAGE_ONLY;
    }
}
