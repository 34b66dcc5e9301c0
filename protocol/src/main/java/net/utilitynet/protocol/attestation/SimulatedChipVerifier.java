package net.utilitynet.protocol.attestation;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.web3j.crypto.Hash;

/**
 * Verifies a devnet simulated chip's evidence (design.md §4.6): the leaf-first chain must validate
 * to the devnet's root, and the evidence is a 64-byte raw r‖s ECDSA P-256 / SHA-256 signature over
 * the message by the leaf key. chipId = keccak256(DER of the leaf). Pure: no I/O.
 */
public final class SimulatedChipVerifier {
    public static final String VENDOR = "Simulated";
    public static final String SIGNATURE_ALGORITHM = "SHA256withECDSAinP1363Format";
    public static final int SIGNATURE_LENGTH = 64;
    private static final int P256_FIELD_BITS = 256;

    private final X509Certificate devnetRoot;
    private final Clock clock;

    public SimulatedChipVerifier(X509Certificate devnetRoot, Clock clock) {
        this.devnetRoot = devnetRoot;
        this.clock = clock;
    }

    public SimulatedChipVerifier(X509Certificate devnetRoot) {
        this(devnetRoot, Clock.systemUTC());
    }

    /**
     * @param certChainDer leaf first; a trailing copy of the devnet root is allowed and ignored
     * @param evidence     64-byte r‖s signature over {@code message}
     */
    public VerifiedChip verify(List<byte[]> certChainDer, byte[] message, byte[] evidence)
            throws AttestationException {
        List<X509Certificate> chain = CertificateChains.parse(certChainDer);
        X509Certificate last = chain.get(chain.size() - 1);
        if (chain.size() > 1 && Arrays.equals(CertificateChains.der(last), CertificateChains.der(devnetRoot))) {
            chain = chain.subList(0, chain.size() - 1);
        }
        if (!chain.get(chain.size() - 1).getIssuerX500Principal().equals(devnetRoot.getSubjectX500Principal())) {
            throw new AttestationException(AttestationFailure.UNTRUSTED_ROOT, "the simulated chip's chain is issued by \""
                    + chain.get(chain.size() - 1).getIssuerX500Principal().getName() + "\", not by this devnet's root");
        }
        X509Certificate leaf = chain.get(0);
        if (leaf.getBasicConstraints() != -1) {
            throw new AttestationException(AttestationFailure.MALFORMED_CERTIFICATE_CHAIN,
                    "the chain's first certificate is a CA certificate, not a chip's leaf certificate");
        }
        CertificateChains.validate(chain, devnetRoot, clock.instant());
        checkSignature(leaf.getPublicKey(), message, evidence);
        return new VerifiedChip(Hash.sha3(CertificateChains.der(leaf)), VENDOR,
                CertificateChains.commonName(leaf.getSubjectX500Principal()), "");
    }

    private static void checkSignature(PublicKey key, byte[] message, byte[] evidence) throws AttestationException {
        if (!(key instanceof ECPublicKey ec) || ec.getParams().getCurve().getField().getFieldSize() != P256_FIELD_BITS) {
            throw new AttestationException(AttestationFailure.MALFORMED_CERTIFICATE_CHAIN,
                    "a simulated chip's leaf certificate must hold a P-256 key");
        }
        if (evidence == null || evidence.length != SIGNATURE_LENGTH) {
            throw new AttestationException(AttestationFailure.BAD_SIGNATURE, "simulated-chip evidence must be a "
                    + SIGNATURE_LENGTH + "-byte r‖s signature, got " + (evidence == null ? "none" : evidence.length + " bytes"));
        }
        boolean valid;
        try {
            Signature sig = Signature.getInstance(SIGNATURE_ALGORITHM);
            sig.initVerify(key);
            sig.update(message);
            valid = sig.verify(evidence);
        } catch (GeneralSecurityException e) {
            throw new AttestationException(AttestationFailure.BAD_SIGNATURE,
                    "the simulated chip's signature could not be checked: " + e.getMessage(), e);
        }
        if (!valid) {
            throw new AttestationException(AttestationFailure.BAD_SIGNATURE,
                    "the evidence is not a signature of this message by the simulated chip's key");
        }
    }
}
