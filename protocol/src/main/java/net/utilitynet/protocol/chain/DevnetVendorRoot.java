package net.utilitynet.protocol.chain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.operator.ContentSigner;
import org.web3j.crypto.Hash;

/**
 * The devnet-only vendor root for <em>simulated chips</em> (design §4.6): a self-signed P-256 CA whose private
 * key is {@code keccak256("UtilityNet devnet simulated chip root") mod n}. The key is public by design — anyone
 * can mint simulated chips — which is why this root appears only in the devnet genesis and never on another
 * network. The root certificate is signed with deterministic ECDSA (RFC 6979), so {@link #certificate()}
 * reproduces, byte for byte, the DER pinned in the bundled devnet genesis, and leaves are reproducible too.
 */
public final class DevnetVendorRoot {
    /** The root's display name in the devnet genesis ({@code vendorRoots[].name}). */
    public static final String NAME = "UtilityNet devnet simulated chip root";
    public static final String COMMON_NAME = "UtilityNet Devnet Simulated Chip Root";
    public static final String ORGANIZATION = "UtilityNet devnet - simulated chips, not a real vendor";
    /** Common name of every simulated chip leaf; the model is in the OU. */
    public static final String CHIP_COMMON_NAME = "UtilityNet simulated chip";
    private static final String SEED = "UtilityNet devnet simulated chip root";
    private static final Date NOT_BEFORE = Date.from(Instant.parse("2025-01-01T00:00:00Z"));
    private static final Date NOT_AFTER = Date.from(Instant.parse("9999-12-31T23:59:59Z"));
    private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");

    private DevnetVendorRoot() {
    }

    /** The 32-byte root private key (public knowledge; devnet only). */
    public static byte[] privateKey() {
        BigInteger d = privateScalar();
        byte[] out = new byte[32];
        byte[] raw = d.toByteArray();
        int n = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - n, out, 32 - n, n);
        return out;
    }

    /** The root's public key, SEC1 uncompressed (65 bytes). */
    public static byte[] publicKey() {
        return publicPoint().getEncoded(false);
    }

    /** The root key pair as JCA keys. */
    public static KeyPair keyPair() {
        try {
            ECPoint q = publicPoint();
            ECParameterSpec spec = jcaParams();
            KeyFactory kf = KeyFactory.getInstance("EC");
            return new KeyPair(
                    kf.generatePublic(new ECPublicKeySpec(new java.security.spec.ECPoint(
                            q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger()), spec)),
                    kf.generatePrivate(new ECPrivateKeySpec(privateScalar(), spec)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot build a P-256 key", e);
        }
    }

    /**
     * The leaf certificate of a simulated chip whose P-256 public key is {@code chipKey}
     * ({@code unc_devIssueSimulatedChip}): CN {@value #CHIP_COMMON_NAME}, OU = {@code model} (the node takes the
     * chip's rating from it), serial derived from the key, deterministic signature, so one key and model always
     * get the same certificate and therefore the same chipId.
     */
    public static X509Certificate issueChipCertificate(PublicKey chipKey, String model) {
        if (chipKey == null || !("EC".equals(chipKey.getAlgorithm()) || "ECDSA".equals(chipKey.getAlgorithm()))) {
            throw new ChainParamsException("chip public key: expected a P-256 EC key");
        }
        if (model == null || model.isBlank() || model.length() > 64) {
            throw new ChainParamsException("chip model: give a model name of 1 to 64 characters, e.g. \"Simulated chip\"");
        }
        try {
            byte[] serial = java.util.Arrays.copyOf(Hash.sha3(chipKey.getEncoded()), 16);
            serial[0] &= 0x7f;
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, CHIP_COMMON_NAME)
                    .addRDN(BCStyle.OU, model).addRDN(BCStyle.O, ORGANIZATION).build();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(rootName(), new BigInteger(1, serial),
                    NOT_BEFORE, NOT_AFTER, subject, chipKey);
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            b.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(keyPair().getPublic()));
            return sign(b);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue a simulated chip certificate", e);
        }
    }

    /** The self-signed root certificate pinned in the devnet genesis (identical bytes on every call). */
    public static X509Certificate certificate() {
        try {
            PublicKey pub = keyPair().getPublic();
            X500Name subject = rootName();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(subject, BigInteger.ONE, NOT_BEFORE, NOT_AFTER, subject, pub);
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            b.addExtension(Extension.subjectKeyIdentifier, false, new JcaX509ExtensionUtils().createSubjectKeyIdentifier(pub));
            return sign(b);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the devnet vendor root certificate", e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder b) throws IOException, CertificateException {
        byte[] der = b.build(new DeterministicSigner()).getEncoded();
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new java.io.ByteArrayInputStream(der));
    }

    private static X500Name rootName() {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, COMMON_NAME).addRDN(BCStyle.O, ORGANIZATION).build();
    }

    private static BigInteger privateScalar() {
        return new BigInteger(1, Hash.sha3(SEED.getBytes(StandardCharsets.US_ASCII))).mod(P256.getN());
    }

    private static ECPoint publicPoint() {
        return P256.getG().multiply(privateScalar()).normalize();
    }

    private static ECParameterSpec jcaParams() throws GeneralSecurityException {
        AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
        params.init(new ECGenParameterSpec("secp256r1"));
        return params.getParameterSpec(ECParameterSpec.class);
    }

    /** ECDSA P-256 / SHA-256 with RFC 6979 nonces, DER-encoded as X.509 expects: reproducible certificates. */
    private static final class DeterministicSigner implements ContentSigner {
        private final ByteArrayOutputStream tbs = new ByteArrayOutputStream();

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
        }

        @Override
        public OutputStream getOutputStream() {
            return tbs;
        }

        @Override
        public byte[] getSignature() {
            SHA256Digest digest = new SHA256Digest();
            byte[] data = tbs.toByteArray();
            digest.update(data, 0, data.length);
            byte[] hash = new byte[32];
            digest.doFinal(hash, 0);
            ECDSASigner ecdsa = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
            ecdsa.init(true, new ECPrivateKeyParameters(privateScalar(),
                    new ECDomainParameters(P256.getCurve(), P256.getG(), P256.getN(), P256.getH())));
            BigInteger[] rs = ecdsa.generateSignature(hash);
            try {
                return new DERSequence(new ASN1Encodable[] {new ASN1Integer(rs[0]), new ASN1Integer(rs[1])}).getEncoded();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
