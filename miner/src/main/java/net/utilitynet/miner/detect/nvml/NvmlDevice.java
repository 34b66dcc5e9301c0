package net.utilitynet.miner.detect.nvml;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

import net.utilitynet.miner.detect.ProbeProblem.Kind;

/** One GPU handle inside an open {@link NvmlSession}; every call checks NVML's return code. */
public final class NvmlDevice {
    private final NvmlSession session;
    private final NvmlLibrary nvml;
    private final int index;
    private final Pointer handle;

    NvmlDevice(NvmlSession session, NvmlLibrary nvml, int index, Pointer handle) {
        this.session = session;
        this.nvml = nvml;
        this.index = index;
        this.handle = handle;
    }

    public int index() {
        return index;
    }

    public String name() throws NvmlException {
        byte[] buf = new byte[NvmlLibrary.DEVICE_NAME_V2_BUFFER_SIZE];
        session.check(nvml.nvmlDeviceGetName(handle, buf, buf.length), "nvmlDeviceGetName");
        return NvmlSession.cString(buf);
    }

    public String uuid() throws NvmlException {
        byte[] buf = new byte[NvmlLibrary.DEVICE_UUID_V2_BUFFER_SIZE];
        session.check(nvml.nvmlDeviceGetUUID(handle, buf, buf.length), "nvmlDeviceGetUUID");
        return NvmlSession.cString(buf);
    }

    /** Only boards with an inforom have one; most GeForce boards answer NOT_SUPPORTED. */
    public String serial() throws NvmlException {
        byte[] buf = new byte[NvmlLibrary.DEVICE_SERIAL_BUFFER_SIZE];
        session.check(nvml.nvmlDeviceGetSerial(handle, buf, buf.length), "nvmlDeviceGetSerial");
        return NvmlSession.cString(buf);
    }

    public NvmlLibrary.PciInfo pciInfo() throws NvmlException {
        NvmlLibrary.PciInfo pci = new NvmlLibrary.PciInfo();
        session.check(nvml.nvmlDeviceGetPciInfo_v3(handle, pci), "nvmlDeviceGetPciInfo_v3");
        return pci;
    }

    public NvmlLibrary.Memory memory() throws NvmlException {
        NvmlLibrary.Memory memory = new NvmlLibrary.Memory();
        session.check(nvml.nvmlDeviceGetMemoryInfo(handle, memory), "nvmlDeviceGetMemoryInfo");
        return memory;
    }

    /** {@code NVML_DEVICE_ARCH_*}: 7 Ampere, 8 Ada, 9 Hopper, 10 Blackwell, … */
    public int architecture() throws NvmlException {
        IntByReference arch = new IntByReference();
        session.check(nvml.nvmlDeviceGetArchitecture(handle, arch), "nvmlDeviceGetArchitecture");
        return arch.getValue();
    }

    public int temperatureCelsius() throws NvmlException {
        IntByReference temp = new IntByReference();
        session.check(nvml.nvmlDeviceGetTemperature(handle, NvmlLibrary.TEMPERATURE_GPU, temp), "nvmlDeviceGetTemperature");
        return temp.getValue();
    }

    public long powerMilliwatts() throws NvmlException {
        IntByReference mw = new IntByReference();
        session.check(nvml.nvmlDeviceGetPowerUsage(handle, mw), "nvmlDeviceGetPowerUsage");
        return Integer.toUnsignedLong(mw.getValue());
    }

    public NvmlLibrary.Utilization utilization() throws NvmlException {
        NvmlLibrary.Utilization u = new NvmlLibrary.Utilization();
        session.check(nvml.nvmlDeviceGetUtilizationRates(handle, u), "nvmlDeviceGetUtilizationRates");
        return u;
    }

    /** The attestation certificate chain: PEM text, leaf first (the only part NVIDIA's verifiers use). */
    public String attestationCertChainPem() throws NvmlException {
        NvmlLibrary.ConfComputeGpuCertificate cert = new NvmlLibrary.ConfComputeGpuCertificate();
        session.check(ccCall(() -> nvml.nvmlDeviceGetConfComputeGpuCertificate(handle, cert)),
                "nvmlDeviceGetConfComputeGpuCertificate");
        int size = boundedSize(cert.attestationCertChainSize, cert.attestationCertChain.length, "certificate chain");
        return new String(cert.attestationCertChain, 0, size, StandardCharsets.US_ASCII);
    }

    /** The raw SPDM attestation report the GPU signs over {@code nonce} (32 bytes). */
    public byte[] attestationReport(byte[] nonce) throws NvmlException {
        if (nonce.length != NvmlLibrary.CC_NONCE_SIZE) {
            throw new IllegalArgumentException("the attestation nonce must be 32 bytes, got " + nonce.length);
        }
        NvmlLibrary.ConfComputeGpuAttestationReport report = new NvmlLibrary.ConfComputeGpuAttestationReport();
        System.arraycopy(nonce, 0, report.nonce, 0, nonce.length);
        session.check(ccCall(() -> nvml.nvmlDeviceGetConfComputeGpuAttestationReport(handle, report)),
                "nvmlDeviceGetConfComputeGpuAttestationReport");
        int size = boundedSize(report.attestationReportSize, report.attestationReport.length, "attestation report");
        if (size == 0) {
            throw new NvmlException(-1, Kind.LIBRARY_ERROR, "The GPU returned an empty attestation report.",
                    "Check that Confidential Computing mode is on and ready, then try again.");
        }
        return Arrays.copyOf(report.attestationReport, size);
    }

    private interface CcCall {
        int call();
    }

    private static int ccCall(CcCall call) throws NvmlException {
        try {
            return call.call();
        } catch (UnsatisfiedLinkError e) {
            throw new NvmlException(NvmlErrors.FUNCTION_NOT_FOUND, Kind.DRIVER_TOO_OLD,
                    "The NVIDIA driver is too old for Confidential Computing attestation.",
                    "Install NVIDIA data-center driver R535 or newer.");
        }
    }

    private static int boundedSize(int reported, int capacity, String what) throws NvmlException {
        long size = Integer.toUnsignedLong(reported);
        if (size > capacity) {
            throw new NvmlException(-1, Kind.LIBRARY_ERROR, "NVML reported a " + what + " of " + size
                    + " bytes, larger than its " + capacity + "-byte buffer.", "Update the NVIDIA driver.");
        }
        return (int) size;
    }
}
