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
import net.utilitynet.protocol.chain.DevnetVendorRoot;
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
    static final String NVIDIA_ROOT = "NVIDIA Device Identity CA";

    private final X509Certificate nvidiaRoot;
    private final X509Certificate simulatedRoot;

    ChipAttestation(ChainParams params) {
        this.nvidiaRoot = params.vendorRoot(NVIDIA_ROOT).map(VendorRoot::certificate).orElse(null);
        this.simulatedRoot = params.devnetFeatures()
                ? params.vendorRoot(DevnetVendorRoot.NAME).map(VendorRoot::certificate).orElse(null) : null;
    }

    /**
     * Verifies {@code evidence} over {@code message} for the chip of {@code certChain} and that it is chip
     * {@code chipId}; returns null when valid, else the reason.
     */
    String check(String vendor, List<byte[]> certChain, byte[] message, byte[] evidence, byte[] chipId, long blockTimestamp) {
        Clock at = Clock.fixed(Instant.ofEpochSecond(blockTimestamp), ZoneOffset.UTC);
        try {
            VerifiedChip chip;
            if (NvidiaEvidenceVerifier.VENDOR.equals(vendor)) {
                if (nvidiaRoot == null) {
                    return "this chain pins no NVIDIA root";
                }
                chip = new NvidiaEvidenceVerifier(nvidiaRoot, at).verifyForMessage(certChain, evidence, message);
            } else if (SimulatedChipVerifier.VENDOR.equals(vendor)) {
                if (simulatedRoot == null) {
                    return "simulated chips exist only on devnets";
                }
                chip = new SimulatedChipVerifier(simulatedRoot, at).verify(certChain, message, evidence);
            } else {
                return "unknown vendor \"" + vendor + "\"; supported: " + NvidiaEvidenceVerifier.VENDOR + ", " + SimulatedChipVerifier.VENDOR;
            }
            chip.requireChipId(chipId);
            return null;
        } catch (AttestationException e) {
            return "attestation failed (" + e.failure() + "): " + e.getMessage();
        }
    }

    /** A simulated chip's model is fixed by its certificate (OU), so a rating cannot be chosen freely. */
    static String simulatedModel(List<byte[]> certChain) {
        try {
            X509Certificate leaf = CertificateChains.parse(certChain).get(0);
            RDN[] ou = X500Name.getInstance(leaf.getSubjectX500Principal().getEncoded()).getRDNs(BCStyle.OU);
            return ou.length == 0 ? null : IETFUtils.valueToString(ou[0].getFirst().getValue());
        } catch (AttestationException e) {
            return null;
        }
    }
}
