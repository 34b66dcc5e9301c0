package net.utilitynet.miner.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

import net.utilitynet.miner.detect.nvml.FakeNvml;
import net.utilitynet.miner.detect.nvml.NvmlChipProbe;
import net.utilitynet.miner.detect.nvml.NvmlLoader;
import net.utilitynet.miner.detect.sysfs.FakeSysfs;
import net.utilitynet.miner.detect.sysfs.SysfsPciScanner;

/** Both real probes together: the fake NVML test library and a fake sysfs tree describing the same machine. */
@ResourceLock(FakeNvml.RESOURCE_LOCK)
class ChipDetectorWithProbesTest {

    @Test
    void detect_h100InNvmlAndSysfsPlusGaudi_listsEachChipOnceWithRatings(@TempDir Path root) throws Exception {
        Path library = FakeNvml.library();
        FakeNvml.control(library).fake_nvml_reset(FakeNvml.SUCCESS, 1, 1, -1);
        new FakeSysfs(root)
                .pci("0000:3b:00.0", "0x10de", "0x2330", "0x030200", "nvidia")
                .pci("0000:1a:00.0", "0x1da3", "0x1060", "0x120000", "habanalabs")
                .accel("accel0", "0000:1a:00.0");
        ChipDetector detector = new ChipDetector(List.of(new NvmlChipProbe(NvmlLoader.at(library)), new SysfsPciScanner(root)));

        ProbeResult r = detector.detectAsync(Runnable::run).get();

        assertEquals(List.of(), r.problems());
        assertEquals(List.of("H100 SXM5 (0000:3b:00.0)", "Gaudi 3 (0000:1a:00.0)"), r.chips().stream().map(Chip::label).toList());
        assertEquals(List.of(ChipSource.NVML, ChipSource.SYSFS), r.chips().stream().map(Chip::source).toList());
        ChipRatings ratings = new ChipRatings(Map.of("H100 SXM5", 989L));
        assertEquals(List.of("989", "unrated"), r.chips().stream().map(ratings::describe).toList());
    }
}
