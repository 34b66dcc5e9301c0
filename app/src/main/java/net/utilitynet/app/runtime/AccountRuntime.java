package net.utilitynet.app.runtime;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import net.utilitynet.app.networks.NetworkDefinition;
import net.utilitynet.app.services.LiveValue;
import net.utilitynet.app.wallet.WalletService;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.wallet.Wallet;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.store.WalletStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the network runtime's session and the wallet ({@code WalletWiring} connects the wallet to the session): while
 * a session of the wallet's network is open and the wallet is unlocked, keeps {@link AccountServices} (miner + market) open for
 * the signing account chosen for mining and the market on that network ({@link #choose}, saved through {@link AccountChoice});
 * without a choice, or when the chosen account is no longer in the wallet, for the wallet's first signing account; a new
 * choice closes the open services and opens them for the new account. Anything else — no session, no wallet, locked, a network whose chain parameters
 * this version lacks — leaves {@link #services()} empty, and the pages show their empty states. All opening and
 * closing runs on one named thread, {@code utilitynet-account}.
 */
public final class AccountRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AccountRuntime.class);

    private final NetworkRuntime runtime;
    private final WalletService wallet;
    private final Function<String, Path> folders;
    private final AccountChoice choices;
    private final LiveValue<Optional<AccountServices>> services = new LiveValue<>(Optional.empty());
    private final LiveValue<Optional<Address>> account = new LiveValue<>(Optional.empty());
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "utilitynet-account");
        t.setDaemon(true);
        return t;
    });
    private final List<LiveValue.Subscription> subscriptions;
    /** Account thread only. */
    private String lastProblem;
    /** Account thread only: each network's chosen account, once loaded (empty: none chosen). */
    private final Map<String, Optional<Address>> chosen = new HashMap<>();

    /**
     * @param folders a network id's data folder ({@code DataDirectory::data})
     */
    public AccountRuntime(NetworkRuntime runtime, WalletService wallet, Function<String, Path> folders, AccountChoice choices) {
        this.runtime = runtime;
        this.wallet = wallet;
        this.folders = folders;
        this.choices = choices;
        this.subscriptions = List.of(runtime.session().subscribe(s -> reconcileLater()), wallet.snapshot().subscribe(s -> reconcileLater()));
    }

    /** The open miner and market of the unlocked account; empty while there is none. */
    public LiveValue<Optional<AccountServices>> services() {
        return services;
    }

    /**
     * The signing account that mines and uses the market on the wallet's network while the wallet is unlocked (the chosen
     * one, else the first); empty while the wallet is locked or holds no signing account.
     */
    public LiveValue<Optional<Address>> account() {
        return account;
    }

    /**
     * Chooses the account for mining and the market on the wallet's network: saves the choice (on the io executor) and,
     * if it differs from the open one, closes the services and opens them for {@code chosenAccount}. Any thread; never
     * blocks. Completes once the services follow the choice.
     */
    public CompletableFuture<Void> choose(Address chosenAccount) {
        if (thread.isShutdown()) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> {
            String network = wallet.network().id();
            if (!chosen.getOrDefault(network, Optional.empty()).equals(Optional.of(chosenAccount))) {
                chosen.put(network, Optional.of(chosenAccount));
                choices.save(network, chosenAccount);
            }
            reconcile();
        }, thread);
    }

    private void reconcileLater() {
        if (!thread.isShutdown()) {
            thread.execute(this::reconcile);
        }
    }

    private void reconcile() {
        Optional<NetworkSession> session = runtime.session().get().filter(s -> s.network().id().equals(wallet.network().id()));
        Optional<WalletStore> store = wallet.wallet().map(Wallet::store).filter(s -> !s.isLocked());
        List<Address> signing = wallet.snapshot().get().status() == WalletService.Status.UNLOCKED
                ? wallet.snapshot().get().accounts().stream().map(WalletService.AccountBalance::account).filter(a -> a.canSign())
                        .map(a -> a.address()).toList()
                : List.of();
        Optional<Address> choice = signing.isEmpty() ? Optional.empty() : chosen.computeIfAbsent(wallet.network().id(),
                network -> choices.load(network).join());
        Optional<Address> account = choice.filter(signing::contains).or(() -> signing.stream().findFirst());
        this.account.set(account);
        boolean usable = session.isPresent() && store.isPresent() && account.isPresent()
                && session.get().network().chainId() == NetworkDefinition.DEVNET_CHAIN_ID;
        Optional<AccountServices> current = services.get();
        if (current.isPresent() && usable && current.get().session() == session.get() && current.get().wallet() == store.get()
                && current.get().account().equals(account.get())) {
            return;
        }
        if (current.isPresent()) {
            services.set(Optional.empty());
            closeQuietly(current.get());
        }
        if (!usable) {
            return;
        }
        try {
            services.set(Optional.of(AccountServices.open(session.get(), folders.apply(session.get().network().id()), ChainParams.devnet(),
                    store.get(), account.get())));
            lastProblem = null;
            LOG.info("miner and market opened for {} on {}", account.get(), session.get().network().id());
        } catch (RuntimeException e) {
            if (!e.toString().equals(lastProblem)) {
                LOG.warn("could not open the miner and market for {}: {}", account.get(), e.toString(), e);
                lastProblem = e.toString();
            }
        }
    }

    private static void closeQuietly(AccountServices s) {
        try {
            s.close();
        } catch (RuntimeException e) {
            LOG.warn("closing the miner and market failed: {}", e.toString());
        }
    }

    /** Closes the open services (miner first) before the network runtime closes the light client. */
    @Override
    public void close() {
        subscriptions.forEach(LiveValue.Subscription::close);
        thread.shutdown();
        try {
            thread.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        services.get().ifPresent(AccountServices::close);
        services.set(Optional.empty());
    }
}
