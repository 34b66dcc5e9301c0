package net.utilitynet.lightclient.verify;

/**
 * A value that cannot be verified right now (the block is not synced yet, or no endpoint can serve a proof).
 * Callers show "unverified" or retry; they never fall back to the node's word.
 */
public class UnverifiableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnverifiableException(String message) {
        super(message);
    }

    public UnverifiableException(String message, Throwable cause) {
        super(message, cause);
    }
}
