package net.utilitynet.miner.detect.sysfs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

import net.utilitynet.miner.detect.AttestationSupport;
import net.utilitynet.miner.detect.Chip;
import net.utilitynet.miner.detect.ChipProbe;
import net.utilitynet.miner.detect.ChipSource;
import net.utilitynet.miner.detect.PciAddress;
import net.utilitynet.miner.detect.PciIds;
import net.utilitynet.miner.detect.ProbeProblem;
import net.utilitynet.miner.detect.ProbeResult;

/**
 * Finds accelerators of every vendor from Linux sysfs: PCI functions under
 * {@code <root>/sys/bus/pci/devices} (vendor, device, class, driver link) and compute-accelerator
 * nodes under {@code <root>/sys/class/accel} and {@code <root>/dev/accel}. The root is a setting so
 * tests and {@code --sysfs-root} can point it at a fake tree. A file that cannot be read or holds
 * garbage skips that one device with a problem; the scan itself never throws.
 */
public final class SysfsPciScanner implements ChipProbe {
    private static final String NO_ATTESTATION = "%s has no chip attestation that UtilityNet can verify yet, "
            + "so this chip is shown but cannot register for mining.";
    private static final String NVIDIA_WITHOUT_NVML = "This NVIDIA GPU was found in the PCI list only: the NVIDIA "
            + "management library (NVML) did not report it, so its Confidential Computing support cannot be checked. "
            + "Install or repair the NVIDIA driver, then detect again.";

    private final Path root;

    /** @param root the directory that holds {@code sys/} and {@code dev/}; {@code /} on a real machine */
    public SysfsPciScanner(Path root) {
        this.root = root;
    }

