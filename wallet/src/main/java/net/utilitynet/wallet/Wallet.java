package net.utilitynet.wallet;

import java.math.BigInteger;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.address.RecipientCheck;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.chain.ChainAccess;
import net.utilitynet.wallet.history.HistoryEntry;
import net.utilitynet.wallet.history.HistoryModel;
import net.utilitynet.wallet.history.HistoryRow;
import net.utilitynet.wallet.message.PersonalMessage;
import net.utilitynet.wallet.message.TypedData;
import net.utilitynet.wallet.outbox.Outbox;
import net.utilitynet.wallet.outbox.OutboxEntry;
import net.utilitynet.wallet.outbox.TxSender;
import net.utilitynet.wallet.outbox.TxTracker;
import net.utilitynet.wallet.secure.Passwords;
import net.utilitynet.wallet.store.Account;
import net.utilitynet.wallet.store.AddressBookEntry;
import net.utilitynet.wallet.store.AutoLock;
import net.utilitynet.wallet.store.WalletStore;
import net.utilitynet.wallet.tx.FeePresets;
import net.utilitynet.wallet.tx.Fees;
import net.utilitynet.wallet.tx.TransactionSigner;
import net.utilitynet.wallet.tx.TransferBuilder;
import net.utilitynet.wallet.tx.TxPreview;

/**
 * Entry point of the wallet module for the UI and the CLI: one unlocked-or-locked wallet store on
 * one network, its outbox, and the chain. Every method that does I/O or crypto returns a
 * {@link CompletableFuture} run on the wallet's own named executor ("utilitynet-wallet-N").
 */
public final class Wallet implements AutoCloseable {
    private final WalletConfig config;
    private final WalletStore store;
    private final ChainAccess chain;
    private final Outbox outbox;
    private final TxSender sender;
    private final TxTracker tracker;
    private final ExecutorService executor;
    private final ScheduledExecutorService timer;
    private final AutoLock autoLock;

    private Wallet(WalletConfig config, WalletStore store, ChainAccess chain, Outbox outbox, ExecutorService executor,
            ScheduledExecutorService timer, Clock clock) {
        this.config = config;
        this.store = store;
        this.chain = chain;
        this.outbox = outbox;
        this.sender = new TxSender(outbox, chain);
        this.tracker = new TxTracker(outbox, chain, config.requiredConfirmations());
        this.executor = executor;
        this.timer = timer;
        this.autoLock = new AutoLock(store, config.autoLockAfter(), clock);
        autoLock.start(timer);
    }

    public static Wallet open(WalletConfig config, WalletStore store, ChainAccess chain) {
        return open(config, store, chain, Clock.systemUTC());
    }

