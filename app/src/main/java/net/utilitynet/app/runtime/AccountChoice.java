package net.utilitynet.app.runtime;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import net.utilitynet.app.config.JsonRecordFile;
import net.utilitynet.wallet.address.Address;

/**
 * Which of the wallet's accounts mines, rents and provides on a network, kept in the network's data folder as
 * {@value #FILE} (a {@link JsonRecordFile}: 0600, off the caller's thread). An unreadable file is moved aside and no
 * account is chosen (the first signing account is used).
 */
public final class AccountChoice {
    /** {@code data/<network>/account-choice.json}. */
    public static final String FILE = "account-choice.json";

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
        return file(network).load().thenApply(saved -> saved.map(s -> Address.ofTrusted(s.account())));
    }

    public CompletableFuture<Void> save(String network, Address account) {
        return file(network).save(new Saved(account.checksummed()));
    }

    private JsonRecordFile<Saved> file(String network) {
        return new JsonRecordFile<>(folders.apply(network).resolve(FILE), Saved.class, "account for mining and the market", io);
    }
}
