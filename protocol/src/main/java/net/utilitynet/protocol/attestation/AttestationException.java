package net.utilitynet.protocol.attestation;

/** Evidence was rejected; {@link #failure()} says why in a form code can act on. */
public final class AttestationException extends Exception {
    private static final long serialVersionUID = 1L;
    private final AttestationFailure failure;

    public AttestationException(AttestationFailure failure, String message) {
        super(message);
        this.failure = failure;
    }

    public AttestationException(AttestationFailure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    public AttestationFailure failure() {
        return failure;
    }

    @Override
    public String toString() {
        return "AttestationException[" + failure + "]: " + getMessage();
    }
}
