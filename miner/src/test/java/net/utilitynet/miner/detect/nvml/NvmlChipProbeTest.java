package net.utilitynet.miner.detect.nvml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.io.TempDir;

import com.sun.jna.Structure;

import net.utilitynet.miner.detect.Chip;
import net.utilitynet.miner.detect.ChipSource;
import net.utilitynet.miner.detect.ProbeProblem;
import net.utilitynet.miner.detect.ProbeResult;

/** Runs the real JNA mapping against the fake NVML test library (not a GPU; see FakeNvml). */
@ResourceLock(FakeNvml.RESOURCE_LOCK)
class NvmlChipProbeTest {
    private final Path library = FakeNvml.library();
    private final FakeNvml.Control fake = FakeNvml.control(library);
    private final NvmlChipProbe probe = new NvmlChipProbe(NvmlLoader.at(library));

    @BeforeEach
    void reset() {
        fake.fake_nvml_reset(FakeNvml.SUCCESS, 2, 1, -1);
    }

    @Test
    void structures_jnaLayout_matchDocumentedAndCompiledSizes() {
        List<Structure> structs = List.of(new NvmlLibrary.PciInfo(), new NvmlLibrary.Memory(),
                new NvmlLibrary.Utilization(), new NvmlLibrary.ConfComputeSystemState(),
                new NvmlLibrary.ConfComputeGpuCertificate(), new NvmlLibrary.ConfComputeGpuAttestationReport());
        int[] documented = {68, 24, 8, 12, 9224, 12332};
        for (int i = 0; i < structs.size(); i++) {
            assertEquals(documented[i], structs.get(i).size(), structs.get(i).getClass().getSimpleName());
            assertEquals(documented[i], fake.fake_nvml_sizeof(i), "C sizeof #" + i);
        }
        // Offsets as seen in native memory: write a marker through the Java field, read the raw byte.
        NvmlLibrary.PciInfo pci = new NvmlLibrary.PciInfo();
        pci.busId[0] = 0x42;
        pci.write();
        assertEquals(0x42, pci.getPointer().getByte(36));
        NvmlLibrary.ConfComputeGpuAttestationReport report = new NvmlLibrary.ConfComputeGpuAttestationReport();
        report.nonce[0] = 0x11;
        report.attestationReport[0] = 0x22;
        report.write();
        assertEquals(0x11, report.getPointer().getByte(12));
        assertEquals(0x22, report.getPointer().getByte(44));
        NvmlLibrary.ConfComputeGpuCertificate cert = new NvmlLibrary.ConfComputeGpuCertificate();
        cert.attestationCertChain[0] = 0x33;
        cert.write();
        assertEquals(0x33, cert.getPointer().getByte(4104));
    }

    @Test
    void probe_h100AndRtx4090_readsIdentityAndLiveValuesThroughJna() {
        ProbeResult r = probe.probe();

        assertEquals(List.of(), r.problems());
        assertEquals(2, r.chips().size());
        Chip h100 = r.chips().get(0);
        assertEquals("NVIDIA H100 80GB HBM3", h100.name());
        assertEquals("H100 SXM5", h100.model());
        assertEquals("GPU-4b1d6a4e-2f5c-8e1b-93d2-0a1b2c3d4e5f", h100.uuid().orElseThrow());
        assertEquals("1654922001234", h100.serial().orElseThrow());
        assertEquals("0000:3b:00.0", h100.pciAddress().orElseThrow().toString());
        assertEquals(85520809984L, h100.memoryBytes().getAsLong());
        assertEquals("Hopper", h100.architecture().orElseThrow());
        assertEquals(41, h100.temperatureCelsius().getAsInt());
        assertEquals(312.456, h100.powerWatts().getAsDouble(), 1e-9);
        assertEquals(87, h100.utilisationPercent().getAsInt());
        assertEquals("550.90.07", h100.driverVersion().orElseThrow());
        assertEquals(ChipSource.NVML, h100.source());
        assertTrue(h100.attestation().capable(), h100.attestation().reason());

        Chip rtx = r.chips().get(1);
        assertEquals("RTX 4090", rtx.model());
        assertTrue(rtx.serial().isEmpty(), "GeForce boards answer NOT_SUPPORTED for the serial");
        assertEquals("Ada", rtx.architecture().orElseThrow());
        assertFalse(rtx.attestation().capable());
        assertTrue(rtx.attestation().reason().contains("consumer"), rtx.attestation().reason());
    }

