package net.utilitynet.protocol.attestation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.web3j.crypto.Hash;

class NvidiaEvidenceVerifierTest {
    private final NvidiaEvidenceVerifier verifier = new NvidiaEvidenceVerifier();

    @ParameterizedTest
    @EnumSource(value = NvidiaSamples.class, names = {"NVTRUST_H100", "NVTRUST_2023_H100", "NVAT_TESTDATA_H100",
            "NVAT_H100_535", "NVAT_H100_570", "NVAT_GB100", "NVAT_LS10_SWITCH"})
    void verify_realNvidiaEvidenceWithItsNonce_acceptsWithChipIdOfBromCertificate(NvidiaSamples sample) throws Exception {
        VerifiedChip chip = verifier.verify(sample.chain(), sample.report(), sample.nonce());

        assertArrayEquals(Hash.sha3(sample.chain().get(1)), chip.chipId());
        assertEquals("NVIDIA", chip.vendor());
        assertTrue(chip.hardwareModel().endsWith("BROM"), chip.hardwareModel());
    }

    @ParameterizedTest
    @EnumSource(value = NvidiaSamples.class, names = {"INVALID_SIGNATURE_H100", "INVALID_SIGNATURE_SWITCH"})
    void verify_nvidiaSampleWithInvalidSignature_rejectsAsBadSignature(NvidiaSamples sample) {
        assertFailure(AttestationFailure.BAD_SIGNATURE, sample.chain(), sample.report(), sample.nonce());
    }

    @Test
    void verify_realH100Evidence_reportsFirmwareFromTheReport() throws Exception {
        VerifiedChip chip = verifier.verify(NvidiaSamples.NVTRUST_H100.chain(), NvidiaSamples.NVTRUST_H100.report(),
                NvidiaSamples.NVTRUST_H100.nonce());

        assertEquals("GH100 A01 GSP BROM", chip.hardwareModel());
        assertEquals("driver 550.90.07, VBIOS 96.00.9F.00.01", chip.firmware());
    }

    @Test
    void verify_staleNonce_rejectsAsNonceMismatch() {
        // nvtrust's built-in test nonce belongs to the 2023 sample, not to this report.
        assertFailure(AttestationFailure.NONCE_MISMATCH, NvidiaSamples.NVTRUST_H100.chain(),
                NvidiaSamples.NVTRUST_H100.report(), NvidiaSamples.NVTRUST_2023_H100.nonce());
        assertFailure(AttestationFailure.NONCE_MISMATCH, NvidiaSamples.NVAT_H100_535.chain(),
                NvidiaSamples.NVAT_H100_535.report(), new byte[32]);
    }

    @Test
    void verifyForMessage_reportNotMadeForThisMessage_rejectsAsNonceMismatch() {
        NvidiaSamples s = NvidiaSamples.NVTRUST_H100;
        AttestationException e = assertThrows(AttestationException.class,
                () -> verifier.verifyForMessage(s.chain(), s.report(), "UNC-POCI-HEARTBEAT".getBytes()));
        assertEquals(AttestationFailure.NONCE_MISMATCH, e.failure());
    }

    @Test
    void verify_oneFlippedByteInSignedData_rejectsAsBadSignature() {
        byte[] report = NvidiaSamples.NVTRUST_H100.report();
        report[100] ^= 0x01; // inside a measurement digest
        assertFailure(AttestationFailure.BAD_SIGNATURE, NvidiaSamples.NVTRUST_H100.chain(), report,
                NvidiaSamples.NVTRUST_H100.nonce());
    }

    @Test
    void verify_oneFlippedByteInSignature_rejectsAsBadSignature() {
        byte[] report = NvidiaSamples.NVTRUST_H100.report();
        report[report.length - 10] ^= 0x40;
        assertFailure(AttestationFailure.BAD_SIGNATURE, NvidiaSamples.NVTRUST_H100.chain(), report,
                NvidiaSamples.NVTRUST_H100.nonce());
    }