    /** With an injected clock (tests drive the auto-lock through {@link #autoLock()}). */
    public static Wallet open(WalletConfig config, WalletStore store, ChainAccess chain, Clock clock) {
        AtomicInteger n = new AtomicInteger();
        ExecutorService ex = Executors.newFixedThreadPool(2, r -> daemon(r, "utilitynet-wallet-" + n.incrementAndGet()));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "utilitynet-wallet-autolock"));
        return new Wallet(config, store, chain, Outbox.open(config.outboxFile(), clock), ex, timer, clock);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** The UI calls this on user input; the store locks after {@code autoLockAfter} without any. */
    public void userActivity() {
        autoLock.touch();
    }

    /** Applies a changed auto-lock setting now (the setting is also in {@code WalletConfig} for the start). */
    public void autoLockAfter(java.time.Duration timeout) {
        autoLock.setTimeout(timeout);
    }

    public AutoLock autoLock() {
        return autoLock;
    }

    public WalletStore store() {
        return store;
    }

    public WalletConfig config() {
        return config;
    }

    /** At start-up: sends what was signed but never acknowledged, re-sends pending ones. */
    public CompletableFuture<List<OutboxEntry>> resumeOutbox() {
        return async(sender::resumeAfterRestart);
    }

    /** Re-checks open transactions against the verified chain; call on each verified head. */
    public CompletableFuture<List<OutboxEntry>> refreshOutbox() {
        return async(tracker::refresh);
    }

    public List<OutboxEntry> outboxEntries(Address sender) {
        return outbox.forSender(sender);
    }

    public CompletableFuture<UncAmount> verifiedBalance(Address a) {
        return async(() -> UncAmount.ofWei(chain.verifiedBalance(a)));
    }

    public CompletableFuture<FeePresets> feePresets() {
        return async(() -> FeePresets.from(chain.feeHistory(FeePresets.BLOCKS, FeePresets.PERCENTILES)));
    }

    /** Addresses the user knows: own accounts, address book, and the outbox's recipients. */
    public Set<Address> knownAddresses() {
        Set<Address> known = new LinkedHashSet<>();
        store.accounts().forEach(a -> known.add(a.address()));
        store.addressBook().stream().map(AddressBookEntry::address).forEach(known::add);
        for (Account a : store.accounts()) {
            outbox.forSender(a.address()).stream().map(e -> e.params().to()).filter(java.util.Objects::nonNull).forEach(known::add);
        }
        return known;
    }

    public RecipientCheck checkRecipient(Address to) {
        return RecipientCheck.of(to, knownAddresses());
    }

    /**
     * Validates the send form against the verified balance and the next nonce (pending counted).
     *
     * @param amountText the typed amount, or null for Max
     */
    public CompletableFuture<TxPreview> prepareTransfer(Address from, String toText, String amountText, Fees fees) {
        return async(() -> {
            if (fees instanceof Fees.Eip1559 f) {
                f.requireCovers(chain.feeHistory(1, List.of()).nextBaseFee());
            }
            BigInteger nonce = TxTracker.nextNonce(from, chain, outbox);
            UncAmount balance = UncAmount.ofWei(chain.verifiedBalance(from).subtract(pendingSpend(from)).max(BigInteger.ZERO));
            return TransferBuilder.prepare(from, toText, amountText, balance, fees, nonce, config.chainId(), config.network(), knownAddresses());
        });
    }

    /**
     * The user confirmed the preview with the password: checks the password and the node's chain id,
     * signs, stores in the outbox, then broadcasts. The password array is wiped.
     */
    public CompletableFuture<OutboxEntry> confirmAndSend(TxPreview preview, char[] password) {
        return withPassword(preview.from(), password, key -> {
            requireSameChain();
            return sender.send(TransactionSigner.sign(preview.params(), key));
        });
    }

    /** Re-signs a pending transaction with the same nonce and fees raised ≥ 10%, after the password check. */
    public CompletableFuture<OutboxEntry> speedUp(String hash, Address from, char[] password) {
        return withPassword(from, password, key -> sender.speedUp(hash, key));
    }

    /** Replaces a pending transaction by a 0-value transfer to self (same nonce, fees raised ≥ 10%), after the password check. */
    public CompletableFuture<OutboxEntry> cancel(String hash, Address from, char[] password) {
        return withPassword(from, password, key -> sender.cancel(hash, key));
    }

    /** History of {@code owner} from the node's index; each entry confirmed only by a verified inclusion. */
    public CompletableFuture<List<HistoryRow>> history(Address owner, long fromBlock, int limit) {
        return async(() -> {
            List<HistoryEntry> entries = chain.transactionsByAddress(owner, fromBlock, limit);
            return HistoryModel.build(owner, entries, chain::verifiedInclusion, chain.verifiedHeadNumber());
        });
    }

    /** EIP-191 personal_sign with the account's key, after the password check. */
    public CompletableFuture<String> signMessage(Address account, String text, char[] password) {
        return withPassword(account, password, key -> PersonalMessage.sign(text, key));
    }

    /**
     * EIP-712 signature with the account's key, after the password check; refused when the typed data
     * names another chain id than this wallet's network (a signature for another chain is a common phishing trick).
     */
    public CompletableFuture<String> signTypedData(Address account, TypedData data, char[] password) {
        Optional<Long> chainId = data.domainChainId();
        if (chainId.isPresent() && chainId.get() != config.chainId()) {
            Passwords.wipe(password);
            return CompletableFuture.failedFuture(new InvalidInputException("typedData", "the request is for chain id " + chainId.get()
                    + " but this wallet is on " + config.network() + " (chain id " + config.chainId() + "); refuse it unless you switch networks"));
        }
        return withPassword(account, password, data::sign);
    }

    private <T> CompletableFuture<T> withPassword(Address account, char[] password, java.util.function.Function<byte[], T> action) {
        autoLock.touch();
        return async(() -> {
            try {
                store.verifyPassword(password);
            } finally {
                Passwords.wipe(password);
            }
            byte[] key = store.privateKey(account);
            try {
                return action.apply(key);
            } finally {
                Passwords.wipe(key);
            }
        });
    }

    /** Value plus worst-case fee of this sender's transactions that the verified balance does not reflect yet. */
    private BigInteger pendingSpend(Address from) {
        return outbox.forSender(from).stream()
                .filter(e -> e.state() == net.utilitynet.wallet.outbox.OutboxState.SIGNED || e.state() == net.utilitynet.wallet.outbox.OutboxState.PENDING)
                .filter(e -> e.kind() == OutboxEntry.Kind.SEND)
                .map(e -> e.params().valueWei().add(e.params().maxFeeWei()))
                .reduce(BigInteger.ZERO, BigInteger::add);
    }

    private void requireSameChain() {
        long reported = chain.chainId();
        if (reported != config.chainId()) {
            throw new InvalidInputException("chainId", "the node reports chain id " + reported + " but this wallet is for " + config.network()
                    + " (chain id " + config.chainId() + "); connect to a " + config.network() + " node — nothing was signed");
        }
    }

    private <T> CompletableFuture<T> async(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, executor);
    }

    /** Stops the auto-lock timer, locks the store, stops the executor and closes the outbox. */
    @Override
    public void close() {
        autoLock.stop();
        timer.shutdown();
        store.lock();
        executor.shutdown();
        outbox.close();
    }

    @Override
    public String toString() {
        return "Wallet[" + config.network() + ", " + store + "]";
    }

    /** EIP-681 payment request for the receive screen's QR code. */
    public String paymentUri(Address to, Optional<UncAmount> amount) {
        return net.utilitynet.wallet.address.PaymentUri.of(to, config.chainId(), amount);
    }
}
