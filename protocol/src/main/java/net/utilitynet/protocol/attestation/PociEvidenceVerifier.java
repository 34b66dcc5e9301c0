package net.utilitynet.protocol.attestation;

import java.util.List;
import java.util.Optional;

/**
 * The POCI registry's evidence check (design.md §4.6) in one call: picks the verifier for the
 * vendor named in {@code registerChip}/{@code heartbeat}, verifies the evidence over the message and
 * that it is for the claimed chip. Simulated chips are accepted only where a devnet root is given.
 */
public final class PociEvidenceVerifier {
    private final NvidiaEvidenceVerifier nvidia;
    private final Optional<SimulatedChipVerifier> simulated;

    /** @param simulated the devnet's simulated-chip verifier; empty on every other network */
    public PociEvidenceVerifier(NvidiaEvidenceVerifier nvidia, Optional<SimulatedChipVerifier> simulated) {
        this.nvidia = nvidia;
        this.simulated = simulated;
    }

    /**
     * @param vendor   "NVIDIA" or "Simulated" (as in {@code Evidence.vendor()} on the miner side)
     * @param evidence NVIDIA: the raw SPDM report; Simulated: the 64-byte r‖s signature
     * @param message  {@link AttestationMessages#register} or {@link AttestationMessages#heartbeat} bytes
     */
    public VerifiedChip verify(String vendor, List<byte[]> certChain, byte[] evidence, byte[] message,
                               byte[] claimedChipId) throws AttestationException {
        VerifiedChip chip;
        if (NvidiaEvidenceVerifier.VENDOR.equals(vendor)) {
            chip = nvidia.verifyForMessage(certChain, evidence, message);
        } else if (SimulatedChipVerifier.VENDOR.equals(vendor)) {
            chip = simulated.orElseThrow(() -> new AttestationException(AttestationFailure.UNSUPPORTED_VENDOR,
                    "simulated chips are accepted on the devnet only")).verify(certChain, message, evidence);
        } else {
            throw new AttestationException(AttestationFailure.UNSUPPORTED_VENDOR, "vendor \"" + vendor
                    + "\" has no attestation verifier; supported: NVIDIA" + (simulated.isPresent() ? ", Simulated" : ""));
        }
        return chip.requireChipId(claimedChipId);
    }
}
