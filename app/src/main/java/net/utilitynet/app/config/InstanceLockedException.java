package net.utilitynet.app.config;

import java.nio.file.Path;
import java.util.OptionalLong;
import net.utilitynet.app.UserFacingException;

/** Another process (or this one) already holds the data directory's lock. */
public final class InstanceLockedException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    public InstanceLockedException(Path dataDir, OptionalLong pid) {
        super("Another UtilityNet Desktop is already using " + dataDir
                + (pid.isPresent() ? " (pid " + pid.getAsLong() + ")" : " (pid unknown)")
                + ". Close it, or start with --data-dir OTHER.");
    }
}
