package net.utilitynet.miner.detect.nvml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.utilitynet.miner.detect.Chip;
import net.utilitynet.miner.detect.ChipProbe;
import net.utilitynet.miner.detect.ChipSource;
import net.utilitynet.miner.detect.PciAddress;
import net.utilitynet.miner.detect.PciIds;
import net.utilitynet.miner.detect.ProbeProblem;
import net.utilitynet.miner.detect.ProbeResult;
import net.utilitynet.miner.detect.nvml.NvmlSession.ConfComputeMode;

/**
 * Lists NVIDIA GPUs through NVML with their identity and live readings. Never throws: a missing
 * library, an unloaded driver, a driver/library mismatch or a permission error becomes one
 * {@link ProbeProblem}; a GPU that fails to answer becomes a problem for that GPU only; a reading a
 * GPU does not support (serial on GeForce, power on some boards) is simply left empty.
 */
public final class NvmlChipProbe implements ChipProbe {
    private final NvmlLoader loader;

    public NvmlChipProbe(NvmlLoader loader) {
        this.loader = loader;
    }

    @Override
    public ProbeResult probe() {
        try (NvmlSession nvml = NvmlSession.open(loader)) {
            return probe(nvml);
        } catch (NvmlException e) {
            return ProbeResult.failed(e.problem());
        }
    }

    private ProbeResult probe(NvmlSession nvml) throws NvmlException {
        String driverVersion = optional(nvml::driverVersion).orElse(null);
        ConfComputeMode cc = nvml.confComputeMode();
        int count = nvml.deviceCount();
        List<Chip> chips = new ArrayList<>();
        List<ProbeProblem> problems = new ArrayList<>();
        if (count == 0) {
            problems.add(new ProbeProblem(ChipSource.NVML, ProbeProblem.Kind.NO_DEVICES,
                    "The NVIDIA driver is installed but reports no GPU.",
                    "Check that the GPU is seated and powered and that it is not passed through to a virtual machine."));
        }
        for (int i = 0; i < count; i++) {
            try {
                chips.add(readChip(nvml.device(i), driverVersion, cc));
            } catch (NvmlException e) {
                ProbeProblem p = e.problem();
                problems.add(new ProbeProblem(p.source(), p.kind(), "GPU " + i + ": " + p.explanation(), p.remedy()));
            }
        }
        return new ProbeResult(chips, problems);
    }

    private static Chip readChip(NvmlDevice gpu, String driverVersion, ConfComputeMode cc) throws NvmlException {
        String name = gpu.name();
        NvmlLibrary.PciInfo pci = gpu.pciInfo();
        int arch = gpu.architecture();
        int deviceId = pci.pciDeviceId >>> 16;
        Chip.Builder chip = Chip.builder("NVIDIA", name, ChipSource.NVML)
                .model(PciIds.model(PciIds.NVIDIA, deviceId, pci.pciSubSystemId >>> 16).orElseGet(() -> shortName(name)))
                .uuid(gpu.uuid())
                .serial(optional(gpu::serial).orElse(null))
                .pciAddress(PciAddress.parse(NvmlSession.cString(pci.busId)).orElse(null))
                .memoryBytes(gpu.memory().total)
                .architecture(NvidiaArchitecture.name(arch))
                .driver("nvidia")
                .driverVersion(driverVersion)
                .attestation(NvidiaArchitecture.attestation(arch, name, cc));
        optional(gpu::temperatureCelsius).ifPresent(chip::temperatureCelsius);
        optional(gpu::powerMilliwatts).ifPresent(mw -> chip.powerWatts(mw / 1000.0));
        optional(gpu::utilization).ifPresent(u -> chip.utilisationPercent(u.gpu));
        return chip.build();
    }

    /** "NVIDIA GeForce RTX 4090" → "RTX 4090": the rating-table key when the PCI id is not in our table. */
    static String shortName(String nvmlName) {
        return nvmlName.replaceFirst("^NVIDIA\\s+", "").replaceFirst("^GeForce\\s+", "").trim();
    }

    private interface Reading<T> {
        T read() throws NvmlException;
    }

    private static <T> Optional<T> optional(Reading<T> reading) {
        try {
            return Optional.of(reading.read());
        } catch (NvmlException e) {
            return Optional.empty();
        }
    }
}
