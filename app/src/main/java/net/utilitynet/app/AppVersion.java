package net.utilitynet.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The application version, filtered into {@code version.properties} by Maven at build time. */
public final class AppVersion {

    private static final String RESOURCE = "version.properties";

    private AppVersion() {
    }

    /** The version string, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the classpath; rebuild with Maven");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
