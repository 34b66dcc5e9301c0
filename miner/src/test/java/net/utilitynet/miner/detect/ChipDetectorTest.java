package net.utilitynet.miner.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChipDetectorTest {
    private static final PciAddress H100_AT = PciAddress.parse("00000000:3B:00.0").orElseThrow();

    @Test
    void detect_gpuSeenByNvmlAndSysfs_appearsOnceWithNvmlDetailsAndSysfsNode() {
        Chip fromNvml = Chip.builder("NVIDIA", "NVIDIA H100 80GB HBM3", ChipSource.NVML).model("H100 SXM5")
                .pciAddress(H100_AT).temperatureCelsius(41).build();
        Chip fromSysfs = Chip.builder("NVIDIA", "H100 SXM5", ChipSource.SYSFS)
                .pciAddress(PciAddress.parse("0000:3b:00.0").orElseThrow()).driver("nvidia").build();
        Chip gaudi = Chip.builder("Intel Habana", "Gaudi 3", ChipSource.SYSFS)
                .pciAddress(PciAddress.parse("0000:1a:00.0").orElseThrow()).deviceNode("/dev/accel/accel0").build();
        ProbeProblem nvmlNote = new ProbeProblem(ChipSource.NVML, ProbeProblem.Kind.NO_DEVICES, "x", "y");

        ProbeResult r = new ChipDetector(List.<ChipProbe>of(
                () -> new ProbeResult(List.of(fromNvml), List.of(nvmlNote)),
                () -> new ProbeResult(List.of(fromSysfs, gaudi), List.of()))).detect();

        assertEquals(2, r.chips().size());
        Chip h100 = r.chips().get(0);
        assertEquals(ChipSource.NVML, h100.source());
        assertEquals(41, h100.temperatureCelsius().getAsInt());
        assertEquals("nvidia", h100.driver().orElseThrow());
        assertEquals("Gaudi 3", r.chips().get(1).model());
        assertEquals(List.of(nvmlNote), r.problems());
    }

    @Test
    void detect_chipsWithoutPciAddress_areNeverMerged() {
        Chip a = Chip.builder("Unknown vendor", "Compute accelerator /dev/accel/accel1", ChipSource.ACCEL).build();
        Chip b = Chip.builder("Unknown vendor", "Compute accelerator /dev/accel/accel2", ChipSource.ACCEL).build();

        ProbeResult r = new ChipDetector(List.<ChipProbe>of(() -> new ProbeResult(List.of(a, b), List.of()))).detect();

        assertEquals(2, r.chips().size());
    }

    @Test
    void parse_nvmlAndSysfsForms_giveTheSameAddress() {
        assertEquals(H100_AT, PciAddress.parse("0000:3b:00.0").orElseThrow());
        assertEquals("0000:3b:00.0", H100_AT.toString());
        assertEquals(true, PciAddress.parse("not-an-address").isEmpty());
    }
}
