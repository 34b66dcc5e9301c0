package net.utilitynet.miner.detect;

import java.util.Objects;

/**
 * Whether a chip can prove it is genuine with its vendor's security engine, and if not, why and what the user can
 * do: as a {@link Cause} with its one fact ({@code detail}: an architecture, vendor or device node; empty when the
 * cause needs none) for a UI to translate, and as an English sentence ({@code reason}) for logs and the command line.
 */
public record AttestationSupport(boolean capable, Cause cause, String detail, String reason) {

    /** Why a chip can or cannot be attested. */
    public enum Cause {
        NVIDIA_CC_ON, SIMULATED_CERTIFIED,
        NVIDIA_CONSUMER, NVIDIA_ARCHITECTURE, NVIDIA_CC_OFF, NVIDIA_DRIVER_TOO_OLD, NVIDIA_CC_UNKNOWN, NVIDIA_WITHOUT_NVML,
        VENDOR_UNSUPPORTED, ACCEL_NODE_ONLY, SIMULATED_UNCERTIFIED, UNKNOWN
    }

    public AttestationSupport {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(reason, "reason");
    }

    public static AttestationSupport capable(Cause cause, String how) {
        return new AttestationSupport(true, cause, "", how);
    }

    public static AttestationSupport unavailable(Cause cause, String detail, String whyAndWhatToDo) {
        return new AttestationSupport(false, cause, detail, whyAndWhatToDo);
    }
}
