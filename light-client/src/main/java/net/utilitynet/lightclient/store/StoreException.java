package net.utilitynet.lightclient.store;

/** The header store cannot be read or written (disk, corruption, or a write that would break the chain). */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
