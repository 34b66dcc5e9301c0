package net.utilitynet.miner.detect.nvml;

import java.util.Locale;
import java.util.Map;

import net.utilitynet.miner.detect.AttestationSupport;
import net.utilitynet.miner.detect.nvml.NvmlSession.ConfComputeMode;

/**
 * NVIDIA architecture names ({@code NVML_DEVICE_ARCH_*}) and what each means for attestation:
 * only Hopper and Blackwell data-center GPUs in Confidential Computing mode can sign an
 * attestation report (chips-and-attestation.md, key conclusion 1 and §1.6).
 */
final class NvidiaArchitecture {
    static final int HOPPER = 9;
    static final int BLACKWELL = 10;
    private static final Map<Integer, String> NAMES = Map.of(2, "Kepler", 3, "Maxwell", 4, "Pascal", 5, "Volta",
            6, "Turing", 7, "Ampere", 8, "Ada", HOPPER, "Hopper", BLACKWELL, "Blackwell", 13, "Rubin");

    private NvidiaArchitecture() {
    }

    static String name(int arch) {
        return NAMES.getOrDefault(arch, "unknown (" + Integer.toUnsignedString(arch) + ")");
    }

    static AttestationSupport attestation(int arch, String gpuName, ConfComputeMode cc) {
        if (arch != HOPPER && arch != BLACKWELL) {
            if (isConsumer(gpuName)) {
                return AttestationSupport.unavailable(AttestationSupport.Cause.NVIDIA_CONSUMER, "", "This is a consumer or workstation GPU. NVIDIA offers hardware "
                        + "attestation only on Confidential Computing data-center GPUs (H100, H200, Blackwell), so "
                        + "this GPU is shown but cannot register for mining.");
            }
            return AttestationSupport.unavailable(AttestationSupport.Cause.NVIDIA_ARCHITECTURE, name(arch), name(arch) + " GPUs have no NVIDIA attestation that UtilityNet can "
                    + "verify (only Hopper and Blackwell in Confidential Computing mode), so this GPU is shown but "
                    + "cannot register for mining.");
        }
        return switch (cc) {
            case ON -> AttestationSupport.capable(AttestationSupport.Cause.NVIDIA_CC_ON, "NVIDIA Confidential Computing: the GPU signs an SPDM attestation "
                    + "report with its factory-certified key.");
            case OFF -> AttestationSupport.unavailable(AttestationSupport.Cause.NVIDIA_CC_OFF, "", "Confidential Computing mode is off. Attestation needs the GPU "
                    + "in CC mode inside a confidential VM (AMD SEV-SNP or Intel TDX). An administrator can switch it "
                    + "on with NVIDIA's gpu-admin-tools (--set-cc-mode=on) and restart the VM.");
            case DRIVER_TOO_OLD -> AttestationSupport.unavailable(AttestationSupport.Cause.NVIDIA_DRIVER_TOO_OLD, "", "The NVIDIA driver is too old to report Confidential "
                    + "Computing. Install data-center driver R535 or newer.");
            case UNAVAILABLE -> AttestationSupport.unavailable(AttestationSupport.Cause.NVIDIA_CC_UNKNOWN, "", "The driver could not report the Confidential Computing "
                    + "state of this system. Check that the GPU runs with NVIDIA's data-center driver in a "
                    + "confidential VM.");
        };
    }

    private static boolean isConsumer(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("geforce") || n.contains("rtx") || n.contains("titan") || n.contains("quadro");
    }
}
