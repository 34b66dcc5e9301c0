/*
 * FAKE NVML FOR TESTS ONLY — not NVIDIA code, not a GPU, never shipped.
 *
 * Exports the NVML symbols UtilityNet binds, with the struct layouts, buffer sizes and return
 * codes documented in docs (chips-and-attestation.md §1.3–1.7, from nvml.h 12.x/13.3), so the Java
 * JNA mapping can be exercised for real: symbol names, argument order, struct sizes and offsets,
 * string buffers and error codes. It simulates two GPUs (an H100 and a GeForce RTX 4090) plus
 * test-only control functions (fake_nvml_*). Compiled by the tests with gcc into target/.
 * Build with -DFAKE_NVML_OLD_DRIVER to leave out the Confidential Computing symbols, like a
 * pre-R535 driver. Testing against a real GPU and the real libnvidia-ml is pending a GPU machine.
 */
#include <stddef.h>
#include <string.h>

typedef int nvmlReturn_t;
typedef struct nvmlDevice_st *nvmlDevice_t;

enum {
    NVML_SUCCESS = 0, NVML_ERROR_UNINITIALIZED = 1, NVML_ERROR_INVALID_ARGUMENT = 2,
    NVML_ERROR_NOT_SUPPORTED = 3, NVML_ERROR_INSUFFICIENT_SIZE = 7, NVML_ERROR_GPU_IS_LOST = 15
};

typedef struct {
    char busIdLegacy[16];
    unsigned int domain, bus, device, pciDeviceId, pciSubSystemId;
    char busId[32];
} nvmlPciInfo_t;

typedef struct { unsigned long long total, free, used; } nvmlMemory_t;
typedef struct { unsigned int gpu, memory; } nvmlUtilization_t;
typedef struct { unsigned int environment, ccFeature, devToolsMode; } nvmlConfComputeSystemState_t;

typedef struct {
    unsigned int certChainSize;
    unsigned int attestationCertChainSize;
    unsigned char certChain[0x1000];
    unsigned char attestationCertChain[0x1400];
} nvmlConfComputeGpuCertificate_t;

typedef struct {
    unsigned int isCecAttestationReportPresent;
    unsigned int attestationReportSize;
    unsigned int cecAttestationReportSize;
    unsigned char nonce[0x20];
    unsigned char attestationReport[0x2000];
    unsigned char cecAttestationReport[0x1000];
} nvmlConfComputeGpuAttestationReport_t;

/* The sizes and offsets the notes give for x86-64 (computed there against the real header). */
_Static_assert(sizeof(nvmlPciInfo_t) == 68, "nvmlPciInfo_t");
_Static_assert(offsetof(nvmlPciInfo_t, busId) == 36, "busId offset");
_Static_assert(sizeof(nvmlMemory_t) == 24, "nvmlMemory_t");
_Static_assert(sizeof(nvmlUtilization_t) == 8, "nvmlUtilization_t");
_Static_assert(sizeof(nvmlConfComputeSystemState_t) == 12, "nvmlConfComputeSystemState_t");
_Static_assert(sizeof(nvmlConfComputeGpuCertificate_t) == 9224, "nvmlConfComputeGpuCertificate_t");
_Static_assert(offsetof(nvmlConfComputeGpuCertificate_t, attestationCertChain) == 4104, "attestationCertChain");
_Static_assert(sizeof(nvmlConfComputeGpuAttestationReport_t) == 12332, "nvmlConfComputeGpuAttestationReport_t");
_Static_assert(offsetof(nvmlConfComputeGpuAttestationReport_t, nonce) == 12, "nonce offset");
_Static_assert(offsetof(nvmlConfComputeGpuAttestationReport_t, attestationReport) == 44, "report offset");

struct fake_gpu {
    const char *name, *uuid, *serial; /* serial NULL: NOT_SUPPORTED, as on GeForce boards */
    unsigned int bus, pciDeviceId, pciSubSystemId, arch, temp, milliwatts, util_gpu, util_mem, cc_capable;
    unsigned long long mem_total, mem_used;
};

static const struct fake_gpu GPUS[] = {
    {"NVIDIA H100 80GB HBM3", "GPU-4b1d6a4e-2f5c-8e1b-93d2-0a1b2c3d4e5f", "1654922001234",
     0x3b, 0x233010DE, 0x16C110DE, 9, 41, 312456, 87, 35, 1, 85520809984ULL, 1048576000ULL},
    {"NVIDIA GeForce RTX 4090", "GPU-9f8e7d6c-5b4a-3928-1706-f5e4d3c2b1a0", NULL,
     0xaf, 0x268410DE, 0x16F310DE, 8, 55, 95000, 3, 1, 0, 25757220864ULL, 536870912ULL},
};

