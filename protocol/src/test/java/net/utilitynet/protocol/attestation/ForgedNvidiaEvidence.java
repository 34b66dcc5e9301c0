package net.utilitynet.protocol.attestation;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Builds evidence an attacker could make: a 5-certificate P-384 chain shaped like NVIDIA's under a
 * self-made root (same names), a leaf carrying a Hopper-style FWID extension, and an SPDM 1.1
 * report signed by that leaf. Used to prove the verifier rejects it, and (with the forged root
 * trusted explicitly) to exercise every check on data we control.
 */
final class ForgedNvidiaEvidence {
    static final Instant NOT_BEFORE = Instant.parse("2024-01-01T00:00:00Z");
    final KeyPair rootKey = p384();
    final KeyPair leafKey = p384();
    final X509Certificate root;
    final List<X509Certificate> chain = new ArrayList<>();

    ForgedNvidiaEvidence(byte[] certifiedFwid) {
        root = cert("CN=NVIDIA Device Identity CA,O=NVIDIA", rootKey, "CN=NVIDIA Device Identity CA,O=NVIDIA",
                rootKey, true, null);
        KeyPair identity = p384();
        KeyPair provisioner = p384();
        KeyPair brom = p384();
        X509Certificate c3 = cert("CN=NVIDIA GH100 Identity", identity, "CN=NVIDIA Device Identity CA,O=NVIDIA", rootKey, true, null);
        X509Certificate c2 = cert("CN=NVIDIA GH100 Provisioner ICA 1", provisioner, "CN=NVIDIA GH100 Identity", identity, true, null);
        X509Certificate c1 = cert("CN=GH100 A01 GSP BROM", brom, "CN=NVIDIA GH100 Provisioner ICA 1", provisioner, true, null);
        X509Certificate c0 = cert("CN=GH100 A01 GSP FMC LF", leafKey, "CN=GH100 A01 GSP BROM", brom, false, certifiedFwid);
        chain.addAll(List.of(c0, c1, c2, c3, root));
    }

    List<byte[]> chainDer() {
        return chain.stream().map(CertificateChains::der).toList();
    }

    /** An SPDM 1.1 report for {@code nonce} reporting {@code measuredFwid} (null: no field 20), signed by the leaf. */
    byte[] report(byte[] nonce, byte[] measuredFwid) {
        ByteArrayOutputStream r = new ByteArrayOutputStream();
        r.writeBytes(new byte[] {0x11, (byte) 0xE0, 0x01, (byte) 0xFF});
        r.writeBytes(nonce);
        r.write(0);
        r.writeBytes(new byte[] {0x11, 0x60, 0, 0, 1, 55, 0, 0});
        r.writeBytes(new byte[] {1, 1, 51, 0, 1, 48, 0});
        r.writeBytes(filled(48, 0x5A));
        r.writeBytes(filled(32, 0x77));
        ByteArrayOutputStream opaque = new ByteArrayOutputStream();
        tlv(opaque, 3, "550.90.07\0\0\0".getBytes(StandardCharsets.US_ASCII));
        tlv(opaque, 6, new byte[] {0x00, (byte) 0x9f, 0x00, (byte) 0x96, 0x01, 0, 0, 0});
        if (measuredFwid != null) {
            tlv(opaque, 20, measuredFwid);
        }
        r.write(opaque.size() & 0xFF);
        r.write(opaque.size() >> 8);
        r.writeBytes(opaque.toByteArray());
        byte[] signed = r.toByteArray();
        try {
            Signature s = Signature.getInstance("SHA384withECDSAinP1363Format");
            s.initSign(leafKey.getPrivate());
            s.update(signed);
            r.writeBytes(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return r.toByteArray();
    }

    static byte[] filled(int length, int value) {
        byte[] b = new byte[length];
        Arrays.fill(b, (byte) value);
        return b;
    }

    private static void tlv(ByteArrayOutputStream out, int type, byte[] value) {
        out.writeBytes(new byte[] {(byte) type, (byte) (type >> 8), (byte) value.length, (byte) (value.length >> 8)});
        out.writeBytes(value);
    }

    static KeyPair p384() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp384r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static X509Certificate cert(String subject, KeyPair subjectKey, String issuer, KeyPair issuerKey, boolean ca,
                                byte[] fwid) {
        try {
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                    new BigInteger(64, new java.security.SecureRandom()), Date.from(NOT_BEFORE),
                    Date.from(NOT_BEFORE.plusSeconds(3650L * 86400)), new X500Name(subject), subjectKey.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            if (fwid != null) {
                ASN1EncodableVector digest = new ASN1EncodableVector();
                digest.add(NISTObjectIdentifiers.id_sha384);
                digest.add(new DEROctetString(fwid));
                ASN1EncodableVector ext = new ASN1EncodableVector();
                ext.add(new ASN1Integer(1));
                ext.add(SubjectPublicKeyInfo.getInstance(subjectKey.getPublic().getEncoded()));
                ext.add(new DERSequence(digest));
                b.addExtension(new ASN1ObjectIdentifier(NvidiaLeafFwid.HOPPER_EXTENSION), false, new DERSequence(ext));
            }
            return new JcaX509CertificateConverter().getCertificate(
                    b.build(new JcaContentSignerBuilder("SHA384withECDSA").build(issuerKey.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException("could not build a test certificate", e);
        }
    }
}
