package net.utilitynet.app.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
 * the wallet's first signing account. Anything else — no session, no wallet, locked, a network whose chain parameters
 * this version lacks — leaves {@link #services()} empty, and the pages show their empty states. All opening and
 * closing runs on one named thread, {@code utilitynet-account}.
 */
public final class AccountRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AccountRuntime.class);

    private final NetworkRuntime runtime;
    private final WalletService wallet;
    private final Function<String, Path> folders;
    private final LiveValue<Optional<AccountServices>> services = new LiveValue<>(Optional.empty());
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "utilitynet-account");
        t.setDaemon(true);
        return t;
    });
    private final List<LiveValue.Subscription> subscriptions;
    /** Account thread only. */
    private String lastProblem;

    /**
     * @param folders a network id's data folder ({@code DataDirectory::data})
     */
    public AccountRuntime(NetworkRuntime runtime, WalletService wallet, Function<String, Path> folders) {
        this.runtime = runtime;
        this.wallet = wallet;
        this.folders = folders;
        this.subscriptions = List.of(runtime.session().subscribe(s -> reconcileLater()), wallet.snapshot().subscribe(s -> reconcileLater()));
    }

    /** The open miner and market of the unlocked account; empty while there is none. */
    public LiveValue<Optional<AccountServices>> services() {
        return services;
    }

    private void reconcileLater() {
        if (!thread.isShutdown()) {
            thread.execute(this::reconcile);
        }
    }

    private void reconcile() {
        Optional<NetworkSession> session = runtime.session().get().filter(s -> s.network().id().equals(wallet.network().id()));
        Optional<WalletStore> store = wallet.wallet().map(Wallet::store).filter(s -> !s.isLocked());
        Optional<Address> account = wallet.snapshot().get().status() == WalletService.Status.UNLOCKED
                ? wallet.snapshot().get().accounts().stream().map(WalletService.AccountBalance::account).filter(a -> a.canSign())
                        .map(a -> a.address()).findFirst()
                : Optional.empty();
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
