package net.utilitynet.app.market;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import net.utilitynet.app.config.JsonRecordFile;
import net.utilitynet.wallet.address.Address;

/**
 * The renter's "Top up automatically, at most N UNC" setting of one account on one network, kept in the network's
 * data folder as {@code market-topup-<address>.json} (a {@link JsonRecordFile}: 0600, off the caller's thread; an
 * unreadable file is moved aside and the setting starts off).
 */
public final class TopUpSettings {
    /** The saved setting: automatic top-up on or off, and its limit in UNC as the user typed it (validated). */
    public record Saved(boolean auto, String limit) {
    }

    private final JsonRecordFile<Saved> file;

    /** {@code networkFolder}: {@code data/<network>}; {@code io}: a single-threaded executor, so writes keep their order. */
    public TopUpSettings(Path networkFolder, Address account, Executor io) {
        this.file = new JsonRecordFile<>(networkFolder.resolve("market-topup-" + account.lower() + ".json"), Saved.class,
                "top-up setting", io);
    }

    /** The saved setting, or empty when none was saved (or the file was unreadable). */
    public CompletableFuture<Optional<Saved>> load() {
        return file.load();
    }

    public CompletableFuture<Void> save(Saved setting) {
        return file.save(setting);
    }

    @Override
    public String toString() {
        return "TopUpSettings[" + file + "]";
    }
}
