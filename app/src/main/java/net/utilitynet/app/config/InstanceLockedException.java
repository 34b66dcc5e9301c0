package net.utilitynet.app.config;

import java.nio.file.Path;
import java.util.OptionalLong;
import net.utilitynet.app.UserFacingException;

/** Another process (or this one) already holds the data directory's lock. */
public final class InstanceLockedException extends UserFacingException {

    private static final long serialVersionUID = 1L;
    private static final long UNKNOWN = -1;

    private final long pid;

    public InstanceLockedException(Path dataDir, OptionalLong pid) {
        super("Another UtilityNet Desktop is already using " + dataDir
                + (pid.isPresent() ? " (pid " + pid.getAsLong() + ")" : " (pid unknown)")
                + ". Close it, or start with --data-dir OTHER.");
        this.pid = pid.orElse(UNKNOWN);
    }

    /** The holder's pid, when the lock file could be read (Windows refuses reads of a locked file). */
    public OptionalLong pid() {
        return pid == UNKNOWN ? OptionalLong.empty() : OptionalLong.of(pid);
    }
}
