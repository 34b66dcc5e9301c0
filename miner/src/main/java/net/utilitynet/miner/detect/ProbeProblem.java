package net.utilitynet.miner.detect;

/**
 * Something a detection source could not do, explained for the user: what happened and what to do.
 * Problems are results, not crashes: detection always returns whatever it did find.
 */
public record ProbeProblem(ChipSource source, Kind kind, String explanation, String remedy) {

    public enum Kind {
        /** The vendor library is not installed or not on the library path. */
        LIBRARY_NOT_FOUND,
        /** The library is there but no kernel driver is loaded. */
        DRIVER_NOT_LOADED,
        /** The user-space library and the kernel driver come from different driver versions. */
        DRIVER_LIBRARY_MISMATCH,
        /** The operating system refused access. */
        NO_PERMISSION,
        /** The source works but found no device. */
        NO_DEVICES,
        /** The driver is too old for a feature (e.g. Confidential Computing queries). */
        DRIVER_TOO_OLD,
        /** One device or file could not be read; other devices are still reported. */
        UNREADABLE,
        /** This operating system has no such source. */
        UNSUPPORTED_PLATFORM,
        /** Any other library error; the explanation carries the library's own message. */
        LIBRARY_ERROR
    }

    @Override
    public String toString() {
        return source + " " + kind + ": " + explanation + " — " + remedy;
    }
}
