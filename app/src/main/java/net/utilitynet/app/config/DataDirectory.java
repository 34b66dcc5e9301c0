package net.utilitynet.app.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import net.utilitynet.app.UserFacingException;

/**
 * The layout of a data directory: {@code config/} (settings, networks), {@code data/<network-id>/}
 * (per-network stores), {@code logs/} and the {@code .lock} file.
 */
public final class DataDirectory {

    private static final Pattern NETWORK_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final Path root;

    public DataDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path config() {
        return root.resolve("config");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path lockFile() {
        return root.resolve(".lock");
    }

    /** Where the running GUI tells a second start how to reach it (port and token, owner-only). */
    public Path handoffFile() {
        return root.resolve(".handoff");
    }

    /** The store folder of one network (not created here). */
    public Path data(String networkId) {
        if (!NETWORK_ID.matcher(networkId).matches()) {
            throw new IllegalArgumentException("network id must match " + NETWORK_ID + ": " + networkId);
        }
        return root.resolve("data").resolve(networkId);
    }

    /** Creates the root, config and logs folders (owner-only where the file system has POSIX modes). */
    public DataDirectory create() {
        try {
            SecureFiles.createPrivateDirectories(root);
            SecureFiles.createPrivateDirectories(config());
            SecureFiles.createPrivateDirectories(logs());
            return this;
        } catch (IOException e) {
            throw new UserFacingException("Cannot create the data directory " + root + " (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "). Check its permissions, or choose another folder with --data-dir.", e);
        }
    }

    @Override
    public String toString() {
        return root.toString();
    }

    /** True when the folder exists and holds something (used to tell a first start). */
    public boolean exists() {
        return Files.isDirectory(config());
    }
}