    @Override
    public ProbeResult probe() {
        Path pciDevices = root.resolve("sys/bus/pci/devices");
        List<ProbeProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(pciDevices)) {
            boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
            problems.add(new ProbeProblem(ChipSource.SYSFS,
                    linux ? ProbeProblem.Kind.UNREADABLE : ProbeProblem.Kind.UNSUPPORTED_PLATFORM,
                    "There is no PCI device list at " + pciDevices + ".",
                    linux ? "Check that /sys is mounted, or point --sysfs-root at a directory that contains sys/bus/pci/devices."
                          : "The PCI scan works on Linux only; on this system only NVIDIA GPUs (through NVML) are detected."));
        }
        Map<PciAddress, String> accelNodes = new HashMap<>();
        List<Chip> chips = new ArrayList<>();
        List<Chip> orphanAccel = scanAccelClass(accelNodes, problems);
        if (Files.isDirectory(pciDevices)) {
            for (Path dir : sortedEntries(pciDevices, "*", problems)) {
                readPciFunction(dir, accelNodes, problems).ifPresent(chips::add);
            }
        }
        chips.addAll(orphanAccel);
        chips.addAll(devAccelWithoutSysfs(chips, problems));
        return new ProbeResult(chips, problems);
    }

    private Optional<Chip> readPciFunction(Path dir, Map<PciAddress, String> accelNodes, List<ProbeProblem> problems) {
        String name = dir.getFileName().toString();
        Optional<PciAddress> address = PciAddress.parse(name);
        if (address.isEmpty()) {
            return Optional.empty(); // not a PCI function entry
        }
        OptionalInt vendor = hexFile(dir, "vendor", problems);
        OptionalInt device = hexFile(dir, "device", problems);
        OptionalInt pciClass = hexFile(dir, "class", problems);
        if (vendor.isEmpty() || device.isEmpty() || pciClass.isEmpty()) {
            return Optional.empty();
        }
        int v = vendor.getAsInt();
        int d = device.getAsInt();
        if (!PciIds.isAccelerator(v, d, pciClass.getAsInt())) {
            return Optional.empty();
        }
        // Optional: only TPU v2/v3 need it, and a bad value must not drop the device.
        int subsystem = readText(dir.resolve("subsystem_device")).flatMap(SysfsPciScanner::parseHex).orElse(-1);
        String vendorName = PciIds.vendorName(v).orElseThrow();
        String model = PciIds.modelOrGeneric(v, d, subsystem);
        Chip.Builder chip = Chip.builder(vendorName, model, ChipSource.SYSFS)
                .pciAddress(address.get())
                .deviceNode(accelNodes.get(address.get()))
                .attestation(v == PciIds.NVIDIA
                        ? AttestationSupport.unavailable(AttestationSupport.Cause.NVIDIA_WITHOUT_NVML, "", NVIDIA_WITHOUT_NVML)
                        : AttestationSupport.unavailable(AttestationSupport.Cause.VENDOR_UNSUPPORTED, vendorName,
                                String.format(NO_ATTESTATION, vendorName)));
        driverName(dir).ifPresent(driver -> {
            chip.driver(driver);
            readText(root.resolve("sys/module").resolve(driver).resolve("version")).ifPresent(chip::driverVersion);
        });
        readText(dir.resolve("mem_info_vram_total")).flatMap(SysfsPciScanner::parseLong).ifPresent(chip::memoryBytes);
        return Optional.of(chip.build());
    }

    /** Maps accel nodes to their PCI function; returns accel nodes whose parent is not PCI. */
    private List<Chip> scanAccelClass(Map<PciAddress, String> accelNodes, List<ProbeProblem> problems) {
        Path accelClass = root.resolve("sys/class/accel");
        List<Chip> orphans = new ArrayList<>();
        if (!Files.isDirectory(accelClass)) {
            return orphans;
        }
        for (Path node : sortedEntries(accelClass, "accel*", problems)) {
            String devNode = "/dev/accel/" + node.getFileName();
            Optional<PciAddress> parent = linkTarget(node.resolve("device")).flatMap(PciAddress::parse);
            if (parent.isPresent()) {
                accelNodes.put(parent.get(), devNode);
            } else {
                orphans.add(accelOnlyChip(devNode, driverName(node.resolve("device"))));
            }
        }
        return orphans;
    }

    /** /dev/accel nodes with no sysfs entry at all (e.g. a container that sees /dev but not /sys). */
    private List<Chip> devAccelWithoutSysfs(List<Chip> known, List<ProbeProblem> problems) {
        Path devAccel = root.resolve("dev/accel");
        List<Chip> extra = new ArrayList<>();
        if (!Files.isDirectory(devAccel)) {
            return extra;
        }
        for (Path node : sortedEntries(devAccel, "accel*", problems)) {
            String devNode = "/dev/accel/" + node.getFileName();
            boolean seen = known.stream().anyMatch(c -> c.deviceNode().filter(devNode::equals).isPresent());
            if (!seen) {
                extra.add(accelOnlyChip(devNode, Optional.empty()));
            }
        }
        return extra;
    }

    private static Chip accelOnlyChip(String devNode, Optional<String> driver) {
        return Chip.builder("Unknown vendor", "Compute accelerator " + devNode, ChipSource.ACCEL)
                .deviceNode(devNode)
                .driver(driver.orElse(null))
                .attestation(AttestationSupport.unavailable(AttestationSupport.Cause.ACCEL_NODE_ONLY, devNode,
                        "This accelerator was found only as " + devNode + "; its vendor and model are unknown, so it can be shown but not registered."))
                .build();
    }

    private static OptionalInt hexFile(Path dir, String file, List<ProbeProblem> problems) {
        Path path = dir.resolve(file);
        String text;
        try {
            text = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1).trim();
        } catch (IOException | RuntimeException e) {
            problems.add(unreadable(path, "could not be read (" + e.getClass().getSimpleName() + ")"));
            return OptionalInt.empty();
        }
        Optional<Integer> value = parseHex(text);
        if (value.isEmpty()) {
            problems.add(unreadable(path, "holds \"" + abbreviate(text) + "\", not a hexadecimal id"));
            return OptionalInt.empty();
        }
        return OptionalInt.of(value.get());
    }

    /** sysfs ids are written as 0x%04x / 0x%06x. */
    private static Optional<Integer> parseHex(String text) {
        String digits = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text;
        return digits.matches("[0-9a-fA-F]{1,8}") ? Optional.of((int) Long.parseLong(digits, 16)) : Optional.empty();
    }

    private static ProbeProblem unreadable(Path path, String what) {
        return new ProbeProblem(ChipSource.SYSFS, ProbeProblem.Kind.UNREADABLE,
                path + " " + what + "; that device is skipped.",
                "Other devices are still listed. If this is a real machine, check the kernel log for PCI errors.");
    }

    private static Optional<String> driverName(Path dir) {
        return linkTarget(dir.resolve("driver"));
    }

    private static Optional<String> linkTarget(Path link) {
        try {
            return Files.isSymbolicLink(link)
                    ? Optional.of(Files.readSymbolicLink(link).getFileName().toString()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> readText(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String s = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).trim();
            return s.isEmpty() ? Optional.empty() : Optional.of(s);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> parseLong(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<Path> sortedEntries(Path dir, String glob, List<ProbeProblem> problems) {
        TreeMap<String, Path> sorted = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, glob)) {
            entries.forEach(p -> sorted.put(p.getFileName().toString(), p));
        } catch (IOException | RuntimeException e) {
            problems.add(new ProbeProblem(ChipSource.SYSFS, ProbeProblem.Kind.UNREADABLE,
                    dir + " could not be listed (" + e.getClass().getSimpleName() + ").",
                    "Run detection as a user that may read " + dir + "."));
        }
        return new ArrayList<>(sorted.values());
    }

    private static String abbreviate(String s) {
        String printable = s.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() > 24 ? printable.substring(0, 24) + "…" : printable;
    }
}