    @Test
    void verify_chainToSelfMadeRoot_rejectsAsUntrustedRoot() {
        ForgedNvidiaEvidence forged = new ForgedNvidiaEvidence(ForgedNvidiaEvidence.filled(48, 1));
        byte[] nonce = ForgedNvidiaEvidence.filled(32, 9);
        assertFailure(AttestationFailure.UNTRUSTED_ROOT, forged.chainDer(),
                forged.report(nonce, ForgedNvidiaEvidence.filled(48, 1)), nonce);
    }

    @Test
    void verify_selfMadeIntermediatesEndingAtRealRoot_rejectsAsInvalidChain() {
        ForgedNvidiaEvidence forged = new ForgedNvidiaEvidence(ForgedNvidiaEvidence.filled(48, 1));
        List<byte[]> chain = new ArrayList<>(forged.chainDer());
        chain.set(4, CertificateChains.der(NvidiaEvidenceVerifier.pinnedRoot()));
        byte[] nonce = ForgedNvidiaEvidence.filled(32, 9);
        assertFailure(AttestationFailure.INVALID_CERTIFICATE_CHAIN, chain,
                forged.report(nonce, ForgedNvidiaEvidence.filled(48, 1)), nonce);
    }

    @Test
    void verify_bromCertificateOfAnotherGpu_rejectsAsInvalidChain() {
        List<byte[]> chain = new ArrayList<>(NvidiaSamples.NVTRUST_H100.chain());
        chain.set(1, NvidiaSamples.NVAT_H100_535.chain().get(1));
        assertFailure(AttestationFailure.INVALID_CERTIFICATE_CHAIN, chain, NvidiaSamples.NVTRUST_H100.report(),
                NvidiaSamples.NVTRUST_H100.nonce());
    }

    @Test
    void verify_leafCertificateOfAnotherGpu_rejectsAsInvalidChain() {
        List<byte[]> chain = new ArrayList<>(NvidiaSamples.NVTRUST_H100.chain());
        chain.set(0, NvidiaSamples.NVAT_H100_535.chain().get(0));
        assertFailure(AttestationFailure.INVALID_CERTIFICATE_CHAIN, chain, NvidiaSamples.NVTRUST_H100.report(),
                NvidiaSamples.NVTRUST_H100.nonce());
    }

    @Test
    void verify_wholeChainOfAnotherGpu_rejectsAsBadSignature() {
        assertFailure(AttestationFailure.BAD_SIGNATURE, NvidiaSamples.NVAT_H100_535.chain(),
                NvidiaSamples.NVTRUST_H100.report(), NvidiaSamples.NVTRUST_H100.nonce());
    }

    @Test
    void requireChipId_validEvidenceClaimedForAnotherChip_rejectsAsChipIdMismatch() throws Exception {
        NvidiaSamples s = NvidiaSamples.NVTRUST_H100;
        VerifiedChip chip = verifier.verify(s.chain(), s.report(), s.nonce());
        byte[] otherChip = Hash.sha3(NvidiaSamples.NVAT_GB100.chain().get(1));

        AttestationException e = assertThrows(AttestationException.class, () -> chip.requireChipId(otherChip));
        assertEquals(AttestationFailure.CHIP_ID_MISMATCH, e.failure());
        assertEquals(chip, chip.requireChipId(Hash.sha3(s.chain().get(1))));
    }

    @Test
    void verify_sameGpuUnderTwoFirmwareVersions_givesTheSameChipId() throws Exception {
        // Both NVAT samples come from one H100 (project 1010/0205/862) under driver 580 and 570.
        VerifiedChip a = verifier.verify(NvidiaSamples.NVAT_TESTDATA_H100.chain(),
                NvidiaSamples.NVAT_TESTDATA_H100.report(), NvidiaSamples.NVAT_TESTDATA_H100.nonce());
        VerifiedChip b = verifier.verify(NvidiaSamples.NVAT_H100_570.chain(),
                NvidiaSamples.NVAT_H100_570.report(), NvidiaSamples.NVAT_H100_570.nonce());
        VerifiedChip other = verifier.verify(NvidiaSamples.NVTRUST_H100.chain(),
                NvidiaSamples.NVTRUST_H100.report(), NvidiaSamples.NVTRUST_H100.nonce());

        assertFalse(Arrays.equals(NvidiaSamples.NVAT_TESTDATA_H100.chain().get(0), NvidiaSamples.NVAT_H100_570.chain().get(0)));
        assertArrayEquals(a.chipId(), b.chipId());
        assertFalse(Arrays.equals(a.chipId(), other.chipId()));
    }

