package net.utilitynet.app.wallet;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.services.LiveValue;
import net.utilitynet.app.wallet.WalletService.AccountBalance;
import net.utilitynet.app.wallet.WalletService.Snapshot;
import net.utilitynet.app.wallet.WalletService.Status;
import net.utilitynet.app.wallet.onboarding.OnboardingViewModel;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.store.Account;

/**
 * State of the Wallet page: no wallet (onboarding), locked (unlock form) or unlocked (accounts with verified
 * balances, receive, send, history). Follows the service's snapshot through the {@code ui} executor.
 */
public final class WalletViewModel {
    /** Amounts shown with this many decimals at most (the full value is in the send preview). */
    public static final int SHOWN_DECIMALS = 6;
    public static final String HIDDEN = "\u2022\u2022\u2022\u2022";

    private final WalletService service;
    private final I18n i18n;
    private final Executor ui;
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>(this, "status", Status.LOADING);
    private final ObjectProperty<WalletNetwork> network = new SimpleObjectProperty<>(this, "network");
    private final ObservableList<AccountBalance> accounts = FXCollections.observableArrayList();
    private final ObjectProperty<Account> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanProperty privacy = new SimpleBooleanProperty(this, "privacy");
    private final StringProperty chainProblem = new SimpleStringProperty(this, "chainProblem", "");
    private final StringProperty trustNotice = new SimpleStringProperty(this, "trustNotice", "");
    private final StringProperty unlockPassword = new SimpleStringProperty(this, "unlockPassword", "");
    private final StringProperty unlockError = new SimpleStringProperty(this, "unlockError", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty accountError = new SimpleStringProperty(this, "accountError", "");
    private final StringProperty accountNotice = new SimpleStringProperty(this, "accountNotice", "");
    private final BooleanProperty exporting = new SimpleBooleanProperty(this, "exporting");
    private final BooleanProperty sendRequested = new SimpleBooleanProperty(this, "sendRequested");
    private final OnboardingViewModel onboarding;
    private final ReceiveViewModel receive;
    private final SendViewModel send;
    private final HistoryViewModel history;
    private final AddressBookViewModel addressBook;
    private final MessageViewModel messages;
    private final TypedDataViewModel typedData;
    private final RecoveryWordsViewModel recoveryWords;
    private final BooleanProperty hasRecoveryWords = new SimpleBooleanProperty(this, "hasRecoveryWords");
    private final LiveValue.Subscription subscription;
    private final LiveValue.Subscription networkSubscription;
    private LiveValue.Subscription paymentLinks = () -> { };
    /** FX thread: where payment links wait, once {@link #follow(PaymentRequests)} was called. */
    private PaymentRequests paymentRequests;

    public WalletViewModel(WalletService service, I18n i18n, Executor ui) {
        this.service = service;
        this.i18n = i18n;
        this.ui = ui;
        this.network.set(service.network());
        this.onboarding = new OnboardingViewModel(service, i18n, ui, new SecureRandom());
        this.receive = new ReceiveViewModel(service, selected, network, i18n, ui);
        this.send = new SendViewModel(service, this, i18n, ui);
        this.history = new HistoryViewModel(service, this, i18n, ui);
        this.addressBook = new AddressBookViewModel(service, i18n, ui);
        this.messages = new MessageViewModel(service, selected, i18n, ui);
        this.typedData = new TypedDataViewModel(service, selected, i18n, ui);
        this.recoveryWords = new RecoveryWordsViewModel(service, ui);
        this.networkSubscription = service.activeNetwork().subscribe(n -> ui.execute(() -> networkChanged(n)));
        this.subscription = service.snapshot().subscribe(s -> ui.execute(() -> apply(s)));
    }

    /** Another network is active: nothing prepared for the previous one (a send preview, history, a review) stays. */
    private void networkChanged(WalletNetwork next) {
        if (next.equals(network.get())) {
            return;
        }
        network.set(next);
        send.reset();
        history.rows().clear();
        typedData.json().set("");
        messages.signature().set("");
        accountError.set("");
        accountNotice.set("");
        unlockError.set("");
        takePaymentRequest(); // a link that asked for this switch waits for this network's Send tab
    }

    private void apply(Snapshot s) {
        status.set(s.status());
        hasRecoveryWords.set(s.recoveryWords());
        if (s.status() != Status.UNLOCKED) {
            recoveryWords.hide(); // locked (by hand or auto-lock): words on screen go away
        }
        Address before = selected.get() == null ? null : selected.get().address();
        accounts.setAll(s.accounts());
        Optional<Account> keep = s.accounts().stream().map(AccountBalance::account).filter(a -> a.address().equals(before)).findFirst();
        selected.set(keep.orElse(s.accounts().isEmpty() ? null : s.accounts().get(0).account()));
        chainProblem.set(s.chainProblem().map(p -> i18n.get("wallet.chainProblem", p)).orElse(""));
        boolean linkageOnly = s.accounts().stream().anyMatch(b -> b.balance().isPresent() && !b.trust().consensusVerified());
        trustNotice.set(linkageOnly ? i18n.get("wallet.linkageOnly.notice") : "");
        send.outboxChanged(s.outbox());
    }

    public CompletableFuture<Status> unlock() {
        char[] pw = unlockPassword.get().toCharArray();
        unlockPassword.set("");
        busy.set(true);
        unlockError.set("");
        return service.unlock(pw).whenCompleteAsync((st, failure) -> {
            busy.set(false);
            if (failure != null) {
                unlockError.set(WalletService.message(failure));
            }
        }, ui);
    }

    public CompletableFuture<Status> lock() {
        return service.lock();
    }

    public CompletableFuture<Snapshot> refresh() {
        return service.refresh();
    }

    /** Adds the next HD account with a default label. */
    public CompletableFuture<Account> addAccount() {
        return report(service.addAccount(i18n.get("wallet.account.defaultLabel", accounts.size() + 1)));
    }

    public CompletableFuture<Account> addWatchOnly(String addressText, String label) {
        Address a;
        try {
            a = Address.parse(addressText, "address");
        } catch (RuntimeException e) {
            accountError.set(WalletService.message(e));
            return CompletableFuture.failedFuture(e);
        }
        return report(service.addWatchOnly(a, label.isBlank() ? i18n.get("wallet.account.watchLabel") : label));
    }

    public CompletableFuture<Account> importPrivateKey(char[] hexKey, String label) {
        return report(service.keys().importPrivateKey(hexKey, label.isBlank() ? i18n.get("wallet.account.importedLabel") : label));
    }

    /** Decrypts a keystore to show its address for confirmation; the password stays with the caller for the import. */
    public CompletableFuture<Address> keystoreAddress(Path file, char[] keystorePassword) {
        return report(service.keys().keystoreAddress(file, keystorePassword));
    }

    public CompletableFuture<Account> importKeystore(Path file, char[] keystorePassword, String label) {
        return report(service.keys().importKeystore(file, keystorePassword, label.isBlank() ? i18n.get("wallet.account.importedLabel") : label));
    }

    /** Empty when the export dialog can go ahead, else what to fix (checked before the dialog closes, so nothing typed is lost). */
    public String keystoreExportProblem(String keystorePassword, String confirmation, String fileText) {
        if (keystorePassword.isEmpty()) {
            return i18n.get("wallet.export.emptyPassword");
        }
        if (!keystorePassword.equals(confirmation)) {
            return i18n.get("wallet.export.mismatch");
        }
        return fileText.isBlank() ? i18n.get("wallet.export.noFile") : "";
    }

    /** geth's file name ({@code UTC--<time>--<address>}) in the user's home folder. */
    public Path suggestedKeystoreFile(Account account, Instant now) {
        String time = DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.SECONDS)).replace(':', '-');
        return Path.of(System.getProperty("user.home"), "UTC--" + time + "--" + account.address().lower().substring(2));
    }

    /** Writes the keystore off the FX thread ({@link #exporting()} meanwhile), then says where it is. Passwords are wiped. */
    public CompletableFuture<Path> exportKeystore(Account account, char[] walletPassword, char[] keystorePassword, Path file) {
        accountNotice.set(i18n.get("wallet.export.progress"));
        exporting.set(true);
        return report(service.keys().exportKeystore(account.address(), walletPassword, keystorePassword, file)).whenCompleteAsync((written, failure) -> {
            exporting.set(false);
            accountNotice.set(failure == null ? i18n.get("wallet.export.done", account.address().checksummed(), written) : "");
        }, ui);
    }

    public CompletableFuture<Void> changePassword(char[] oldPassword, char[] newPassword) {
        return service.changePassword(oldPassword, newPassword);
    }

    private <T> CompletableFuture<T> report(CompletableFuture<T> work) {
        accountError.set("");
        return work.whenCompleteAsync((v, failure) -> {
            if (failure != null) {
                accountError.set(WalletService.message(failure));
            }
        }, ui);
    }

    /** "12.5 UNC", "••••" in privacy mode, "—" while the balance is not verified. */
    public String amountText(Optional<UncAmount> amount) {
        if (amount.isEmpty()) {
            return i18n.get("common.noValue");
        }
        return privacy.get() ? HIDDEN : amount.get().format(SHOWN_DECIMALS);
    }

    /** "verified at block N" under a balance, or what a linkage-only network's proof is worth. */
    public String verifiedText(AccountBalance b) {
        if (b.balance().isEmpty()) {
            return i18n.get("wallet.notVerified");
        }
        return i18n.get(b.trust().consensusVerified() ? "wallet.verifiedAt" : "wallet.linkageOnlyAt", b.verifiedAt());
    }

    /** Total verified balance of the accounts (empty while any is unknown). */
    public static Optional<UncAmount> total(List<AccountBalance> rows) {
        if (rows.isEmpty() || rows.stream().anyMatch(r -> r.balance().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().map(r -> r.balance().get()).reduce(UncAmount.ZERO, UncAmount::plus));
    }

    /**
     * Opens the payment links meant for this wallet's chain on the Send tab, filled in ({@link #sendRequested()} asks
     * the view to show it; a locked wallet shows it once unlocked).
     */
    public void follow(PaymentRequests requests) {
        paymentLinks.close();
        paymentRequests = requests;
        paymentLinks = requests.subscribe(() -> ui.execute(this::takePaymentRequest));
    }

    /** FX thread: a waiting link for the active network's chain goes to the Send tab. */
    private void takePaymentRequest() {
        if (paymentRequests != null) {
            paymentRequests.take(network.get().chainId()).ifPresent(request -> {
                send.fill(request);
                sendRequested.set(true);
            });
        }
    }

    public void userActivity() {
        service.userActivity();
    }

    public void dispose() {
        subscription.close();
        networkSubscription.close();
        paymentLinks.close();
    }

    public WalletService service() {
        return service;
    }

    public ObjectProperty<Status> status() {
        return status;
    }

    /** The active network (follows a switch on the Network page). */
    public ObjectProperty<WalletNetwork> network() {
        return network;
    }

    public ObservableList<AccountBalance> accounts() {
        return accounts;
    }

    public ObjectProperty<Account> selected() {
        return selected;
    }

    public BooleanProperty privacy() {
        return privacy;
    }

    public StringProperty chainProblem() {
        return chainProblem;
    }

    /** Said once above the accounts when their balances are proven against linkage-only headers. */
    public StringProperty trustNotice() {
        return trustNotice;
    }

    public StringProperty unlockPassword() {
        return unlockPassword;
    }

    public StringProperty unlockError() {
        return unlockError;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public StringProperty accountError() {
        return accountError;
    }

    public StringProperty accountNotice() {
        return accountNotice;
    }

    public BooleanProperty exporting() {
        return exporting;
    }

    /** True while a payment link waits for the Send tab to be shown; the view resets it when it shows the tab. */
    public BooleanProperty sendRequested() {
        return sendRequested;
    }

    public StringBinding title() {
        return i18n.text("page.wallet.title");
    }

    public StringBinding subtitle() {
        return i18n.text("page.wallet.subtitle");
    }

    public StringBinding networkLine() {
        return i18n.computed(() -> i18n.get("wallet.network", network.get().displayName(i18n), network.get().chainId()), network);
    }

    public OnboardingViewModel onboarding() {
        return onboarding;
    }

    public ReceiveViewModel receive() {
        return receive;
    }

    public SendViewModel send() {
        return send;
    }

    public HistoryViewModel history() {
        return history;
    }

    public AddressBookViewModel addressBook() {
        return addressBook;
    }

    public MessageViewModel messages() {
        return messages;
    }

    public TypedDataViewModel typedData() {
        return typedData;
    }

    public RecoveryWordsViewModel recoveryWords() {
        return recoveryWords;
    }

    /** The unlocked wallet holds recovery words (an HD wallet; not one of imported keys only). */
    public BooleanProperty hasRecoveryWords() {
        return hasRecoveryWords;
    }

    @Override
    public String toString() {
        return "WalletViewModel[" + status.get() + "]";
    }
}
