package net.utilitynet.miner.register;

/** Where a chip's registration stands, as read from verified registry storage and the outbox. */
public enum RegistrationState {
    /** The registerChip transaction is signed or sent but not yet in a verified block. */
    PENDING,
    /** The registry's record (proven by eth_getProof against a verified state root) names this miner and is active. */
    REGISTERED,
    /** The transaction failed or was dropped; the reason says what to do. */
    FAILED
}
