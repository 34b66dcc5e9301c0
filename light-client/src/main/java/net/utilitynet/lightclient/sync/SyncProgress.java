package net.utilitynet.lightclient.sync;

/** Sync progress for a progress bar: verified head, the endpoints' (untrusted) target and the recent rate. */
public record SyncProgress(Phase phase, long current, long target, double headersPerSecond) {
    public enum Phase { CHECKPOINTS, HEADERS, FOLLOWING }

    /** 0.0 … 1.0. */
    public double fraction() {
        return target <= 0 ? 1.0 : Math.min(1.0, (double) current / target);
    }
}
