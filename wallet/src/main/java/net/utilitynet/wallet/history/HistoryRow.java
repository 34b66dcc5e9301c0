package net.utilitynet.wallet.history;

/**
 * A history entry as the UI shows it. Only {@link Status#CONFIRMED} and {@link Status#FAILED}
 * come from a verified inclusion; everything else is the node's unproven claim.
 */
public record HistoryRow(HistoryEntry entry, Direction direction, Status status, long confirmations) {

    public enum Direction { SENT, RECEIVED, SELF }

    public enum Status {
        /** The node lists it but the light client has not (yet) proven its inclusion. */
        UNVERIFIED,
        /** Inclusion proven, receipt status success. */
        CONFIRMED,
        /** Inclusion proven, receipt status failure (reverted). */
        FAILED,
        /** The proven inclusion contradicts the node's entry (other block or status): the node is lying. */
        MISMATCH
    }
}
