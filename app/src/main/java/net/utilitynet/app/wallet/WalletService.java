package net.utilitynet.app.wallet;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.utilitynet.app.services.LiveValue;
import net.utilitynet.lightclient.verify.TrustLevel;
import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.Wallet;
import net.utilitynet.wallet.WalletConfig;
import net.utilitynet.wallet.WalletLockedException;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.chain.ChainAccess;
import net.utilitynet.wallet.chain.ChainAccessException;
import net.utilitynet.wallet.keystore.ScryptCost;
import net.utilitynet.wallet.mnemonic.HdPath;
import net.utilitynet.wallet.mnemonic.Mnemonic;
import net.utilitynet.wallet.outbox.OutboxEntry;
import net.utilitynet.wallet.secure.Passwords;
import net.utilitynet.wallet.store.Account;
import net.utilitynet.wallet.store.WalletStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wallet of one network for the screens: the encrypted store {@code data/<network>/wallet.json}, its
 * outbox, and a snapshot of verified balances and open transactions refreshed every two seconds while
 * unlocked. Blocking work (scrypt, file and chain I/O) runs on the given worker or the wallet's executor;
 * secrets passed in as {@code char[]} are wiped once used.
 */
public final class WalletService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WalletService.class);
    public static final String WALLET_FILE = "wallet.json";
    public static final int CONFIRMATIONS = 3;
    public static final BigInteger FAUCET_WEI = UncAmount.ofUnc(100).wei();

    /** LOADING until {@link #start()} has looked for the wallet file. */
    public enum Status { LOADING, NONE, LOCKED, UNLOCKED }

    /**
     * An account with its verified balance, empty while unknown; {@code verifiedAt} is the verified block and {@code trust}
     * how it was verified ({@link TrustLevel#LINKAGE_ONLY}: headers linked to the checkpoint, seals not verified).
     */
    public record AccountBalance(Account account, Optional<UncAmount> balance, long verifiedAt, TrustLevel trust) {
    }

    /** What the screens show; replaced as a whole on every refresh. {@code recoveryWords}: the unlocked store holds them. */
    public record Snapshot(Status status, List<AccountBalance> accounts, List<OutboxEntry> outbox, Optional<String> chainProblem,
            boolean recoveryWords) {
        public static final Snapshot EMPTY = new Snapshot(Status.NONE, List.of(), List.of(), Optional.empty(), false);
        public static final Snapshot LOADING = new Snapshot(Status.LOADING, List.of(), List.of(), Optional.empty(), false);
    }

    /** The active network and its data folder; replaced together by {@link #follow}. */
    private volatile Path folder;
    private volatile WalletNetwork network;
    private final LiveValue<WalletNetwork> activeNetwork;
    private final SwitchableChain chain;
    private volatile Optional<java.net.URI> faucet;
    private final Supplier<Duration> autoLock;
    private final Clock clock;
    private final ScryptCost cost;
    private final Executor worker;
    private final SecureRandom random = new SecureRandom();
    private final AccountKeys keys;
    private final LiveValue<Snapshot> snapshot = new LiveValue<>(Snapshot.LOADING);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "utilitynet-wallet-refresh");
        t.setDaemon(true);
        return t;
    });
    private volatile Wallet wallet;

    /**
     * @param folder   the network's data folder ({@code data/<network-id>})
     * @param autoLock read when the wallet opens and by {@link #applyAutoLock()} (0 or less: never)
     * @param cost     scrypt cost of a new wallet file ({@link ScryptCost#STANDARD} in the app)
     */
    public WalletService(Path folder, WalletNetwork network, ChainAccess chain, Supplier<Duration> autoLock, ScryptCost cost, Executor worker) {
        this(folder, network, chain, autoLock, cost, worker, Clock.systemUTC());
    }

    /** With the clock the auto-lock counts idle time on (tests drive it). */
    public WalletService(Path folder, WalletNetwork network, ChainAccess chain, Supplier<Duration> autoLock, ScryptCost cost, Executor worker,
            Clock clock) {
        this.clock = clock;
        this.folder = folder;
        this.network = network;
        this.activeNetwork = new LiveValue<>(network);
        this.chain = new SwitchableChain(chain);
        this.keys = new AccountKeys(this, cost, random);
        this.faucet = network.faucet();
        this.autoLock = autoLock;
        this.cost = cost;
        this.worker = worker;
    }

    public WalletNetwork network() {
        return network;
    }

    /** The network the wallet shows now; changes when the user switches networks. */
    public LiveValue<WalletNetwork> activeNetwork() {
        return activeNetwork;
    }

    /** The executor for the screens' own blocking reads (address book, outbox, CSV files). */
    public Executor worker() {
        return worker;
    }

    public LiveValue<Snapshot> snapshot() {
        return snapshot;
    }

    public Path walletFile() {
        return folder.resolve(WALLET_FILE);
    }

    /**
     * Switches to the network runtime's chain (the light client's verified access) when it connects, or back to
     * {@link DisconnectedChain} when it goes away; {@code faucetEndpoint} is the embedded devnet's RPC URL, if any.
     */
    public void connect(ChainAccess next, Optional<java.net.URI> faucetEndpoint) {
        chain.use(next);
        faucet = faucetEndpoint;
        CompletableFuture.runAsync(this::refreshQuietly, worker);
    }

    /**
     * Follows the active network (blocking: call it on a worker). When {@code next} is another network, the current
     * network's wallet is closed (locked, outbox closed) and {@code nextFolder}'s wallet file, if any, is opened locked:
     * each network keeps its own wallet file, accounts and outbox. Then the chain becomes {@code access} (the runtime's
     * light client for {@code next}) or, without one, {@link DisconnectedChain}.
     */
    public synchronized void follow(WalletNetwork next, Path nextFolder, Optional<ChainAccess> access, Optional<java.net.URI> faucetEndpoint) {
        if (!next.id().equals(network.id())) {
            chain.use(new DisconnectedChain(next.name())); // nothing of the old network's chain reaches the new wallet
            Wallet old = wallet;
            wallet = null;
            if (old != null) {
                old.close();
            }
            folder = nextFolder;
            network = next;
            if (Files.exists(walletFile())) {
                attach(WalletStore.open(walletFile(), random));
            }
            refreshNow(); // no wallet or a locked one: no chain call, and the old network's accounts are gone at once
            activeNetwork.set(next);
            LOG.info("wallet follows the active network {} (chain id {})", next.id(), next.chainId());
        }
        connect(access.orElseGet(() -> new DisconnectedChain(next.name())), faucetEndpoint);
    }

    /** Devnet only: whether the "Get test UNC" button is offered (it works while the devnet is connected). */
    public boolean offersFaucet() {
        return network.offersFaucet();
    }

    /** Opens the wallet file if there is one (locked) and starts the refresh timer. */
    public CompletableFuture<Status> start() {
        return CompletableFuture.supplyAsync(() -> {
            synchronized (this) {
                if (Files.exists(walletFile()) && wallet == null) {
                    attach(WalletStore.open(walletFile(), random));
                }
            }
            timer.scheduleWithFixedDelay(this::refreshQuietly, 2, 2, TimeUnit.SECONDS);
            return refreshNow().status();
        }, worker);
    }

    /** Creates the encrypted wallet with {@code mnemonic} (first HD account derived) and leaves it unlocked. */
    public CompletableFuture<Account> create(Mnemonic mnemonic, char[] passphrase, char[] password) {
        return CompletableFuture.supplyAsync(() -> {
            String pass = new String(passphrase);
            try {
                WalletStore store;
                synchronized (this) { // with start() and follow(): the new file is attached once, unlocked, on its network
                    Files.createDirectories(folder);
                    store = WalletStore.create(walletFile(), network.id(), password, Optional.of(mnemonic), pass,
                            HdPath.ETHEREUM_COIN_TYPE, cost, random);
                    attach(store);
                }
                LOG.info("wallet created for {}", network.id());
                return store.accounts().get(0);
            } catch (java.io.IOException e) {
                throw new InvalidInputException("wallet file", "could not create " + folder + " (" + e.getMessage() + "); check the data folder's permissions");
            } finally {
                Passwords.wipe(password);
                Passwords.wipe(passphrase);
                refreshQuietly();
            }
        }, worker);
    }

    public CompletableFuture<Status> unlock(char[] password) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                requireWallet().store().unlock(password);
            } finally {
                Passwords.wipe(password);
            }
            requireWallet().userActivity();
            try {
                requireWallet().resumeOutbox().join();
            } catch (RuntimeException e) {
                // Saved transactions stay in the outbox and are sent on the next refresh or start; unlocking succeeded.
                LOG.warn("could not re-send saved transactions yet: {}", message(e));
            }
            return refreshNow().status();
        }, worker);
    }

    public CompletableFuture<Status> lock() {
        return CompletableFuture.supplyAsync(() -> {
            requireWallet().store().lock();
            return refreshNow().status();
        }, worker);
    }

    public CompletableFuture<Void> changePassword(char[] oldPassword, char[] newPassword) {
        return CompletableFuture.runAsync(() -> {
            try {
                requireWallet().store().changePassword(oldPassword, newPassword);
            } finally {
                Passwords.wipe(oldPassword);
                Passwords.wipe(newPassword);
            }
        }, worker);
    }

    public CompletableFuture<Account> addAccount(String label) {
        return edit(() -> requireWallet().store().addHdAccount(label));
    }

    public CompletableFuture<Account> addWatchOnly(Address address, String label) {
        return edit(() -> requireWallet().store().addWatchOnly(address, label));
    }

    /** Devnet only: asks the embedded devnet's faucet for 100 test UNC; completes with the included transaction's hash. */
    public CompletableFuture<String> requestTestFunds(Address to) {
        Optional<java.net.URI> endpoint = faucet;
        if (!offersFaucet() || endpoint.isEmpty()) {
            return CompletableFuture.failedFuture(new InvalidInputException("faucet", offersFaucet()
                    ? "the local devnet is not running yet; wait until the status bar shows it connected"
                    : "only the local devnet has a faucet"));
        }
        return CompletableFuture.supplyAsync(() -> new DevFaucet(endpoint.get()).request(to, FAUCET_WEI), worker)
                .whenComplete((hash, error) -> refreshQuietly());
    }

    /** Importing, exporting and revealing keys of this wallet (passwords and keys wiped after use). */
    public AccountKeys keys() {
        return keys;
    }

    /** The wallet facade (send, history, signing), once a wallet file exists. */
    public Optional<Wallet> wallet() {
        return Optional.ofNullable(wallet);
    }

    /** Re-reads balances and the outbox at once (after a send, a faucet payment, a new account). */
    public CompletableFuture<Snapshot> refresh() {
        return CompletableFuture.supplyAsync(this::refreshNow, worker);
    }

    public void userActivity() {
        Wallet w = wallet;
        if (w != null) {
            w.userActivity();
        }
    }

    /** Runs a change of the unlocked store on the worker, then refreshes the snapshot. */
    <T> CompletableFuture<T> edit(Supplier<T> change) {
        return CompletableFuture.supplyAsync(() -> {
            userActivity();
            T result = change.get();
            refreshQuietly();
            return result;
        }, worker);
    }

    Wallet requireWallet() {
        Wallet w = wallet;
        if (w == null) {
            throw new InvalidInputException("wallet", "there is no wallet on " + network.name() + " yet; create or restore one first");
        }
        return w;
    }

    private synchronized void attach(WalletStore store) {
        wallet = Wallet.open(new WalletConfig(network.id(), network.chainId(), folder.resolve("outbox.db"), CONFIRMATIONS, lockAfter()),
                store, chain, clock);
    }

    /** Applies the auto-lock setting to the open wallet now (Settings changed); idle time already passed counts. */
    public void applyAutoLock() {
        Wallet w = wallet;
        if (w != null) {
            w.autoLockAfter(lockAfter());
        }
    }

    private Duration lockAfter() {
        Duration lockAfter = autoLock.get();
        return lockAfter.isZero() || lockAfter.isNegative() ? Duration.ofDays(36_500) : lockAfter; // 0: never
    }

    private void refreshQuietly() {
        try {
            refreshNow();
        } catch (RuntimeException e) {
            LOG.debug("wallet refresh failed: {}", e.toString());
        }
    }

    private synchronized Snapshot refreshNow() {
        Wallet w = wallet;
        if (w == null) {
            snapshot.set(Snapshot.EMPTY);
            return Snapshot.EMPTY;
        }
        if (w.store().isLocked()) {
            Snapshot locked = new Snapshot(Status.LOCKED, List.of(), List.of(), Optional.empty(), false);
            snapshot.set(locked);
            return locked;
        }
        List<Account> accounts;
        boolean words;
        try {
            accounts = w.store().accounts();
            words = w.store().hasMnemonic();
        } catch (WalletLockedException e) {
            return refreshNow();
        }
        Optional<String> problem = Optional.empty();
        List<AccountBalance> rows = new ArrayList<>();
        List<OutboxEntry> open = new ArrayList<>();
        long head = -1;
        TrustLevel trust = TrustLevel.LINKAGE_ONLY; // the weakest until the head says otherwise
        try {
            w.refreshOutbox().join();
            head = chain.verifiedHeadNumber();
            trust = chain.verifiedHeadTrust();
        } catch (RuntimeException e) {
            problem = Optional.of(message(e));
        }
        for (Account a : accounts) {
            Optional<UncAmount> balance = Optional.empty();
            if (problem.isEmpty()) {
                try {
                    balance = Optional.of(UncAmount.ofWei(chain.verifiedBalance(a.address())));
                } catch (RuntimeException e) {
                    problem = Optional.of(message(e));
                }
            }
            rows.add(new AccountBalance(a, balance, head, trust));
            open.addAll(w.outboxEntries(a.address()));
        }
        open.sort((x, y) -> Long.compare(y.createdAt().toEpochMilli(), x.createdAt().toEpochMilli()));
        Snapshot next = new Snapshot(Status.UNLOCKED, List.copyOf(rows), List.copyOf(open), problem, words);
        snapshot.set(next);
        return next;
    }

    /** The user-facing message of a failure from the wallet (the library names the field and the fix). */
    public static String message(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof ChainAccessException || t instanceof net.utilitynet.wallet.WalletException
                ? t.getMessage() : t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    @Override
    public void close() {
        timer.shutdownNow();
        Wallet w = wallet;
        if (w != null) {
            w.close();
        }
    }

    @Override
    public String toString() {
        return "WalletService[" + network.id() + "]";
    }
}
