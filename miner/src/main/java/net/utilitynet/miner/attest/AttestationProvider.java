package net.utilitynet.miner.attest;

import net.utilitynet.miner.detect.Chip;

/** One way of proving a chip is genuine (NVIDIA Confidential Computing, devnet simulated chip, …). */
public interface AttestationProvider {

    /** True if {@link #attest} can be tried for this chip now. */
    boolean available(Chip chip);

    /** Why {@link #available} is false, and what the user can do, in words meant to be shown as they are. */
    String unavailableReason(Chip chip);

    /**
     * Produces evidence over {@code message} (an {@code AttestationMessages.register} or
     * {@code heartbeat} message) and verifies it locally before returning it. Blocking (native calls,
     * crypto): call it off the UI thread.
     */
    Evidence attest(Chip chip, byte[] message) throws AttestationFailedException;

    /**
     * The chip's POCI id, {@code keccak256(DER of its stable identity certificate)}, read before attesting because
     * the register message names it. Blocking.
     */
    byte[] chipId(Chip chip) throws AttestationFailedException;
}
