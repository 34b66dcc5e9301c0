package net.utilitynet.protocol.chain;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;

/**
 * A vendor root certificate pinned by the chain: chip certificate chains of {@code vendor} (the {@code vendor}
 * argument of registerChip, e.g. {@code "NVIDIA"} or {@code "Simulated"}) must end here.
 */
public record VendorRoot(String vendor, String name, byte[] certificateDer) {

    public VendorRoot {
        if (vendor == null || vendor.isBlank()) {
            throw new ChainParamsException("vendor root vendor: missing");
        }
        if (name == null || name.isBlank()) {
            throw new ChainParamsException("vendor root name: missing");
        }
        certificateDer = certificateDer.clone();
        X509Certificate cert = parse(certificateDer, name);
        if (cert.getBasicConstraints() < 0) {
            throw new ChainParamsException("vendor root '" + name + "': certificate is not a CA (basicConstraints cA=false)");
        }
        try {
            cert.verify(cert.getPublicKey());
        } catch (Exception e) {
            throw new ChainParamsException("vendor root '" + name + "': certificate is not self-signed (" + e.getMessage() + ")");
        }
    }

    @Override
    public byte[] certificateDer() {
        return certificateDer.clone();
    }

    /** The parsed certificate (a fresh object each call). */
    public X509Certificate certificate() {
        return parse(certificateDer, name);
    }

    private static X509Certificate parse(byte[] der, String name) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | ClassCastException e) {
            throw new ChainParamsException("vendor root '" + name + "': not a DER X.509 certificate (" + e.getMessage() + ")");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VendorRoot v && vendor.equals(v.vendor) && name.equals(v.name)
                && Arrays.equals(certificateDer, v.certificateDer);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(certificateDer);
    }

    @Override
    public String toString() {
        return "VendorRoot[" + vendor + ": " + name + "]";
    }
}
