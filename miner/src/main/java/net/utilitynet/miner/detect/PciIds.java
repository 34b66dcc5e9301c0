package net.utilitynet.miner.detect;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Accelerator vendors and the device ids whose model is confirmed by a source
 * (chips-and-attestation.md §3.1). Shared by the sysfs scan and NVML so one GPU gets the same
 * model name from either. Ids the notes do not confirm are deliberately absent: those chips show as
 * "&lt;vendor&gt; device 0x…" and stay unrated rather than being guessed.
 */
public final class PciIds {
    public static final int NVIDIA = 0x10de;
    public static final int AMD = 0x1002;
    public static final int INTEL = 0x8086;
    public static final int HABANA = 0x1da3;
    public static final int GOOGLE = 0x1ae0;
    public static final int TENSTORRENT = 0x1e52;
    public static final int HUAWEI = 0x19e5;
    public static final int QUALCOMM = 0x17cb;

    /** How strictly a vendor's PCI functions are taken to be accelerators. */
    enum Match {
        /** Any function of an accelerator class (display, co-processor, processing accelerator). */
        ACCELERATOR_CLASS,
        /** Only processing accelerators, co-processors and non-VGA display (skips integrated graphics). */
        NO_VGA,
        /** Only device ids listed below (the vendor also makes network or storage parts of unknown class). */
        KNOWN_DEVICES
    }

    record Vendor(String name, Match match) {
    }

    private static final Map<Integer, Vendor> VENDORS = Map.ofEntries(
            Map.entry(NVIDIA, new Vendor("NVIDIA", Match.ACCELERATOR_CLASS)),
            Map.entry(AMD, new Vendor("AMD", Match.ACCELERATOR_CLASS)),
            Map.entry(INTEL, new Vendor("Intel", Match.NO_VGA)),
            Map.entry(HABANA, new Vendor("Intel Habana", Match.ACCELERATOR_CLASS)),
            Map.entry(GOOGLE, new Vendor("Google", Match.KNOWN_DEVICES)),
            Map.entry(TENSTORRENT, new Vendor("Tenstorrent", Match.ACCELERATOR_CLASS)),
            Map.entry(HUAWEI, new Vendor("Huawei", Match.ACCELERATOR_CLASS)),
            Map.entry(0xcabc, new Vendor("Cambricon", Match.ACCELERATOR_CLASS)),
            Map.entry(QUALCOMM, new Vendor("Qualcomm", Match.KNOWN_DEVICES)),
            Map.entry(0x1ed5, new Vendor("Moore Threads", Match.ACCELERATOR_CLASS)),
            Map.entry(0x1e3e, new Vendor("Iluvatar", Match.ACCELERATOR_CLASS)),
            Map.entry(0x9999, new Vendor("MetaX", Match.ACCELERATOR_CLASS)),
            Map.entry(0x1d94, new Vendor("Hygon", Match.ACCELERATOR_CLASS)),
            Map.entry(0x1ded, new Vendor("T-Head", Match.ACCELERATOR_CLASS)),
            Map.entry(0x1d95, new Vendor("Graphcore", Match.ACCELERATOR_CLASS)),
            Map.entry(0x1de0, new Vendor("Groq", Match.ACCELERATOR_CLASS)),
            Map.entry(0x1e36, new Vendor("Enflame", Match.ACCELERATOR_CLASS)));

    private static final Map<Long, String> MODELS = Map.ofEntries(
            model(NVIDIA, 0x2330, "H100 SXM5"),
            model(NVIDIA, 0x2331, "H100 PCIe"),
            model(INTEL, 0x7d1d, "Meteor Lake NPU"),
            model(INTEL, 0xad1d, "Arrow Lake NPU"),
            model(INTEL, 0x643e, "Lunar Lake NPU"),
            model(INTEL, 0xb03e, "Panther Lake NPU"),
            model(HABANA, 0x0001, "Goya"),
            model(HABANA, 0x1000, "Gaudi"),
            model(HABANA, 0x1010, "Gaudi"),
            model(HABANA, 0x1001, "Gaudi HL-2000M"),
            model(HABANA, 0x1011, "Gaudi HL-2000M"),
            model(HABANA, 0x1020, "Gaudi 2"),
            model(HABANA, 0x1021, "Gaudi 2"),
            model(HABANA, 0x1060, "Gaudi 3"),
            model(HABANA, 0x1062, "Gaudi 3"),
            model(HABANA, 0x1063, "Gaudi 3"),
            model(GOOGLE, 0x0027, "TPU v2/v3"),
            model(GOOGLE, 0x005e, "TPU v4"),
            model(GOOGLE, 0x0056, "TPU v4 lite"),
            model(GOOGLE, 0x0063, "TPU v5e"),
            model(GOOGLE, 0x0062, "TPU v5p"),
            model(GOOGLE, 0x006f, "TPU v6e"),
            model(GOOGLE, 0x0076, "TPU 7x"),
            model(TENSTORRENT, 0xfaca, "Grayskull"),
            model(TENSTORRENT, 0x401e, "Wormhole"),
            model(TENSTORRENT, 0xb140, "Blackhole"),
            model(QUALCOMM, 0xa100, "Cloud AI 100"),
            model(QUALCOMM, 0xa080, "Cloud AI 080"));

    /** TPU v2 and v3 share device 0x0027 and differ by subsystem device id. */
    private static final int TPU_V2_V3 = 0x0027;

    private PciIds() {
    }

    public static Optional<String> vendorName(int vendorId) {
        Vendor v = VENDORS.get(vendorId);
        return v == null ? Optional.empty() : Optional.of(v.name());
    }

    /** The confirmed model name for a device, if any. */
    public static Optional<String> model(int vendorId, int deviceId, int subsystemDeviceId) {
        if (vendorId == GOOGLE && deviceId == TPU_V2_V3) {
            if (subsystemDeviceId == 0x004e) {
                return Optional.of("TPU v2");
            }
            if (subsystemDeviceId == 0x004f) {
                return Optional.of("TPU v3");
            }
        }
        return Optional.ofNullable(MODELS.get(key(vendorId, deviceId)));
    }

    /** Model name for display and ratings: confirmed name, else "&lt;vendor&gt; device 0x&lt;id&gt;". */
    public static String modelOrGeneric(int vendorId, int deviceId, int subsystemDeviceId) {
        return model(vendorId, deviceId, subsystemDeviceId).orElseGet(() -> vendorName(vendorId)
                .orElse(String.format(Locale.ROOT, "Vendor 0x%04x", vendorId))
                + String.format(Locale.ROOT, " device 0x%04x", deviceId));
    }

    /** True if this PCI function is an AI accelerator we should list. */
    public static boolean isAccelerator(int vendorId, int deviceId, int pciClass) {
        Vendor v = VENDORS.get(vendorId);
        if (v == null) {
            return false;
        }
        if (MODELS.containsKey(key(vendorId, deviceId))) {
            return true;
        }
        int baseAndSub = pciClass >>> 8;
        int base = pciClass >>> 16;
        return switch (v.match()) {
            case KNOWN_DEVICES -> false;
            case NO_VGA -> base == 0x12 || baseAndSub == 0x0b40 || baseAndSub == 0x0302 || baseAndSub == 0x0380;
            case ACCELERATOR_CLASS -> base == 0x03 || base == 0x12 || baseAndSub == 0x0b40;
        };
    }

    private static Map.Entry<Long, String> model(int vendor, int device, String name) {
        return Map.entry(key(vendor, device), name);
    }

    private static long key(int vendor, int device) {
        return ((long) vendor << 16) | device;
    }
}