    @Test
    void probe_anyOutcome_pairsEveryInitWithOneShutdown() {
        probe.probe();
        probe.probe();

        assertEquals(2, fake.fake_nvml_init_calls());
        assertEquals(2, fake.fake_nvml_shutdown_calls());
    }

    @Test
    void probe_ccModeOff_explainsHowToEnableIt() {
        fake.fake_nvml_reset(FakeNvml.SUCCESS, 1, 0, -1);

        Chip h100 = probe.probe().chips().get(0);

        assertFalse(h100.attestation().capable());
        assertTrue(h100.attestation().reason().startsWith("Confidential Computing mode is off"), h100.attestation().reason());
    }

    @Test
    void probe_driverOlderThanR535_reportsDriverTooOldForAttestationButListsGpus() {
        Path old = FakeNvml.oldDriverLibrary();
        FakeNvml.control(old).fake_nvml_reset(FakeNvml.SUCCESS, 2, 1, -1);

        ProbeResult r = new NvmlChipProbe(NvmlLoader.at(old)).probe();

        assertEquals(2, r.chips().size());
        assertTrue(r.chips().get(0).attestation().reason().contains("too old"), r.chips().get(0).attestation().reason());
    }

    @Test
    void probe_driverNotLoaded_returnsProblemWithRemedyAndNoChips() {
        assertSingleProblem(FakeNvml.DRIVER_NOT_LOADED, ProbeProblem.Kind.DRIVER_NOT_LOADED, "modprobe nvidia");
    }

    @Test
    void probe_libraryDriverVersionMismatch_tellsUserToRestart() {
        ProbeProblem p = assertSingleProblem(FakeNvml.LIB_RM_VERSION_MISMATCH,
                ProbeProblem.Kind.DRIVER_LIBRARY_MISMATCH, "Restart the computer");
        assertTrue(p.explanation().contains("NVML_ERROR_LIB_RM_VERSION_MISMATCH"), p.explanation());
        assertTrue(p.explanation().contains("RM has detected an NVML/RM version mismatch."), p.explanation());
    }

    @Test
    void probe_noPermission_explainsDeviceAccess() {
        assertSingleProblem(FakeNvml.NO_PERMISSION, ProbeProblem.Kind.NO_PERMISSION, "/dev/nvidia*");
    }

    @Test
    void probe_noGpu_reportsNoDevices() {
        fake.fake_nvml_reset(FakeNvml.SUCCESS, 0, 0, -1);

        ProbeResult r = probe.probe();

        assertEquals(List.of(), r.chips());
        assertEquals(ProbeProblem.Kind.NO_DEVICES, r.problems().get(0).kind());
    }

    @Test
    void probe_oneGpuLost_reportsThatGpuAndKeepsTheOther() {
        fake.fake_nvml_reset(FakeNvml.SUCCESS, 2, 1, 0);

        ProbeResult r = probe.probe();

        assertEquals(List.of("RTX 4090"), r.chips().stream().map(Chip::model).toList());
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).explanation().startsWith("GPU 0: A GPU stopped responding"),
                r.problems().get(0).explanation());
    }

    @Test
    void probe_libraryMissing_explainsWhatToInstall(@TempDir Path dir) {
        ProbeResult r = new NvmlChipProbe(NvmlLoader.at(dir.resolve("libnvidia-ml.so.1"))).probe();

        assertEquals(List.of(), r.chips());
        ProbeProblem p = r.problems().get(0);
        assertEquals(ProbeProblem.Kind.LIBRARY_NOT_FOUND, p.kind());
        assertTrue(p.remedy().contains("install NVIDIA's driver"), p.remedy());
    }

    private ProbeProblem assertSingleProblem(int initResult, ProbeProblem.Kind kind, String remedyPart) {
        fake.fake_nvml_reset(initResult, 2, 1, -1);

        ProbeResult r = probe.probe();

        assertEquals(List.of(), r.chips());
        assertEquals(1, r.problems().size());
        ProbeProblem p = r.problems().get(0);
        assertEquals(kind, p.kind());
        assertTrue(p.remedy().contains(remedyPart), p.remedy());
        return p;
    }
}
