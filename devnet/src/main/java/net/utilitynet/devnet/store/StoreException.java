package net.utilitynet.devnet.store;

/** The chain database failed (disk full, corrupt file, locked by another process). */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
