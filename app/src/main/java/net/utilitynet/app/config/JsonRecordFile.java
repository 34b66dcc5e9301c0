package net.utilitynet.app.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One small JSON record in a file of its own (written atomically, mode 0600). Reads and writes run on the io
 * executor — single-threaded, so writes keep their order — never on the caller's thread. An unreadable file is moved
 * aside and reads as empty, so a damaged setting costs the setting, not the start.
 */
public final class JsonRecordFile<T> {
    private static final Logger LOG = LoggerFactory.getLogger(JsonRecordFile.class);

    private final Path file;
    private final Class<T> type;
    private final String what;
    private final Executor io;

    /** {@code what}: the record's name in log lines, e.g. "top-up setting". */
    public JsonRecordFile(Path file, Class<T> type, String what, Executor io) {
        this.file = file;
        this.type = type;
        this.what = what;
        this.io = io;
    }

    /** The saved record, or empty when none was saved (or the file was unreadable). */
    public CompletableFuture<Optional<T>> load() {
        return CompletableFuture.supplyAsync(() -> readOrQuarantine(file, type, what), io);
    }

    public CompletableFuture<Void> save(T value) {
        return CompletableFuture.runAsync(() -> {
            try {
                SecureFiles.writeJsonAtomically(file, value);
            } catch (IOException e) {
                LOG.error("Could not save the {} to {}: {}", what, file, e.getMessage());
                throw new UncheckedIOException("could not save " + file + ": " + e.getMessage(), e);
            }
        }, io);
    }

    /** Reads {@code file} on the caller's thread; an unreadable one is moved aside (logged as {@code what}) and reads as empty. */
    public static <T> Optional<T> readOrQuarantine(Path file, Class<T> type, String what) {
        try {
            return SecureFiles.readJson(file, type);
        } catch (IOException | RuntimeException e) {
            try {
                LOG.warn("The {} in {} was unreadable ({}); kept as {}", what, file, e.getMessage(), SecureFiles.quarantine(file));
            } catch (IOException moveFailed) {
                LOG.warn("The {} in {} was unreadable and could not be moved aside: {}", what, file, moveFailed.getMessage());
            }
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "JsonRecordFile[" + file + "]";
    }
}
