package net.utilitynet.app.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the data directory: {@code --data-dir} wins, then {@code UTILITYNET_HOME}, then the
 * per-OS default (XDG on Linux, {@code %APPDATA%} on Windows, Application Support on macOS).
 * Pure: the environment, OS name and home directory are passed in, so every case is testable.
 */
public final class DataDirResolver {

    public static final String HOME_VARIABLE = "UTILITYNET_HOME";

    private final Map<String, String> env;
    private final String osName;
    private final Path userHome;

    public DataDirResolver(Map<String, String> env, String osName, Path userHome) {
        this.env = Map.copyOf(env);
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.userHome = userHome;
    }

    /** A resolver for this process: real environment, {@code os.name} and {@code user.home}. */
    public static DataDirResolver forThisProcess() {
        return new DataDirResolver(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
    }

    public Path resolve(Optional<Path> flag) {
        if (flag.isPresent()) {
            return flag.get().toAbsolutePath().normalize();
        }
        String home = env.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        return osDefault();
    }

    Path osDefault() {
        if (osName.startsWith("windows")) {
            return absolute(env.get("APPDATA")).orElse(userHome.resolve("AppData").resolve("Roaming"))
                    .resolve("UtilityNet");
        }
        if (osName.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("UtilityNet");
        }
        // XDG: a relative XDG_DATA_HOME is invalid and must be ignored.
        return absolute(env.get("XDG_DATA_HOME")).orElse(userHome.resolve(".local").resolve("share"))
                .resolve("utilitynet");
    }

    private static Optional<Path> absolute(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? Optional.of(path) : Optional.empty();
    }
}
