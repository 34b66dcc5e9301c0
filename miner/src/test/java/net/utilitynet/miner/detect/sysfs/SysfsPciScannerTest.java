package net.utilitynet.miner.detect.sysfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.utilitynet.miner.detect.Chip;
import net.utilitynet.miner.detect.ChipSource;
import net.utilitynet.miner.detect.ProbeProblem;
import net.utilitynet.miner.detect.ProbeResult;

class SysfsPciScannerTest {
    @TempDir
    Path root;

    @Test
    void probe_emptyMachine_findsNoChipsAndNoProblems() {
        new FakeSysfs(root).pci("0000:00:00.0", "0x8086", "0x9b33", "0x060000", null);

        ProbeResult r = new SysfsPciScanner(root).probe();

        assertEquals(List.of(), r.chips());
        assertEquals(List.of(), r.problems());
    }

    @Test
    void probe_rootWithoutSysfs_reportsWhereItLookedAndWhatToDo() {
        ProbeResult r = new SysfsPciScanner(root.resolve("nothing-here")).probe();

        assertEquals(List.of(), r.chips());
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).explanation().contains("nothing-here"), r.problems().get(0).toString());
        assertFalse(r.problems().get(0).remedy().isBlank());
    }

    @Test
    void probe_oneH100_findsItWithModelDriverAndVersion() {
        new FakeSysfs(root)
                .pci("0000:00:00.0", "0x8086", "0x09a2", "0x060000", null)
                .pci("0000:3b:00.0", "0x10de", "0x2330", "0x030200", "nvidia")
                .moduleVersion("nvidia", "550.90.07");

        ProbeResult r = new SysfsPciScanner(root).probe();

        assertEquals(1, r.chips().size(), r.toString());
        Chip h100 = r.chips().get(0);
        assertEquals("NVIDIA", h100.vendor());
        assertEquals("H100 SXM5", h100.model());
        assertEquals("0000:3b:00.0", h100.pciAddress().orElseThrow().toString());
        assertEquals("nvidia", h100.driver().orElseThrow());
        assertEquals("550.90.07", h100.driverVersion().orElseThrow());
        assertEquals(ChipSource.SYSFS, h100.source());
        assertFalse(h100.attestation().capable());
        assertTrue(h100.attestation().reason().contains("NVML"), h100.attestation().reason());
        assertEquals(List.of(), r.problems());
    }

    @Test
    void probe_mixedAmdGaudiTpuMachine_findsEachAcceleratorAndSkipsOtherDevices() {
        new FakeSysfs(root)
                .pci("0000:05:00.0", "0x1002", "0x74a1", "0x120000", "amdgpu")
                .file("0000:05:00.0", "mem_info_vram_total", "206158430208\n")
                .pci("0000:05:00.1", "0x1002", "0xab38", "0x040300", "snd_hda_intel")
                .pci("0000:1a:00.0", "0x1da3", "0x1060", "0x120000", "habanalabs")
                .accel("accel0", "0000:1a:00.0")
                .pci("0000:00:04.0", "0x1ae0", "0x0063", "0x088000", "vfio-pci")
                .pci("0000:00:05.0", "0x1ae0", "0x0027", "0x088000", null)
                .file("0000:00:05.0", "subsystem_device", "0x004f\n")
                .pci("0000:00:06.0", "0x1ae0", "0x0042", "0x020000", "gvnic")
                .pci("0000:00:02.0", "0x8086", "0x9a49", "0x030000", "i915")
                .pci("0000:00:0b.0", "0x8086", "0x7d1d", "0x120000", "intel_vpu")
                .pci("0000:c1:00.0", "0x1e52", "0x401e", "0x120000", "tenstorrent");

        List<Chip> chips = new SysfsPciScanner(root).probe().chips();

        assertEquals(List.of("TPU v5e", "TPU v3", "Meteor Lake NPU", "AMD device 0x74a1", "Gaudi 3", "Wormhole"),
                chips.stream().map(Chip::model).toList());
        Chip amd = chips.get(3);
        assertEquals(206158430208L, amd.memoryBytes().getAsLong());
        assertTrue(amd.attestation().reason().startsWith("AMD has no chip attestation"), amd.attestation().reason());
        Chip gaudi = chips.get(4);
        assertEquals("Intel Habana", gaudi.vendor());
        assertEquals("/dev/accel/accel0", gaudi.deviceNode().orElseThrow());
        assertEquals("habanalabs", gaudi.driver().orElseThrow());
    }

    @Test
    void probe_unreadableVendorFile_skipsThatDeviceWithProblemAndKeepsOthers() throws IOException {
        FakeSysfs fake = new FakeSysfs(root)
                .pci("0000:3b:00.0", "0x10de", "0x2330", "0x030200", "nvidia")
                .pci("0000:3c:00.0", "0x10de", "0x2331", "0x030200", "nvidia");
        // A directory where a file should be fails like an unreadable file, also when tests run as root.
        Path vendor = fake.root.resolve("sys/bus/pci/devices/0000:3b:00.0/vendor");
        Files.delete(vendor);
        Files.createDirectory(vendor);

        ProbeResult r = new SysfsPciScanner(root).probe();

        assertEquals(List.of("H100 PCIe"), r.chips().stream().map(Chip::model).toList());
        assertEquals(1, r.problems().size());
        ProbeProblem p = r.problems().get(0);
        assertEquals(ProbeProblem.Kind.UNREADABLE, p.kind());
        assertTrue(p.explanation().contains("0000:3b:00.0/vendor"), p.explanation());
    }

    @Test
    void probe_garbageInIdFiles_skipsThoseDevicesNamingFileAndContent() {
        new FakeSysfs(root)
                .pci("0000:01:00.0", "hello", "0x2330", "0x030200", null)
                .pci("0000:02:00.0", "0x10de", "0x2330", "\u0000\u0001\u00ff", null)
                .pci("0000:03:00.0", "0x10de", "", "0x030200", null)
                .pci("0000:04:00.0", "0x10de", "0x2331", "0x030200", null);

        ProbeResult r = new SysfsPciScanner(root).probe();

        assertEquals(List.of("H100 PCIe"), r.chips().stream().map(Chip::model).toList());
        assertEquals(3, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).explanation().contains("\"hello\""), r.problems().get(0).explanation());
        assertTrue(r.problems().stream().allMatch(p -> p.kind() == ProbeProblem.Kind.UNREADABLE));
    }

    @Test
    void probe_accelNodesWithoutPciParent_listsThemAsAccelChips() {
        new FakeSysfs(root)
                .accel("accel1", "ethosu")
                .devAccel("accel2");

        List<Chip> chips = new SysfsPciScanner(root).probe().chips();

        assertEquals(List.of("/dev/accel/accel1", "/dev/accel/accel2"),
                chips.stream().map(c -> c.deviceNode().orElseThrow()).toList());
        assertTrue(chips.stream().allMatch(c -> c.source() == ChipSource.ACCEL && !c.attestation().capable()));
    }
}
