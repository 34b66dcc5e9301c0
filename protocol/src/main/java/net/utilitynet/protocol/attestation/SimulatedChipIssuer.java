package net.utilitynet.protocol.attestation;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;

import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * The devnet-only vendor root for simulated chips (design.md §4.6.1): makes the self-signed root
 * and issues a leaf certificate for a chip public key the caller generated. Never used on other
 * networks; the chip's private key never reaches the issuer.
 */
public final class SimulatedChipIssuer {
    private static final String SIGNATURE = "SHA256withECDSA";
    private static final Duration VALIDITY = Duration.ofDays(3650);
    /** DER SubjectPublicKeyInfo header for id-ecPublicKey / prime256v1 with a 65-byte uncompressed point. */
    private static final byte[] P256_SPKI_PREFIX = Numeric.hexStringToByteArray(
            "3059301306072a8648ce3d020106082a8648ce3d030107034200");

    private final KeyPair rootKey;
    private final X509Certificate root;

    public SimulatedChipIssuer(KeyPair rootKey, X509Certificate root) {
        this.rootKey = rootKey;
        this.root = root;
    }

    /** A new devnet root: self-signed, CA, P-256 key {@code rootKey}, valid from {@code notBefore} for 10 years. */
    public static SimulatedChipIssuer createRoot(KeyPair rootKey, String name, Instant notBefore) {
        X500Name subject = name(name);
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(subject, BigInteger.ONE,
                Date.from(notBefore), Date.from(notBefore.plus(VALIDITY)), subject, rootKey.getPublic());
        try {
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign));
        } catch (CertIOException e) {
            throw new IllegalStateException("could not encode the devnet root's extensions", e);
        }
        return new SimulatedChipIssuer(rootKey, sign(b, rootKey));
    }

    /**
     * Decodes a P-256 public key sent as SEC1 bytes (33-byte compressed or 65-byte uncompressed), as
     * {@code unc_devIssueSimulatedChip} receives it. Points not on the curve are refused.
     */
    public static PublicKey decodeP256(byte[] sec1) {
        try {
            byte[] point = ECNamedCurveTable.getByName("secp256r1").getCurve().decodePoint(sec1).getEncoded(false);
            byte[] der = Arrays.copyOf(P256_SPKI_PREFIX, P256_SPKI_PREFIX.length + point.length);
            System.arraycopy(point, 0, der, P256_SPKI_PREFIX.length, point.length);
            return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
        } catch (RuntimeException | GeneralSecurityException e) {
            throw new IllegalArgumentException("publicKey is not a P-256 point (33 bytes compressed or 65 bytes "
                    + "uncompressed, on the curve)", e);
        }
    }

    public X509Certificate root() {
        return root;
    }

    /** A leaf for {@code chipKey} (P-256) naming {@code model}; its serial is derived from the key. */
    public X509Certificate issue(PublicKey chipKey, String model, Instant notBefore) {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model is empty: name the simulated chip's model, e.g. \"Simulated H100\"");
        }
        // 159 bits: positive and at most 20 DER octets, as RFC 5280 requires of serial numbers.
        BigInteger serial = new BigInteger(1, Hash.sha3(chipKey.getEncoded())).shiftRight(97);
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(root, serial, Date.from(notBefore),
                Date.from(notBefore.plus(VALIDITY)), name(model), chipKey);
        try {
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        } catch (CertIOException e) {
            throw new IllegalStateException("could not encode the simulated chip's extensions", e);
        }
        return sign(b, rootKey);
    }

    private static X500Name name(String cn) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, cn).addRDN(BCStyle.O, "UtilityNet devnet").build();
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signer) {
        try {
            ContentSigner cs = new JcaContentSignerBuilder(SIGNATURE).build(signer.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(cs));
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a devnet certificate: " + e.getMessage(), e);
        }
    }
}