static int init_result, gpu_count = 2, cc_feature, lost_gpu = -1, init_calls, shutdown_calls, refcount;
static unsigned char cert_pem[0x1400], report[0x2000], last_nonce[32];
static unsigned int cert_pem_len, report_len;

/* ---- test-only control functions ---- */
void fake_nvml_reset(int initResult, int gpuCount, int ccFeature, int lostGpu) {
    init_result = initResult; gpu_count = gpuCount; cc_feature = ccFeature; lost_gpu = lostGpu;
    init_calls = shutdown_calls = refcount = 0;
    cert_pem_len = report_len = 0;
    memset(last_nonce, 0, sizeof last_nonce);
}
void fake_nvml_set_evidence(const unsigned char *pem, unsigned int pemLen, const unsigned char *rep, unsigned int repLen) {
    cert_pem_len = pemLen > sizeof cert_pem ? sizeof cert_pem : pemLen;
    memcpy(cert_pem, pem, cert_pem_len);
    report_len = repLen > sizeof report ? sizeof report : repLen;
    memcpy(report, rep, report_len);
}
void fake_nvml_last_nonce(unsigned char *out) { memcpy(out, last_nonce, 32); }
int fake_nvml_init_calls(void) { return init_calls; }
int fake_nvml_shutdown_calls(void) { return shutdown_calls; }
unsigned int fake_nvml_sizeof(int which) {
    switch (which) {
    case 0: return sizeof(nvmlPciInfo_t);
    case 1: return sizeof(nvmlMemory_t);
    case 2: return sizeof(nvmlUtilization_t);
    case 3: return sizeof(nvmlConfComputeSystemState_t);
    case 4: return sizeof(nvmlConfComputeGpuCertificate_t);
    case 5: return sizeof(nvmlConfComputeGpuAttestationReport_t);
    default: return 0;
    }
}

/* ---- NVML ---- */
static nvmlReturn_t copy_string(char *out, unsigned int length, const char *value) {
    if (out == NULL) return NVML_ERROR_INVALID_ARGUMENT;
    if (strlen(value) + 1 > length) return NVML_ERROR_INSUFFICIENT_SIZE;
    strcpy(out, value);
    return NVML_SUCCESS;
}

/* Handles are 1-based indexes disguised as pointers, like the opaque pointers NVML returns. */
static const struct fake_gpu *gpu_of(nvmlDevice_t device, nvmlReturn_t *rc) {
    size_t index = (size_t) device;
    if (refcount == 0) { *rc = NVML_ERROR_UNINITIALIZED; return NULL; }
    if (index < 1 || index > (size_t) gpu_count) { *rc = NVML_ERROR_INVALID_ARGUMENT; return NULL; }
    if ((int) index - 1 == lost_gpu) { *rc = NVML_ERROR_GPU_IS_LOST; return NULL; }
    *rc = NVML_SUCCESS;
    return &GPUS[index - 1];
}
#define GPU_OR_RETURN(dev) nvmlReturn_t rc; const struct fake_gpu *g = gpu_of(dev, &rc); if (!g) return rc

