package net.utilitynet.app.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import net.utilitynet.app.services.LiveValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the settings: the current value lives in memory (and changes at once), each change is
 * written to {@code config/settings.json} on the io executor, in order, never on the caller's thread.
 */
public final class SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);

    private final Path file;
    private final Executor io;
    private final LiveValue<Settings> settings;

    private SettingsStore(Path file, Executor io, Settings initial) {
        this.file = file;
        this.io = io;
        this.settings = new LiveValue<>(initial);
    }

    /** Loads the settings file (defaults when absent; an unreadable file is moved aside). Blocking. */
    public static SettingsStore load(DataDirectory dir, Executor io, Locale systemLocale) {
        Path file = dir.config().resolve("settings.json");
        Settings defaults = Settings.defaults(systemLocale);
        Settings initial = JsonRecordFile.readOrQuarantine(file, Settings.class, "settings").orElse(defaults);
        return new SettingsStore(file, io, initial);
    }

    public LiveValue<Settings> settings() {
        return settings;
    }

    public Settings current() {
        return settings.get();
    }

    /** Applies {@code change} now and persists the result in the background. */
    public CompletableFuture<Settings> update(UnaryOperator<Settings> change) {
        Settings next = settings.update(change);
        return CompletableFuture.supplyAsync(() -> {
            try {
                SecureFiles.writeJsonAtomically(file, settings.get());
                return next;
            } catch (IOException e) {
                LOG.error("Could not save settings to {}: {}", file, e.getMessage());
                throw new UncheckedIOException(e);
            }
        }, io);
    }
}
