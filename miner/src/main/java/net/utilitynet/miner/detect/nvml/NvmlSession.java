package net.utilitynet.miner.detect.nvml;

import java.nio.charset.StandardCharsets;

import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

import net.utilitynet.miner.detect.ProbeProblem.Kind;

/**
 * One initialised use of NVML: {@code nvmlInit_v2} on open, {@code nvmlShutdown} on close (NVML is
 * reference counted, so every successful init is paired with one shutdown). Thread-safe, as NVML is.
 */
public final class NvmlSession implements AutoCloseable {
    /** What the driver says about Confidential Computing for the whole system. */
    public enum ConfComputeMode {
        ON,
        OFF,
        /** The driver predates the CC functions (before R535 / NVML 12.2). */
        DRIVER_TOO_OLD,
        /** The query exists but failed (e.g. NOT_SUPPORTED on this system). */
        UNAVAILABLE
    }

    private final NvmlLibrary nvml;
    private boolean open = true;

    private NvmlSession(NvmlLibrary nvml) {
        this.nvml = nvml;
    }

    public static NvmlSession open(NvmlLoader loader) throws NvmlException {
        NvmlLibrary nvml = loader.load();
        int rc;
        try {
            rc = nvml.nvmlInit_v2();
        } catch (UnsatisfiedLinkError e) {
            throw new NvmlException(NvmlErrors.FUNCTION_NOT_FOUND, Kind.DRIVER_TOO_OLD,
                    "The installed NVIDIA library lacks nvmlInit_v2; the driver is too old.",
                    "Update the NVIDIA driver.");
        }
        if (rc != NvmlLibrary.NVML_SUCCESS) {
            throw NvmlErrors.of(rc, "nvmlInit_v2", errorString(nvml, rc));
        }
        return new NvmlSession(nvml);
    }

    public String driverVersion() throws NvmlException {
        byte[] buf = new byte[NvmlLibrary.SYSTEM_DRIVER_VERSION_BUFFER_SIZE];
        check(nvml.nvmlSystemGetDriverVersion(buf, buf.length), "nvmlSystemGetDriverVersion");
        return cString(buf);
    }

    public int deviceCount() throws NvmlException {
        IntByReference count = new IntByReference();
        check(nvml.nvmlDeviceGetCount_v2(count), "nvmlDeviceGetCount_v2");
        return count.getValue();
    }

    public NvmlDevice device(int index) throws NvmlException {
        PointerByReference handle = new PointerByReference();
        check(nvml.nvmlDeviceGetHandleByIndex_v2(index, handle), "nvmlDeviceGetHandleByIndex_v2(" + index + ")");
        return new NvmlDevice(this, nvml, index, handle.getValue());
    }

    public ConfComputeMode confComputeMode() {
        NvmlLibrary.ConfComputeSystemState state = new NvmlLibrary.ConfComputeSystemState();
        int rc;
        try {
            rc = nvml.nvmlSystemGetConfComputeState(state);
        } catch (UnsatisfiedLinkError e) {
            return ConfComputeMode.DRIVER_TOO_OLD;
        }
        if (rc != NvmlLibrary.NVML_SUCCESS) {
            return ConfComputeMode.UNAVAILABLE;
        }
        return state.ccFeature != 0 ? ConfComputeMode.ON : ConfComputeMode.OFF;
    }

    void check(int rc, String call) throws NvmlException {
        if (rc != NvmlLibrary.NVML_SUCCESS) {
            throw NvmlErrors.of(rc, call, errorString(nvml, rc));
        }
    }

    @Override
    public synchronized void close() {
        if (open) {
            open = false;
            nvml.nvmlShutdown(); // nothing useful can be done if shutdown fails
        }
    }

    private static String errorString(NvmlLibrary nvml, int rc) {
        try {
            String s = nvml.nvmlErrorString(rc);
            return s == null ? "" : s;
        } catch (UnsatisfiedLinkError e) {
            return "";
        }
    }

    static String cString(byte[] buf) {
        int n = 0;
        while (n < buf.length && buf[n] != 0) {
            n++;
        }
        return new String(buf, 0, n, StandardCharsets.UTF_8);
    }
}
