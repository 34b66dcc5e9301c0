package net.utilitynet.protocol.attestation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.X509Certificate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.web3j.utils.Numeric;

class SpdmMeasurementReportTest {

    @Test
    void parse_nvtrustH100Report_readsNonceBlocksAndOpaqueFields() throws Exception {
        SpdmMeasurementReport r = SpdmMeasurementReport.parse(NvidiaSamples.NVTRUST_H100.report());

        assertArrayEquals(NvidiaSamples.NVTRUST_H100.nonce(), r.requestNonce());
        assertEquals(64, r.measurementBlocks());
        assertEquals("550.90.07", r.driverVersion().orElseThrow());
        assertEquals("96.00.9F.00.01", r.vbiosVersion().orElseThrow());
        assertEquals(4117 - 96, r.signedBytes().length);
        assertTrue(Numeric.toHexString(r.fwid().orElseThrow()).startsWith("0xf5c384ae"));
    }

    @Test
    void parse_nvSwitchReport_readsAsciiVbiosAndThirtyOneBlocks() throws Exception {
        SpdmMeasurementReport r = SpdmMeasurementReport.parse(NvidiaSamples.NVAT_LS10_SWITCH.report());

        assertEquals(31, r.measurementBlocks());
        assertEquals("96.10.55.00.01", r.vbiosVersion().orElseThrow());
    }

    @Test
    void parse_legacy2023Report_hasNoFwidField() throws Exception {
        assertTrue(SpdmMeasurementReport.parse(NvidiaSamples.NVTRUST_2023_H100.report()).fwid().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = NvidiaSamples.class, names = {"NVTRUST_H100", "NVAT_TESTDATA_H100", "NVAT_H100_570", "NVAT_GB100"})
    void fwid_realLeafAndReport_certifiedFwidEqualsMeasuredFwid(NvidiaSamples sample) throws Exception {
        X509Certificate leaf = CertificateChains.parse(sample.chain()).get(0);
        byte[] measured = SpdmMeasurementReport.parse(sample.report()).fwid().orElseThrow();

        assertArrayEquals(measured, NvidiaLeafFwid.of(leaf).orElseThrow());
    }

    @Test
    void parse_trailingByteAfterSignature_rejectsAsMalformed() {
        byte[] report = Arrays.copyOf(NvidiaSamples.NVTRUST_H100.report(), 4118);
        AttestationException e = assertThrows(AttestationException.class, () -> SpdmMeasurementReport.parse(report));
        assertEquals(AttestationFailure.MALFORMED_REPORT, e.failure());
    }

    @Test
    void parse_recordLengthPointingPastTheEnd_rejectsAsMalformed() {
        byte[] report = NvidiaSamples.NVTRUST_H100.report();
        report[37 + 7] = 0x7F; // MeasurementRecordLength high byte
        AttestationException e = assertThrows(AttestationException.class, () -> SpdmMeasurementReport.parse(report));
        assertEquals(AttestationFailure.MALFORMED_REPORT, e.failure());
    }

    @Test
    void parse_spdm12Request_rejectsAsUnsupported() {
        byte[] report = NvidiaSamples.NVTRUST_H100.report();
        report[0] = 0x12;
        AttestationException e = assertThrows(AttestationException.class, () -> SpdmMeasurementReport.parse(report));
        assertEquals(AttestationFailure.UNSUPPORTED_REPORT, e.failure());
    }

    @Test
    void parse_emptyOrTinyInput_rejectsAsMalformed() {
        for (byte[] bad : new byte[][] {null, new byte[0], new byte[150]}) {
            AttestationException e = assertThrows(AttestationException.class, () -> SpdmMeasurementReport.parse(bad));
            assertEquals(AttestationFailure.MALFORMED_REPORT, e.failure());
        }
    }
}