nvmlReturn_t nvmlInit_v2(void) {
    init_calls++;
    if (init_result != NVML_SUCCESS) return init_result;
    refcount++;
    return NVML_SUCCESS;
}
nvmlReturn_t nvmlShutdown(void) {
    shutdown_calls++;
    if (refcount == 0) return NVML_ERROR_UNINITIALIZED;
    refcount--;
    return NVML_SUCCESS;
}
const char *nvmlErrorString(nvmlReturn_t result) {
    switch (result) {
    case 0: return "Success";
    case 1: return "Uninitialized";
    case 2: return "Invalid Argument";
    case 3: return "Not Supported";
    case 4: return "Insufficient Permissions";
    case 7: return "Insufficient Size";
    case 9: return "Driver Not Loaded";
    case 15: return "GPU is lost";
    case 18: return "RM has detected an NVML/RM version mismatch.";
    default: return "Unknown Error";
    }
}
nvmlReturn_t nvmlSystemGetDriverVersion(char *version, unsigned int length) {
    if (refcount == 0) return NVML_ERROR_UNINITIALIZED;
    return copy_string(version, length, "550.90.07");
}
nvmlReturn_t nvmlDeviceGetCount_v2(unsigned int *count) {
    if (refcount == 0) return NVML_ERROR_UNINITIALIZED;
    *count = (unsigned int) gpu_count;
    return NVML_SUCCESS;
}
nvmlReturn_t nvmlDeviceGetHandleByIndex_v2(unsigned int index, nvmlDevice_t *device) {
    if (refcount == 0) return NVML_ERROR_UNINITIALIZED;
    if (index >= (unsigned int) gpu_count) return NVML_ERROR_INVALID_ARGUMENT;
    *device = (nvmlDevice_t) (size_t) (index + 1);
    return NVML_SUCCESS;
}
nvmlReturn_t nvmlDeviceGetName(nvmlDevice_t d, char *name, unsigned int length) {
    GPU_OR_RETURN(d);
    return copy_string(name, length, g->name);
}
nvmlReturn_t nvmlDeviceGetUUID(nvmlDevice_t d, char *uuid, unsigned int length) {
    GPU_OR_RETURN(d);
    return copy_string(uuid, length, g->uuid);
}
nvmlReturn_t nvmlDeviceGetSerial(nvmlDevice_t d, char *serial, unsigned int length) {
    GPU_OR_RETURN(d);
    if (g->serial == NULL) return NVML_ERROR_NOT_SUPPORTED;
    return copy_string(serial, length, g->serial);
}
nvmlReturn_t nvmlDeviceGetPciInfo_v3(nvmlDevice_t d, nvmlPciInfo_t *pci) {
    GPU_OR_RETURN(d);
    memset(pci, 0, sizeof *pci);
    pci->domain = 0; pci->bus = g->bus; pci->device = 0;
    pci->pciDeviceId = g->pciDeviceId; pci->pciSubSystemId = g->pciSubSystemId;
    /* NVML's own formats: "%08X:%02X:%02X.0" and the 16-byte legacy "%04X:%02X:%02X.0" */
    static const char hex[] = "0123456789ABCDEF";
    char id[] = "00000000:00:00.0";
    id[9] = hex[g->bus >> 4]; id[10] = hex[g->bus & 15];
    memcpy(pci->busId, id, sizeof id);
    memcpy(pci->busIdLegacy, id + 4, sizeof id - 4);
    return NVML_SUCCESS;
}
nvmlReturn_t nvmlDeviceGetMemoryInfo(nvmlDevice_t d, nvmlMemory_t *m) {
    GPU_OR_RETURN(d);
    m->total = g->mem_total; m->used = g->mem_used; m->free = g->mem_total - g->mem_used;
    return NVML_SUCCESS;
}
nvmlReturn_t nvmlDeviceGetArchitecture(nvmlDevice_t d, unsigned int *arch) {
    GPU_OR_RETURN(d);
    *arch = g->arch;
    return NVML_SUCCESS;
}
nvmlReturn_t nvmlDeviceGetTemperature(nvmlDevice_t d, int sensorType, unsigned int *temp) {
    GPU_OR_RETURN(d);
    if (sensorType != 0) return NVML_ERROR_INVALID_ARGUMENT;
    *temp = g->temp;
    return NVML_SUCCESS;
}
nvmlReturn_t nvmlDeviceGetPowerUsage(nvmlDevice_t d, unsigned int *milliwatts) {
    GPU_OR_RETURN(d);
    *milliwatts = g->milliwatts;
    return NVML_SUCCESS;
}
nvmlReturn_t nvmlDeviceGetUtilizationRates(nvmlDevice_t d, nvmlUtilization_t *u) {
    GPU_OR_RETURN(d);
    u->gpu = g->util_gpu; u->memory = g->util_mem;
    return NVML_SUCCESS;
}

#ifndef FAKE_NVML_OLD_DRIVER
nvmlReturn_t nvmlSystemGetConfComputeState(nvmlConfComputeSystemState_t *state) {
    if (refcount == 0) return NVML_ERROR_UNINITIALIZED;
    state->environment = cc_feature ? 2 : 0;
    state->ccFeature = (unsigned int) cc_feature;
    state->devToolsMode = 0;
    return NVML_SUCCESS;
}
nvmlReturn_t nvmlDeviceGetConfComputeGpuCertificate(nvmlDevice_t d, nvmlConfComputeGpuCertificate_t *cert) {
    GPU_OR_RETURN(d);
    if (!g->cc_capable || !cc_feature) return NVML_ERROR_NOT_SUPPORTED;
    memset(cert, 0, sizeof *cert);
    cert->attestationCertChainSize = cert_pem_len;
    memcpy(cert->attestationCertChain, cert_pem, cert_pem_len);
    return NVML_SUCCESS;
}
nvmlReturn_t nvmlDeviceGetConfComputeGpuAttestationReport(nvmlDevice_t d, nvmlConfComputeGpuAttestationReport_t *r) {
    GPU_OR_RETURN(d);
    if (!g->cc_capable || !cc_feature) return NVML_ERROR_NOT_SUPPORTED;
    memcpy(last_nonce, r->nonce, 32); /* the caller's input field, read as NVML does */
    r->isCecAttestationReportPresent = 0;
    r->cecAttestationReportSize = 0;
    r->attestationReportSize = report_len;
    memcpy(r->attestationReport, report, report_len);
    return NVML_SUCCESS;
}
#endif
