package net.utilitynet.devnet.execution;

/** A transaction refused by validation or by the pool; the message is the reason shown to the sender. */
public final class TxRejectedException extends RuntimeException {
    public TxRejectedException(String reason) {
        super(reason, null, false, false);
    }
}
