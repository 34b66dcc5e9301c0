package net.utilitynet.app.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import net.utilitynet.app.config.SecureFiles;
import net.utilitynet.wallet.address.Address;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which of the wallet's accounts mines, rents and provides on a network, kept in the network's data folder as
 * {@value #FILE} (written atomically, mode 0600). Reads and writes run on the io executor, in order, never on the
 * caller's thread. An unreadable file is moved aside and no account is chosen (the first signing account is used).
 */
public final class AccountChoice {
    /** {@code data/<network>/account-choice.json}. */
    public static final String FILE = "account-choice.json";
    private static final Logger LOG = LoggerFactory.getLogger(AccountChoice.class);

    /** The saved choice: the account's address, 0x-hex. */
    public record Saved(String account) {
    }

    private final Function<String, Path> folders;
    private final Executor io;

    /** {@code folders}: a network id's data folder ({@code DataDirectory::data}); {@code io}: single-threaded, so writes keep their order. */
    public AccountChoice(Function<String, Path> folders, Executor io) {
        this.folders = folders;
        this.io = io;
    }

    /** The account chosen on {@code network}, or empty when none was chosen (or the file was unreadable). */
    public CompletableFuture<Optional<Address>> load(String network) {
        Path file = file(network);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return SecureFiles.readJson(file, Saved.class).map(s -> Address.ofTrusted(s.account()));
            } catch (IOException | RuntimeException e) {
                quarantine(file, e);
                return Optional.empty();
            }
        }, io);
    }

    public CompletableFuture<Void> save(String network, Address account) {
        Path file = file(network);
        return CompletableFuture.runAsync(() -> {
            try {
                SecureFiles.writeJsonAtomically(file, new Saved(account.checksummed()));
            } catch (IOException e) {
                LOG.error("Could not save the account for mining and the market to {}: {}", file, e.getMessage());
                throw new UncheckedIOException("could not save " + file + ": " + e.getMessage(), e);
            }
        }, io);
    }

    private Path file(String network) {
        return folders.apply(network).resolve(FILE);
    }

    private static void quarantine(Path file, Exception cause) {
        try {
            LOG.warn("Account choice {} was unreadable ({}); kept as {}", file, cause.getMessage(),
                    SecureFiles.quarantine(file));
        } catch (IOException e) {
            LOG.warn("Account choice {} was unreadable and could not be moved aside: {}", file, e.getMessage());
        }
    }
}
