package net.utilitynet.protocol.attestation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.web3j.utils.Numeric;

/** The real NVIDIA evidence copied into test resources (see the README beside them). */
enum NvidiaSamples {
    NVTRUST_H100("nvtrust-hopperAttestationReport.txt", "nvtrust-hopperCertChain.txt", Nonces.NVAT_DEFAULT),
    NVTRUST_2023_H100("nvtrust2023-attestationReport.txt", "nvtrust2023-gpuAkCertChain.txt",
            "4cff7f5380ead8fad8ec2c531c110aca4302a88f603792801a8ca29ee151af2e"),
    NVAT_TESTDATA_H100("nvat-testdata-hopperAttestationReport.txt", "nvat-testdata-hopperCertChain.txt",
            "5bb22e377702d4e1e8215a903ba094826b9ac7f731dee1fe8102958bf2840aca"),
    NVAT_H100_535("nvat-gpu-hopperAttestationReport.txt", "nvat-gpu-hopperCertChain.txt",
            "27a328247bf7935c993341cf587be6f05986ccce4fe7ba2c54100bd616a58f66"),
    NVAT_H100_570("nvat-gpu-hopperAttestationReportExpired.txt", "nvat-gpu-hopperCertChainExpired.txt", Nonces.NVAT_DEFAULT),
    NVAT_GB100("nvat-gpu-blackwellAttestationReport.txt", "nvat-gpu-blackwellCertChain.txt", Nonces.NVAT_DEFAULT),
    NVAT_LS10_SWITCH("nvat-switchAttestationReport.txt", "nvat-switchCertChain.txt", Nonces.NVAT_DEFAULT),
    INVALID_SIGNATURE_H100("nvat-gpu-hopperAttestationReportInvalidSignature.txt",
            "nvat-gpu-hopperCertChainExpired.txt", Nonces.NVAT_DEFAULT),
    INVALID_SIGNATURE_SWITCH("nvat-switchAttestationReportInvalidSignature.txt", "nvat-switchCertChain.txt",
            "ea038ed507a451e005bae91186bc9403150a3cb8971fdebd05ffed65eeb6a997");

    private static final class Nonces {
        static final String NVAT_DEFAULT = "931d8dd0add203ac3d8b4fbde75e115278eefcdceac5b87671a748f32364dfcb";
    }

    private final String reportFile;
    private final String chainFile;
    private final String nonceHex;

    NvidiaSamples(String reportFile, String chainFile, String nonceHex) {
        this.reportFile = reportFile;
        this.chainFile = chainFile;
        this.nonceHex = nonceHex;
    }

    byte[] report() {
        return Numeric.hexStringToByteArray(read(reportFile).trim());
    }

    String chainPem() {
        return read(chainFile);
    }

    List<byte[]> chain() {
        try {
            return CertificateChains.pemToDer(chainPem());
        } catch (AttestationException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] nonce() {
        return Numeric.hexStringToByteArray(nonceHex);
    }

    private static String read(String file) {
        try (InputStream in = NvidiaSamples.class.getResourceAsStream("nvidia/" + file)) {
            if (in == null) {
                throw new IllegalStateException("test resource nvidia/" + file + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
