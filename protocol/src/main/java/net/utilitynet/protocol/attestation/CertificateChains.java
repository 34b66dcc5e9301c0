package net.utilitynet.protocol.attestation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** Decoding and PKIX validation of leaf-first X.509 chains, shared by every chip verifier. */
public final class CertificateChains {
    private static final Pattern PEM_BLOCK = Pattern.compile(
            "-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]*?)-----END CERTIFICATE-----");

    private CertificateChains() {
    }

    /** DER encodings of the certificates in concatenated PEM text (the NVML chain format), in order. */
    public static List<byte[]> pemToDer(String pem) throws AttestationException {
        List<byte[]> der = new ArrayList<>();
        Matcher m = PEM_BLOCK.matcher(pem == null ? "" : pem);
        while (m.find()) {
            try {
                der.add(Base64.getMimeDecoder().decode(m.group(1)));
            } catch (IllegalArgumentException e) {
                throw new AttestationException(AttestationFailure.MALFORMED_CERTIFICATE_CHAIN,
                        "certificate " + der.size() + " of the PEM chain is not valid base64", e);
            }
        }
        if (der.isEmpty()) {
            throw new AttestationException(AttestationFailure.MALFORMED_CERTIFICATE_CHAIN,
                    "the certificate chain contains no PEM certificate");
        }
        return der;
    }

    /** Concatenated PEM text for DER certificates (leaf first), as NVML returns chains. */
    public static String derToPem(List<byte[]> der) {
        StringBuilder pem = new StringBuilder();
        Base64.Encoder b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        for (byte[] cert : der) {
            pem.append("-----BEGIN CERTIFICATE-----\n").append(b64.encodeToString(cert))
                    .append("\n-----END CERTIFICATE-----\n");
        }
        return pem.toString();
    }

    /** Parses DER certificates, leaf first. */
    public static List<X509Certificate> parse(List<byte[]> der) throws AttestationException {
        if (der == null || der.isEmpty()) {
            throw new AttestationException(AttestationFailure.MALFORMED_CERTIFICATE_CHAIN,
                    "the certificate chain is empty");
        }
        List<X509Certificate> certs = new ArrayList<>(der.size());
        for (int i = 0; i < der.size(); i++) {
            certs.add(parseOne(der.get(i), "certificate " + i));
        }
        return certs;
    }

    static X509Certificate parseOne(byte[] der, String what) throws AttestationException {
        if (der == null) {
            throw new AttestationException(AttestationFailure.MALFORMED_CERTIFICATE_CHAIN, what + " is missing");
        }
        try {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            X509Certificate cert = (X509Certificate) cf.generateCertificate(new ByteArrayInputStream(der));
            // generateCertificate accepts trailing bytes and PEM; only exact DER keeps chipId canonical.
            if (!Arrays.equals(cert.getEncoded(), der)) {
                throw new AttestationException(AttestationFailure.MALFORMED_CERTIFICATE_CHAIN,
                        what + " is not a canonical DER certificate");
            }
            return cert;
        } catch (CertificateException e) {
            throw new AttestationException(AttestationFailure.MALFORMED_CERTIFICATE_CHAIN,
                    what + " is not an X.509 certificate: " + e.getMessage(), e);
        }
    }

    /** Loads a single PEM certificate bundled as a class-path resource. */
    public static X509Certificate resource(String name) {
        try (InputStream in = CertificateChains.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled certificate " + name + " is missing from the build");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            return parseOne(pemToDer(pem).get(0), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (AttestationException e) {
            throw new IllegalStateException("bundled certificate " + name + " is corrupt", e);
        }
    }

    /**
     * PKIX-validates {@code chain} (leaf first, without the root) up to {@code root} at {@code time}.
     * Revocation is not checked: that needs NVIDIA's online OCSP service, which a pure verifier
     * (and a deterministic chain node) cannot call.
     */
    public static void validate(List<X509Certificate> chain, X509Certificate root, Instant time)
            throws AttestationException {
        try {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            CertPath path = cf.generateCertPath(chain);
            PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
            params.setRevocationEnabled(false);
            params.setDate(Date.from(time));
            CertPathValidator.getInstance("PKIX").validate(path, params);
        } catch (CertPathValidatorException e) {
            String where = e.getIndex() >= 0 ? "certificate " + e.getIndex() + ": " : "";
            throw new AttestationException(AttestationFailure.INVALID_CERTIFICATE_CHAIN,
                    "the certificate chain does not validate to " + root.getSubjectX500Principal().getName()
                            + " (" + where + e.getMessage() + ")", e);
        } catch (GeneralSecurityException e) {
            throw new AttestationException(AttestationFailure.INVALID_CERTIFICATE_CHAIN,
                    "the certificate chain could not be validated: " + e.getMessage(), e);
        }
    }

    /** DER bytes of a certificate the JDK already decoded (never fails for parsed certificates). */
    public static byte[] der(X509Certificate cert) {
        try {
            return cert.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a parsed certificate could not be re-encoded", e);
        }
    }

    /** The first CN of a name, or the whole name when it has none. */
    public static String commonName(X500Principal principal) {
        RDN[] cn = X500Name.getInstance(principal.getEncoded()).getRDNs(BCStyle.CN);
        return cn.length == 0 ? principal.getName() : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }
}
