package net.utilitynet.protocol.chain;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECNamedCurveSpec;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.operator.ContentSigner;
import org.web3j.crypto.Hash;

/**
 * The devnet-only vendor root for <em>simulated chips</em> (design §4.6): a self-signed P-256 CA whose private
 * key is {@code keccak256("UtilityNet devnet simulated chip root") mod n}. The key is public by design — anyone
 * can mint simulated chips — which is why this root appears only in the devnet genesis and never on another
 * network. Certificates are signed with deterministic ECDSA (RFC 6979), so the same inputs give the same DER.
 */
public final class DevnetVendorRoot {
    public static final String NAME = "UtilityNet devnet simulated chip root";
    public static final String ROOT_COMMON_NAME = "UtilityNet Devnet Simulated Chip Root";
    public static final String ORGANIZATION = "UtilityNet devnet - simulated chips, not a real vendor";
    public static final String CHIP_COMMON_NAME = "UtilityNet simulated chip";
    private static final String SEED = "UtilityNet devnet simulated chip root";
    private static final Date NOT_BEFORE = Date.from(Instant.parse("2025-01-01T00:00:00Z"));
    private static final Date NOT_AFTER = Date.from(Instant.parse("9999-12-31T23:59:59Z"));
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private static final org.bouncycastle.asn1.x9.X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");

    private DevnetVendorRoot() {
    }

    /** The 32-byte root private key (public knowledge; devnet only). */
    public static byte[] privateKey() {
        BigInteger d = new BigInteger(1, Hash.sha3(SEED.getBytes(StandardCharsets.US_ASCII))).mod(P256.getN());
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

    /** The self-signed root certificate pinned in the devnet genesis. */
    public static X509Certificate certificate() {
        try {
            PublicKey pub = jcaPublicKey(publicPoint());
            X500Name subject = rootName();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(subject, BigInteger.ONE, NOT_BEFORE, NOT_AFTER, subject, pub);
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pub));
            return new JcaX509CertificateConverter().setProvider(BC).getCertificate(b.build(signer()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the devnet vendor root certificate", e);
        }
    }

    /**
     * Issues the leaf certificate of a simulated chip whose P-256 public key is {@code chipKey}. The serial is
     * derived from the key, so one key always gets the same certificate (and so the same chipId).
     */
    public static X509Certificate issueChipCertificate(PublicKey chipKey, String model) {
        if (!"EC".equals(chipKey.getAlgorithm()) && !"ECDSA".equals(chipKey.getAlgorithm())) {
            throw new ChainParamsException("chip public key: expected a P-256 EC key but got " + chipKey.getAlgorithm());
        }
        if (model == null || model.isBlank() || model.length() > 64) {
            throw new ChainParamsException("chip model: give a model name of 1 to 64 characters");
        }
        try {
            byte[] serial = Arrays.copyOf(Hash.sha3(chipKey.getEncoded()), 16);
            serial[0] &= 0x7f;
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, CHIP_COMMON_NAME)
                    .addRDN(BCStyle.OU, model).addRDN(BCStyle.O, ORGANIZATION).build();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(rootName(), new BigInteger(1, serial),
                    NOT_BEFORE, NOT_AFTER, subject, chipKey);
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            b.addExtension(Extension.authorityKeyIdentifier, false,
                    ext.createAuthorityKeyIdentifier(jcaPublicKey(publicPoint())));
            return new JcaX509CertificateConverter().setProvider(BC).getCertificate(b.build(signer()));
        } catch (ChainParamsException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot issue a simulated chip certificate", e);
        }
    }

    private static X500Name rootName() {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, ROOT_COMMON_NAME).addRDN(BCStyle.O, ORGANIZATION).build();
    }

    private static ECPoint publicPoint() {
        return P256.getG().multiply(new BigInteger(1, privateKey())).normalize();
    }

    /** ECDSA P-256 / SHA-256 with RFC 6979 nonces (deterministic), DER-encoded as X.509 expects. */
    private static ContentSigner signer() {
        AlgorithmIdentifier algorithm = new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
        ByteArrayOutputStream tbs = new ByteArrayOutputStream();
        return new ContentSigner() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return algorithm;
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
                ecdsa.init(true, new ECPrivateKeyParameters(new BigInteger(1, privateKey()),
                        new ECDomainParameters(P256.getCurve(), P256.getG(), P256.getN(), P256.getH())));
                BigInteger[] rs = ecdsa.generateSignature(hash);
                try {
                    return new DERSequence(new ASN1Encodable[] {new ASN1Integer(rs[0]), new ASN1Integer(rs[1])}).getEncoded();
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private static PublicKey jcaPublicKey(ECPoint q) throws java.security.GeneralSecurityException {
        ECNamedCurveSpec spec = spec();
        return KeyFactory.getInstance("EC", BC).generatePublic(new java.security.spec.ECPublicKeySpec(
                new java.security.spec.ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger()), spec));
    }

    private static ECNamedCurveSpec spec() {
        return new ECNamedCurveSpec("secp256r1", P256.getCurve(), P256.getG(), P256.getN(), P256.getH());
    }
}
