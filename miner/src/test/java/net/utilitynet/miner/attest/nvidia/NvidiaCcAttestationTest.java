package net.utilitynet.miner.attest.nvidia;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

import net.utilitynet.miner.attest.AttestationFailedException;
import net.utilitynet.miner.detect.Chip;
import net.utilitynet.miner.detect.ChipSource;
import net.utilitynet.miner.detect.nvml.FakeNvml;
import net.utilitynet.miner.detect.nvml.NvmlChipProbe;
import net.utilitynet.miner.detect.nvml.NvmlLoader;
import net.utilitynet.protocol.attestation.AttestationFailure;
import net.utilitynet.protocol.attestation.AttestationMessages;
import net.utilitynet.protocol.attestation.NvidiaEvidenceVerifier;
import net.utilitynet.protocol.attestation.VerifiedChip;

/** Real NVIDIA evidence returned by the fake NVML test library through the production JNA structs. */
@ResourceLock(FakeNvml.RESOURCE_LOCK)
class NvidiaCcAttestationTest {
    private static final byte[] SAMPLE_NONCE =
            Numeric.hexStringToByteArray("931d8dd0add203ac3d8b4fbde75e115278eefcdceac5b87671a748f32364dfcb");
    private final Path library = FakeNvml.library();
    private final FakeNvml.Control fake = FakeNvml.control(library);
    private final NvmlLoader loader = NvmlLoader.at(library);
    private final NvidiaCcAttestation attestation = new NvidiaCcAttestation(loader, new NvidiaEvidenceVerifier());
    private final byte[] pem = resource("nvtrust-hopperCertChain.txt");
    private final byte[] report = Numeric.hexStringToByteArray(new String(resource("nvtrust-hopperAttestationReport.txt"),
            StandardCharsets.US_ASCII).trim());
    private List<Chip> chips;

    @BeforeEach
    void gpusWithCcOn() {
        fake.fake_nvml_reset(FakeNvml.SUCCESS, 2, 1, -1);
        fake.fake_nvml_set_evidence(pem, pem.length, report, report.length);
        chips = new NvmlChipProbe(loader).probe().chips();
    }

    @Test
    void collect_ccOnH100_sendsOurNonceAndReturnsEvidenceThatVerifies() throws Exception {
        NvidiaRawEvidence raw = attestation.collect(chips.get(0), SAMPLE_NONCE);

        byte[] nonceSeenByGpu = new byte[32];
        fake.fake_nvml_last_nonce(nonceSeenByGpu);
        assertArrayEquals(SAMPLE_NONCE, nonceSeenByGpu);
        assertArrayEquals(report, raw.report());
        assertEquals(5, raw.certChain().size());
        VerifiedChip chip = new NvidiaEvidenceVerifier().verify(raw.certChain(), raw.report(), SAMPLE_NONCE);
        assertArrayEquals(Hash.sha3(raw.certChain().get(1)), chip.chipId());
    }

    @Test
    void attest_gpuAnswersWithReportForAnotherNonce_refusesBeforeSubmitting() {
        byte[] message = AttestationMessages.heartbeat(21844, new byte[32], 5, new byte[32]);

        AttestationFailedException e = assertThrows(AttestationFailedException.class,
                () -> attestation.attest(chips.get(0), message));

        assertEquals(AttestationFailure.NONCE_MISMATCH, e.verificationFailure().orElseThrow());
        byte[] nonceSeenByGpu = new byte[32];
        fake.fake_nvml_last_nonce(nonceSeenByGpu);
        assertArrayEquals(Hash.sha3(message), nonceSeenByGpu);
    }

    @Test
    void attest_consumerGpu_isUnavailableWithPlainReason() {
        Chip rtx = chips.get(1);

        assertFalse(attestation.available(rtx));
        assertTrue(attestation.unavailableReason(rtx).contains("consumer"), attestation.unavailableReason(rtx));
        AttestationFailedException e = assertThrows(AttestationFailedException.class,
                () -> attestation.attest(rtx, new byte[10]));
        assertEquals(attestation.unavailableReason(rtx), e.getMessage());
    }

    @Test
    void collect_ccSwitchedOffAfterDetection_failsWithExplanation() {
        fake.fake_nvml_reset(FakeNvml.SUCCESS, 2, 0, -1);

        AttestationFailedException e = assertThrows(AttestationFailedException.class,
                () -> attestation.collect(chips.get(0), SAMPLE_NONCE));
        assertTrue(e.getMessage().contains("Confidential Computing mode is no longer on"), e.getMessage());
        assertEquals(fake.fake_nvml_init_calls(), fake.fake_nvml_shutdown_calls());
    }

    @Test
    void available_gpuSeenOnlyBySysfs_isFalse() {
        Chip sysfsOnly = Chip.builder("NVIDIA", "H100 SXM5", ChipSource.SYSFS).build();

        assertFalse(attestation.available(sysfsOnly));
        assertTrue(attestation.unavailableReason(sysfsOnly).contains("NVML"));
    }

    private static byte[] resource(String name) {
        try (InputStream in = NvidiaCcAttestationTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
