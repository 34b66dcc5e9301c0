package net.utilitynet.app.market;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import net.utilitynet.app.config.SecureFiles;
import net.utilitynet.wallet.address.Address;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The renter's "Top up automatically, at most N UNC" setting of one account on one network, kept in the network's
 * data folder as {@code market-topup-<address>.json} (written atomically, mode 0600). Reads and writes run on the io
 * executor, in order, never on the caller's thread. An unreadable file is moved aside and the setting starts off.
 */
public final class TopUpSettings {
    private static final Logger LOG = LoggerFactory.getLogger(TopUpSettings.class);

    /** The saved setting: automatic top-up on or off, and its limit in UNC as the user typed it (validated). */
    public record Saved(boolean auto, String limit) {
    }

    private final Path file;
    private final Executor io;

    /** {@code networkFolder}: {@code data/<network>}; {@code io}: a single-threaded executor, so writes keep their order. */
    public TopUpSettings(Path networkFolder, Address account, Executor io) {
        this.file = networkFolder.resolve("market-topup-" + account.lower() + ".json");
        this.io = io;
    }

    /** The saved setting, or empty when none was saved (or the file was unreadable). */
    public CompletableFuture<Optional<Saved>> load() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return SecureFiles.readJson(file, Saved.class);
            } catch (IOException | RuntimeException e) {
                quarantine(e);
                return Optional.empty();
            }
        }, io);
    }

    public CompletableFuture<Void> save(Saved setting) {
        return CompletableFuture.runAsync(() -> {
            try {
                SecureFiles.writeJsonAtomically(file, setting);
            } catch (IOException e) {
                LOG.error("Could not save the top-up setting to {}: {}", file, e.getMessage());
                throw new UncheckedIOException("could not save " + file + ": " + e.getMessage(), e);
            }
        }, io);
    }

    private void quarantine(Exception cause) {
        try {
            LOG.warn("Top-up setting {} was unreadable ({}); kept as {}", file, cause.getMessage(), SecureFiles.quarantine(file));
        } catch (IOException e) {
            LOG.warn("Top-up setting {} was unreadable and could not be moved aside: {}", file, e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "TopUpSettings[" + file + "]";
    }
}
