package net.utilitynet.devnet.modules;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.utilitynet.protocol.attestation.AttestationException;
import net.utilitynet.protocol.attestation.NvidiaEvidenceVerifier;
import net.utilitynet.protocol.attestation.SimulatedChipVerifier;
import net.utilitynet.protocol.attestation.VerifiedChip;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.protocol.chain.VendorRoot;

/**
 * Checks a chip's evidence with protocol's attestation verifiers against the vendor roots pinned in the genesis,
 * at the block's timestamp (so the outcome does not depend on when a node replays the block).
 */
final class ChipAttestation {
    private final X509Certificate nvidiaRoot;
    private final X509Certificate simulatedRoot;

    /** The outcome: the verified chip, or the reason it failed. */
    record Outcome(VerifiedChip chip, String failure) {
    }

    ChipAttestation(ChainParams params) {
        this.nvidiaRoot = params.vendorRootFor(NvidiaEvidenceVerifier.VENDOR).map(VendorRoot::certificate).orElse(null);
        this.simulatedRoot = params.devnetFeatures()
                ? params.vendorRootFor(SimulatedChipVerifier.VENDOR).map(VendorRoot::certificate).orElse(null) : null;
    }

    /** Verifies {@code evidence} over {@code message} for the chip of {@code certChain}, which must be chip {@code chipId}. */
    Outcome check(String vendor, List<byte[]> certChain, byte[] message, byte[] evidence, byte[] chipId, long blockTimestamp) {
        Clock at = Clock.fixed(Instant.ofEpochSecond(blockTimestamp), ZoneOffset.UTC);
        try {
            VerifiedChip chip;
            if (NvidiaEvidenceVerifier.VENDOR.equals(vendor)) {
                if (nvidiaRoot == null) {
                    return new Outcome(null, "this chain pins no NVIDIA root");
                }
                chip = new NvidiaEvidenceVerifier(nvidiaRoot, at).verifyForMessage(certChain, evidence, message);
            } else if (SimulatedChipVerifier.VENDOR.equals(vendor)) {
                if (simulatedRoot == null) {
                    return new Outcome(null, "simulated chips exist only on devnets");
                }
                chip = new SimulatedChipVerifier(simulatedRoot, at).verify(certChain, message, evidence);
            } else {
                return new Outcome(null, "unknown vendor \"" + vendor + "\"; supported: " + NvidiaEvidenceVerifier.VENDOR + ", "
                        + SimulatedChipVerifier.VENDOR);
            }
            return new Outcome(chip.requireChipId(chipId), null);
        } catch (AttestationException e) {
            return new Outcome(null, "attestation failed (" + e.failure() + "): " + e.getMessage());
        }
    }
}
