package net.utilitynet.protocol.attestation;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * Verifies NVIDIA Confidential Computing evidence offline and without I/O
 * (chips-and-attestation.md §2): the 5-certificate chain must end at the pinned NVIDIA Device
 * Identity CA and validate under PKIX, the report must carry the expected nonce, its P-384
 * signature must verify with the leaf key, and the FWID it measures must equal the leaf's.
 * chipId = keccak256(DER of certificate 1, the "GSP BROM" certificate that survives firmware
 * updates). OCSP and reference-measurement (RIM) checks need NVIDIA's online services and are not
 * done here.
 */
public final class NvidiaEvidenceVerifier {
    /** Leaf, BROM, provisioner ICA, identity ICA, root — nvtrust's MAX_CERT_CHAIN_LENGTH. */
    public static final int CHAIN_LENGTH = 5;
    public static final String VENDOR = "NVIDIA";
    private static final String ROOT_RESOURCE = "nvidia-device-identity-ca.pem";
    private static final X509Certificate PINNED_ROOT = CertificateChains.resource(ROOT_RESOURCE);

    private final X509Certificate root;
    private final Clock clock;

    /** Trusts only the bundled NVIDIA Device Identity CA, validating at the current time. */
    public NvidiaEvidenceVerifier() {
        this(PINNED_ROOT, Clock.systemUTC());
    }

    /** For tests and tools: another trust anchor (never use in production) and/or a fixed clock. */
    public NvidiaEvidenceVerifier(X509Certificate trustedRoot, Clock clock) {
        this.root = trustedRoot;
        this.clock = clock;
    }

    /** The pinned NVIDIA Device Identity CA. */
    public static X509Certificate pinnedRoot() {
        return PINNED_ROOT;
    }

    /** Verifies evidence for a registry or heartbeat message: the expected nonce is keccak256(message). */
    public VerifiedChip verifyForMessage(List<byte[]> certChainDer, byte[] report, byte[] message)
            throws AttestationException {
        return verify(certChainDer, report, AttestationMessages.nvidiaNonce(message));
    }

    /**
     * Verifies a leaf-first DER chain and a raw attestation report against {@code expectedNonce}.
     *
     * @throws AttestationException with the first failed check as {@link AttestationException#failure()}
     */
    public VerifiedChip verify(List<byte[]> certChainDer, byte[] report, byte[] expectedNonce)
            throws AttestationException {
        List<X509Certificate> chain = CertificateChains.parse(certChainDer);
        if (chain.size() != CHAIN_LENGTH) {
            throw new AttestationException(AttestationFailure.MALFORMED_CERTIFICATE_CHAIN,
                    "an NVIDIA attestation chain has " + CHAIN_LENGTH + " certificates, this one has " + chain.size());
        }
        // The GPU sends its own copy of the root; only a byte-identical copy of the pinned one is accepted.
        if (!Arrays.equals(CertificateChains.der(chain.get(CHAIN_LENGTH - 1)), CertificateChains.der(root))) {
            throw new AttestationException(AttestationFailure.UNTRUSTED_ROOT, "the chain ends at \""
                    + chain.get(CHAIN_LENGTH - 1).getSubjectX500Principal().getName()
                    + "\", not at the pinned " + root.getSubjectX500Principal().getName());
        }
        CertificateChains.validate(chain.subList(0, CHAIN_LENGTH - 1), root, clock.instant());

        SpdmMeasurementReport parsed = SpdmMeasurementReport.parse(report);
        checkNonce(parsed.requestNonce(), expectedNonce);
        X509Certificate leaf = chain.get(0);
        checkSignature(leaf, parsed);
        checkFwid(leaf, parsed);

        X509Certificate brom = chain.get(1);
        String firmware = "driver " + parsed.driverVersion().orElse("?") + ", VBIOS " + parsed.vbiosVersion().orElse("?");
        return new VerifiedChip(Hash.sha3(CertificateChains.der(brom)), VENDOR, CertificateChains.commonName(brom.getSubjectX500Principal()), firmware);
    }

    private static void checkNonce(byte[] actual, byte[] expected) throws AttestationException {
        if (expected == null || expected.length != SpdmMeasurementReport.NONCE_LENGTH) {
            throw new IllegalArgumentException("expectedNonce must be 32 bytes");
        }
        if (!MessageDigest.isEqual(actual, expected)) {
            throw new AttestationException(AttestationFailure.NONCE_MISMATCH, "the report was made for nonce "
                    + Numeric.toHexString(actual) + ", not for the expected " + Numeric.toHexString(expected)
                    + " (stale or replayed evidence)");
        }
    }

    private static void checkSignature(X509Certificate leaf, SpdmMeasurementReport report) throws AttestationException {
        boolean valid;
        try {
            Signature sig = Signature.getInstance("SHA384withECDSAinP1363Format");
            sig.initVerify(leaf.getPublicKey());
            sig.update(report.signedBytes());
            valid = sig.verify(report.signature());
        } catch (GeneralSecurityException e) {
            throw new AttestationException(AttestationFailure.BAD_SIGNATURE,
                    "the report signature could not be checked with the leaf key: " + e.getMessage(), e);
        }
        if (!valid) {
            throw new AttestationException(AttestationFailure.BAD_SIGNATURE,
                    "the report is not signed by the attestation key of the chain's leaf certificate");
        }
    }

    private static void checkFwid(X509Certificate leaf, SpdmMeasurementReport report) throws AttestationException {
        Optional<byte[]> measured = report.fwid();
        if (measured.isEmpty()) {
            return; // older firmware (e.g. driver 535/545) reports no FWID field; nvtrust skips it too
        }
        Optional<byte[]> certified = NvidiaLeafFwid.of(leaf);
        if (certified.isEmpty() || !MessageDigest.isEqual(certified.get(), measured.get())) {
            throw new AttestationException(AttestationFailure.FWID_MISMATCH, "the report's firmware id "
                    + Numeric.toHexString(measured.get()) + " differs from the one certified in the leaf "
                    + certified.map(Numeric::toHexString).orElse("(none)"));
        }
    }
}
