package net.utilitynet.miner.detect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import net.utilitynet.miner.detect.nvml.NvmlChipProbe;
import net.utilitynet.miner.detect.nvml.NvmlLoader;
import net.utilitynet.miner.detect.sysfs.SysfsPciScanner;

/**
 * Runs every detection source and merges what they found. Sources are given in order of trust:
 * when two report the same PCI function (an NVIDIA GPU is seen by NVML and by the sysfs scan),
 * the first one's chip is kept and only gaps in it (driver, device node) are filled from the later.
 */
public final class ChipDetector {
    private final List<ChipProbe> probes;

    /** @param probes most detailed first, e.g. {@code NvmlChipProbe}, then {@code SysfsPciScanner} */
    public ChipDetector(List<ChipProbe> probes) {
        this.probes = List.copyOf(probes);
    }

    /** NVML first, then the sysfs PCI scan under {@code sysfsRoot} ({@code /} on a real machine). */
    public static ChipDetector forThisMachine(Path sysfsRoot) {
        return new ChipDetector(List.of(new NvmlChipProbe(NvmlLoader.forThisSystem()), new SysfsPciScanner(sysfsRoot)));
    }

    /** {@link #detect()} on {@code executor} (native calls and file reads: never on the UI thread). */
    public CompletableFuture<ProbeResult> detectAsync(Executor executor) {
        return CompletableFuture.supplyAsync(this::detect, executor);
    }

    public ProbeResult detect() {
        List<Chip> merged = new ArrayList<>();
        Map<PciAddress, Integer> byAddress = new HashMap<>();
        List<ProbeProblem> problems = new ArrayList<>();
        for (ChipProbe probe : probes) {
            ProbeResult result = probe.probe();
            problems.addAll(result.problems());
            for (Chip chip : result.chips()) {
                Optional<PciAddress> address = chip.pciAddress();
                Integer seen = address.map(byAddress::get).orElse(null);
                if (seen == null) {
                    address.ifPresent(a -> byAddress.put(a, merged.size()));
                    merged.add(chip);
                } else {
                    merged.set(seen, fillGaps(merged.get(seen), chip));
                }
            }
        }
        return new ProbeResult(merged, problems);
    }

    private static Chip fillGaps(Chip kept, Chip other) {
        Chip.Builder b = kept.toBuilder();
        if (kept.driver().isEmpty()) {
            other.driver().ifPresent(b::driver);
        }
        if (kept.deviceNode().isEmpty()) {
            other.deviceNode().ifPresent(b::deviceNode);
        }
        if (kept.memoryBytes().isEmpty() && other.memoryBytes().isPresent()) {
            b.memoryBytes(other.memoryBytes().getAsLong());
        }
        return b.build();
    }
}
