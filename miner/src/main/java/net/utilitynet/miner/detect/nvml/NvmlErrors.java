package net.utilitynet.miner.detect.nvml;

import java.util.Map;

import net.utilitynet.miner.detect.ProbeProblem.Kind;

/** Turns {@code nvmlReturn_t} codes (chips-and-attestation.md §1.4) into explanations and remedies. */
final class NvmlErrors {
    static final int UNINITIALIZED = 1;
    static final int INVALID_ARGUMENT = 2;
    static final int NOT_SUPPORTED = 3;
    static final int NO_PERMISSION = 4;
    static final int INSUFFICIENT_SIZE = 7;
    static final int DRIVER_NOT_LOADED = 9;
    static final int LIBRARY_NOT_FOUND = 12;
    static final int FUNCTION_NOT_FOUND = 13;
    static final int GPU_IS_LOST = 15;
    static final int LIB_RM_VERSION_MISMATCH = 18;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0, "SUCCESS"), Map.entry(1, "UNINITIALIZED"), Map.entry(2, "INVALID_ARGUMENT"),
            Map.entry(3, "NOT_SUPPORTED"), Map.entry(4, "NO_PERMISSION"), Map.entry(5, "ALREADY_INITIALIZED"),
            Map.entry(6, "NOT_FOUND"), Map.entry(7, "INSUFFICIENT_SIZE"), Map.entry(8, "INSUFFICIENT_POWER"),
            Map.entry(9, "DRIVER_NOT_LOADED"), Map.entry(10, "TIMEOUT"), Map.entry(11, "IRQ_ISSUE"),
            Map.entry(12, "LIBRARY_NOT_FOUND"), Map.entry(13, "FUNCTION_NOT_FOUND"),
            Map.entry(14, "CORRUPTED_INFOROM"), Map.entry(15, "GPU_IS_LOST"), Map.entry(16, "RESET_REQUIRED"),
            Map.entry(17, "OPERATING_SYSTEM"), Map.entry(18, "LIB_RM_VERSION_MISMATCH"), Map.entry(19, "IN_USE"),
            Map.entry(20, "MEMORY"), Map.entry(21, "NO_DATA"), Map.entry(22, "VGPU_ECC_NOT_SUPPORTED"),
            Map.entry(23, "INSUFFICIENT_RESOURCES"), Map.entry(24, "FREQ_NOT_SUPPORTED"),
            Map.entry(25, "ARGUMENT_VERSION_MISMATCH"), Map.entry(26, "DEPRECATED"), Map.entry(27, "NOT_READY"),
            Map.entry(28, "GPU_NOT_FOUND"), Map.entry(29, "INVALID_STATE"), Map.entry(30, "RESET_TYPE_NOT_SUPPORTED"),
            Map.entry(999, "UNKNOWN"));

    private NvmlErrors() {
    }

    static String name(int code) {
        return "NVML_ERROR_" + NAMES.getOrDefault(code, "code " + code);
    }

    /** @param call the NVML function that failed; {@code libraryMessage} is nvmlErrorString's text */
    static NvmlException of(int code, String call, String libraryMessage) {
        String detail = " (" + call + ": " + name(code) + ", \"" + libraryMessage + "\")";
        return switch (code) {
            case DRIVER_NOT_LOADED -> new NvmlException(code, Kind.DRIVER_NOT_LOADED,
                    "The NVIDIA kernel driver is not loaded" + detail + ".",
                    "Install the NVIDIA driver for your GPU (or load it with 'sudo modprobe nvidia') and try again.");
            case LIB_RM_VERSION_MISMATCH -> new NvmlException(code, Kind.DRIVER_LIBRARY_MISMATCH,
                    "The NVIDIA library and the running kernel driver are from different driver versions, "
                            + "which usually happens after a driver update without a restart" + detail + ".",
                    "Restart the computer. If the message stays, reinstall the NVIDIA driver.");
            case NO_PERMISSION -> new NvmlException(code, Kind.NO_PERMISSION,
                    "This user is not allowed to use the NVIDIA GPUs" + detail + ".",
                    "Give this user access to /dev/nvidia* (often by adding it to the 'video' group, then logging in "
                            + "again), or ask the administrator.");
            case GPU_IS_LOST -> new NvmlException(code, Kind.LIBRARY_ERROR,
                    "A GPU stopped responding to the driver" + detail + ".",
                    "Check the GPU's power and cooling, then restart the computer.");
            default -> new NvmlException(code, Kind.LIBRARY_ERROR,
                    "The NVIDIA management library reported an error" + detail + ".",
                    "Update the NVIDIA driver; if the error stays, report it together with this message.");
        };
    }
}
