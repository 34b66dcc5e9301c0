package net.utilitynet.miner.attest;

import java.util.Optional;

import net.utilitynet.protocol.attestation.AttestationException;
import net.utilitynet.protocol.attestation.AttestationFailure;

/**
 * Attestation could not produce valid evidence. The message is for the user (what happened and
 * what to do); {@link #verificationFailure()} is set when our own verifier rejected the evidence.
 */
public final class AttestationFailedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient AttestationFailure verificationFailure;

    public AttestationFailedException(String message) {
        super(message);
        this.verificationFailure = null;
    }

    public AttestationFailedException(String message, Throwable cause) {
        super(message, cause);
        this.verificationFailure = cause instanceof AttestationException a ? a.failure() : null;
    }

    public Optional<AttestationFailure> verificationFailure() {
        return Optional.ofNullable(verificationFailure);
    }
}
