package net.utilitynet.app.wallet;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.wallet.address.PaymentUri;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.store.Account;

/**
 * Receive: the selected account's EIP-55 address, an EIP-681 payment URI (optional amount) for the QR code,
 * the copy check against clipboard hijacking, and on the devnet the test faucet.
 */
public final class ReceiveViewModel {
    private final WalletService service;
    private final ObjectProperty<Account> account;
    private final I18n i18n;
    private final Executor ui;
    private final StringBinding address;
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final StringBinding amountError;
    private final StringBinding paymentUri;
    private final StringProperty copyNotice = new SimpleStringProperty(this, "copyNotice", "");
    private final BooleanProperty clipboardAltered = new SimpleBooleanProperty(this, "clipboardAltered");
    private final StringProperty faucetNotice = new SimpleStringProperty(this, "faucetNotice", "");
    private final BooleanProperty faucetBusy = new SimpleBooleanProperty(this, "faucetBusy");

    private final ObservableValue<WalletNetwork> network;
    private final javafx.beans.binding.BooleanBinding faucetAvailable;

    ReceiveViewModel(WalletService service, ObjectProperty<Account> account, ObservableValue<WalletNetwork> network, I18n i18n, Executor ui) {
        this.network = network;
        this.service = service;
        this.account = account;
        this.i18n = i18n;
        this.ui = ui;
        address = Bindings.createStringBinding(() -> account.get() == null ? "" : account.get().address().checksummed(), account);
        amountError = i18n.computed(() -> parsedAmount().isPresent() || amount.get().isBlank() ? "" : amountProblem(), amount);
        paymentUri = Bindings.createStringBinding(() -> account.get() == null ? ""
                : PaymentUri.of(account.get().address(), network.getValue().chainId(), parsedAmount()), account, amount, network);
        faucetAvailable = Bindings.createBooleanBinding(() -> network.getValue().offersFaucet(), network);
        account.addListener((o, a, b) -> {
            copyNotice.set("");
            clipboardAltered.set(false);
            faucetNotice.set("");
        });
    }

    private Optional<UncAmount> parsedAmount() {
        try {
            return amount.get().isBlank() ? Optional.empty() : Optional.of(UncAmount.parsePositive(amount.get(), "amount"));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private String amountProblem() {
        try {
            UncAmount.parsePositive(amount.get(), "amount");
            return "";
        } catch (RuntimeException e) {
            return WalletService.message(e);
        }
    }

    /**
     * The view put the address on the clipboard and read it back: {@code readBack} differs when another program
     * replaced it (clipboard hijacking malware swaps addresses).
     */
    public void copied(String readBack) {
        boolean same = address.get().equals(readBack);
        clipboardAltered.set(!same);
        copyNotice.set(same ? i18n.get("receive.copied") : i18n.get("receive.clipboardAltered"));
    }

    /** Whether the active network offers the "Get test UNC" button (the built-in devnet). */
    public javafx.beans.binding.BooleanBinding faucetAvailable() {
        return faucetAvailable;
    }

    /** Devnet only: 100 test UNC from the embedded devnet's faucet. */
    public CompletableFuture<String> requestTestFunds() {
        Account a = account.get();
        if (a == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no account"));
        }
        faucetBusy.set(true);
        faucetNotice.set(i18n.get("receive.faucet.working"));
        return service.requestTestFunds(a.address()).whenCompleteAsync((hash, failure) -> {
            faucetBusy.set(false);
            faucetNotice.set(failure == null ? i18n.get("receive.faucet.done", UncAmount.ofWei(WalletService.FAUCET_WEI).toUncString(), shortHash(hash))
                    : i18n.get("receive.faucet.failed", WalletService.message(failure)));
        }, ui);
    }

    public static String shortHash(String hash) {
        return hash.length() > 14 ? hash.substring(0, 10) + "\u2026" + hash.substring(hash.length() - 4) : hash;
    }

    public ObservableValue<String> address() {
        return address;
    }

    public StringProperty amount() {
        return amount;
    }

    public StringBinding amountError() {
        return amountError;
    }

    public StringBinding paymentUri() {
        return paymentUri;
    }

    public StringProperty copyNotice() {
        return copyNotice;
    }

    public BooleanProperty clipboardAltered() {
        return clipboardAltered;
    }

    public StringProperty faucetNotice() {
        return faucetNotice;
    }

    public BooleanProperty faucetBusy() {
        return faucetBusy;
    }
}