    @Test
    void verify_fourCertificateChain_rejectsAsMalformedChain() {
        NvidiaSamples s = NvidiaSamples.NVTRUST_H100;
        assertFailure(AttestationFailure.MALFORMED_CERTIFICATE_CHAIN, s.chain().subList(0, 4), s.report(), s.nonce());
    }

    @Test
    void verify_garbageCertificate_rejectsAsMalformedChain() {
        NvidiaSamples s = NvidiaSamples.NVTRUST_H100;
        List<byte[]> chain = new ArrayList<>(s.chain());
        chain.set(2, new byte[] {0x30, 0x03, 0x01, 0x01, 0x00});
        assertFailure(AttestationFailure.MALFORMED_CERTIFICATE_CHAIN, chain, s.report(), s.nonce());
    }

    @Test
    void verify_truncatedReport_rejectsAsMalformedReport() {
        NvidiaSamples s = NvidiaSamples.NVTRUST_H100;
        assertFailure(AttestationFailure.MALFORMED_REPORT, s.chain(), Arrays.copyOf(s.report(), 2000), s.nonce());
    }

    @Test
    void verify_forgedRootTrustedExplicitly_acceptsMatchingFwid() throws Exception {
        byte[] fwid = ForgedNvidiaEvidence.filled(48, 0x42);
        ForgedNvidiaEvidence forged = new ForgedNvidiaEvidence(fwid);
        NvidiaEvidenceVerifier trustingForgedRoot = new NvidiaEvidenceVerifier(forged.root, Clock.systemUTC());
        byte[] nonce = ForgedNvidiaEvidence.filled(32, 3);

        VerifiedChip chip = trustingForgedRoot.verify(forged.chainDer(), forged.report(nonce, fwid), nonce);

        assertArrayEquals(Hash.sha3(forged.chainDer().get(1)), chip.chipId());
        assertEquals("driver 550.90.07, VBIOS 96.00.9F.00.01", chip.firmware());
    }

    @Test
    void verify_reportMeasuresOtherFirmwareThanLeafCertifies_rejectsAsFwidMismatch() {
        ForgedNvidiaEvidence forged = new ForgedNvidiaEvidence(ForgedNvidiaEvidence.filled(48, 0x42));
        NvidiaEvidenceVerifier trustingForgedRoot = new NvidiaEvidenceVerifier(forged.root, Clock.systemUTC());
        byte[] nonce = ForgedNvidiaEvidence.filled(32, 3);
        byte[] report = forged.report(nonce, ForgedNvidiaEvidence.filled(48, 0x43));

        AttestationException e = assertThrows(AttestationException.class,
                () -> trustingForgedRoot.verify(forged.chainDer(), report, nonce));
        assertEquals(AttestationFailure.FWID_MISMATCH, e.failure());
    }

    @Test
    void verify_chainCheckedAfterCertificatesExpire_rejectsAsInvalidChain() {
        ForgedNvidiaEvidence forged = new ForgedNvidiaEvidence(null);
        NvidiaEvidenceVerifier inTwoThousandFifty = new NvidiaEvidenceVerifier(forged.root,
                Clock.fixed(java.time.Instant.parse("2050-01-01T00:00:00Z"), ZoneOffset.UTC));
        byte[] nonce = ForgedNvidiaEvidence.filled(32, 3);

        AttestationException e = assertThrows(AttestationException.class,
                () -> inTwoThousandFifty.verify(forged.chainDer(), forged.report(nonce, null), nonce));
        assertEquals(AttestationFailure.INVALID_CERTIFICATE_CHAIN, e.failure());
    }

    private void assertFailure(AttestationFailure expected, List<byte[]> chain, byte[] report, byte[] nonce) {
        AttestationException e = assertThrows(AttestationException.class, () -> verifier.verify(chain, report, nonce));
        assertEquals(expected, e.failure(), e.getMessage());
    }
}
