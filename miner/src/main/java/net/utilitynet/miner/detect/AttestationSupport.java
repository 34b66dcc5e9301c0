package net.utilitynet.miner.detect;

/**
 * Whether a chip can prove it is genuine with its vendor's security engine, and if not, why and
 * what the user can do — in words meant to be shown as they are.
 */
public record AttestationSupport(boolean capable, String reason) {

    public static AttestationSupport capable(String how) {
        return new AttestationSupport(true, how);
    }

    public static AttestationSupport unavailable(String whyAndWhatToDo) {
        return new AttestationSupport(false, whyAndWhatToDo);
    }
}
