package net.utilitynet.wallet.outbox;

/**
 * Life of a transaction in the outbox. SIGNED and PENDING are both "pending" for the user;
 * the difference is whether a node has acknowledged the bytes yet.
 */
public enum OutboxState {
    /** Stored before broadcast; no node has acknowledged it yet (never sent, or the send failed). */
    SIGNED,
    /** A node accepted it (or already knew it); waiting for inclusion. */
    PENDING,
    /** In a verified block, fewer confirmations than required. */
    INCLUDED,
    /** In a verified block with at least the required confirmations. */
    CONFIRMED,
    /** Included but reverted (status 0): the fee was paid, the value did not move. */
    FAILED,
    /** Its nonce was used by a transaction this wallet did not send; it can never be included. */
    DROPPED,
    /** A speed-up or cancel with the same nonce was included instead. */
    REPLACED;

    public boolean isOpen() {
        return this == SIGNED || this == PENDING || this == INCLUDED;
    }
}
