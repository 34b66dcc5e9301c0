package net.utilitynet.miner.detect.nvml;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * JNA mapping of the NVML functions UtilityNet uses, exactly as declared in nvml.h 12.x/13.x
 * (chips-and-attestation.md §1.3–1.5). Every function returns an {@code nvmlReturn_t} (0 = success).
 * {@code unsigned int} maps to {@code int} (read unsigned), {@code nvmlDevice_t} to {@link Pointer},
 * {@code char*} out-buffers to {@code byte[]} of the documented size. Versioned names are bound
 * directly, as the header's macros would. The Confidential Computing functions exist from driver
 * R535 (NVML 12.2); on older drivers calling them throws {@link UnsatisfiedLinkError}.
 */
public interface NvmlLibrary extends Library {
    int NVML_SUCCESS = 0;
    int SYSTEM_DRIVER_VERSION_BUFFER_SIZE = 80;
    int DEVICE_NAME_V2_BUFFER_SIZE = 96;
    int DEVICE_UUID_V2_BUFFER_SIZE = 96;
    int DEVICE_SERIAL_BUFFER_SIZE = 30;
    int TEMPERATURE_GPU = 0;
    int CC_NONCE_SIZE = 0x20;

    int nvmlInit_v2();

    int nvmlShutdown();

    String nvmlErrorString(int result);

    int nvmlSystemGetDriverVersion(byte[] version, int length);

    int nvmlDeviceGetCount_v2(IntByReference deviceCount);

    int nvmlDeviceGetHandleByIndex_v2(int index, PointerByReference device);

    int nvmlDeviceGetName(Pointer device, byte[] name, int length);

    int nvmlDeviceGetUUID(Pointer device, byte[] uuid, int length);

    int nvmlDeviceGetSerial(Pointer device, byte[] serial, int length);

    int nvmlDeviceGetPciInfo_v3(Pointer device, PciInfo pci);

    int nvmlDeviceGetMemoryInfo(Pointer device, Memory memory);

    int nvmlDeviceGetArchitecture(Pointer device, IntByReference arch);

    int nvmlDeviceGetTemperature(Pointer device, int sensorType, IntByReference temp);

    int nvmlDeviceGetPowerUsage(Pointer device, IntByReference milliwatts);

    int nvmlDeviceGetUtilizationRates(Pointer device, Utilization utilization);

    int nvmlSystemGetConfComputeState(ConfComputeSystemState state);

    int nvmlDeviceGetConfComputeGpuCertificate(Pointer device, ConfComputeGpuCertificate gpuCert);

    int nvmlDeviceGetConfComputeGpuAttestationReport(Pointer device, ConfComputeGpuAttestationReport report);

    /** {@code nvmlPciInfo_t}, 68 bytes. */
    @Structure.FieldOrder({"busIdLegacy", "domain", "bus", "device", "pciDeviceId", "pciSubSystemId", "busId"})
    final class PciInfo extends Structure {
        public byte[] busIdLegacy = new byte[16];
        public int domain;
        public int bus;
        public int device;
        /** High 16 bits device id, low 16 bits vendor id, e.g. 0x233010DE. */
        public int pciDeviceId;
        public int pciSubSystemId;
        /** "%08X:%02X:%02X.0". */
        public byte[] busId = new byte[32];
    }

    /** {@code nvmlMemory_t}, 24 bytes, all in bytes. */
    @Structure.FieldOrder({"total", "free", "used"})
    final class Memory extends Structure {
        public long total;
        public long free;
        public long used;
    }

    /** {@code nvmlUtilization_t}, 8 bytes, percent. */
    @Structure.FieldOrder({"gpu", "memory"})
    final class Utilization extends Structure {
        public int gpu;
        public int memory;
    }

    /** {@code nvmlConfComputeSystemState_t}, 12 bytes. */
    @Structure.FieldOrder({"environment", "ccFeature", "devToolsMode"})
    final class ConfComputeSystemState extends Structure {
        public int environment;
        /** NVML_CC_SYSTEM_FEATURE_DISABLED 0 / ENABLED 1. */
        public int ccFeature;
        public int devToolsMode;
    }

    /** {@code nvmlConfComputeGpuCertificate_t}, 9224 bytes. */
    @Structure.FieldOrder({"certChainSize", "attestationCertChainSize", "certChain", "attestationCertChain"})
    final class ConfComputeGpuCertificate extends Structure {
        public int certChainSize;
        public int attestationCertChainSize;
        public byte[] certChain = new byte[0x1000];
        /** PEM text, leaf first, root last. */
        public byte[] attestationCertChain = new byte[0x1400];
    }

    /** {@code nvmlConfComputeGpuAttestationReport_t}, 12332 bytes; {@code nonce} is an input. */
    @Structure.FieldOrder({"isCecAttestationReportPresent", "attestationReportSize", "cecAttestationReportSize",
            "nonce", "attestationReport", "cecAttestationReport"})
    final class ConfComputeGpuAttestationReport extends Structure {
        public int isCecAttestationReportPresent;
        public int attestationReportSize;
        public int cecAttestationReportSize;
        public byte[] nonce = new byte[CC_NONCE_SIZE];
        public byte[] attestationReport = new byte[0x2000];
        public byte[] cecAttestationReport = new byte[0x1000];
    }
}
