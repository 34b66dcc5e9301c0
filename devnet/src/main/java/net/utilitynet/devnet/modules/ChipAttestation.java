package net.utilitynet.devnet.modules;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.utilitynet.protocol.attestation.AttestationException;
import net.utilitynet.protocol.attestation.CertificateChains;
import net.utilitynet.protocol.attestation.NvidiaEvidenceVerifier;
import net.utilitynet.protocol.attestation.SimulatedChipVerifier;
import net.utilitynet.protocol.attestation.VerifiedChip;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.protocol.chain.VendorRoot;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

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

    /**
     * The model a simulated chip's leaf certificate names: its OU, as {@code DevnetVendorRoot} issues it, else its CN.
     * The registry rates the chip by this, so a simulated chip cannot pick a better-rated model.
     */
    static String simulatedModel(List<byte[]> certChain, VerifiedChip chip) {
        try {
            X509Certificate leaf = CertificateChains.parse(certChain).get(0);
            RDN[] ou = X500Name.getInstance(leaf.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.OU);
            return ou.length == 0 ? chip.hardwareModel() : IETFUtils.valueToString(ou[0].getFirst().getValue());
        } catch (AttestationException e) {
            return chip.hardwareModel();
        }
    }
}
