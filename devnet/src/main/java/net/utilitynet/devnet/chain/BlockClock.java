package net.utilitynet.devnet.chain;

import java.util.function.LongSupplier;

/**
 * Block timestamps: whole seconds, strictly increasing (as Ethereum and the light client require), otherwise the
 * wall clock minus {@code lagSeconds}. Interval mode uses no lag. On-demand mode (tests mining dozens of blocks a
 * second) runs an hour behind the wall clock, so its headers do not end up in the future, where a light client would
 * rightly refuse them.
 */
public final class BlockClock {
    /** How far behind the wall clock on-demand blocks start. */
    public static final long ON_DEMAND_LAG_SECONDS = 3600;

    private final LongSupplier wallSeconds;
    private final long lagSeconds;

    public BlockClock(LongSupplier wallSeconds, long lagSeconds) {
        this.wallSeconds = wallSeconds;
        this.lagSeconds = lagSeconds;
    }

    /** The timestamp of a child of a block stamped {@code parentTimestamp}. */
    public long next(long parentTimestamp) {
        return Math.max(parentTimestamp + 1, wallSeconds.getAsLong() - lagSeconds);
    }

    /** Whether the next block would carry a timestamp after the (lagged) wall clock. */
    public boolean wouldRunAhead(long parentTimestamp) {
        return parentTimestamp + 1 > wallSeconds.getAsLong() - lagSeconds;
    }
}
