package net.utilitynet.app.wallet;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.Wallet;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.address.PaymentUri;
import net.utilitynet.wallet.address.RecipientCheck;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.outbox.OutboxEntry;
import net.utilitynet.wallet.store.Account;
import net.utilitynet.wallet.store.AddressBookEntry;
import net.utilitynet.wallet.tx.FeePresets;
import net.utilitynet.wallet.tx.Fees;
import net.utilitynet.wallet.tx.TxPreview;

/**
 * Send: form (recipient, amount or Max, fee preset or custom) → preview confirmed with the password →
 * outbox entry tracked pending → included (verified) → confirmed, with speed-up and cancel. Every
 * error lands next to the field it is about.
 */
public final class SendViewModel {
    public enum Step { FORM, REVIEW }

    public enum FeeChoice { SLOW, NORMAL, FAST, CUSTOM }

    /** A recipient suggestion: an own account or an address-book entry. */
    public record Suggestion(String name, Address address) {
    }

    private final WalletService service;
    private final WalletViewModel page;
    private final I18n i18n;
    private final Executor ui;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(this, "step", Step.FORM);
    private final StringProperty to = new SimpleStringProperty(this, "to", "");
    private final StringProperty amount = new SimpleStringProperty(this, "amount", "");
    private final BooleanProperty max = new SimpleBooleanProperty(this, "max");
    private final ObjectProperty<FeeChoice> fee = new SimpleObjectProperty<>(this, "fee", FeeChoice.NORMAL);
    private final StringProperty customMaxFeeGwei = new SimpleStringProperty(this, "customMaxFeeGwei", "");
    private final StringProperty customTipGwei = new SimpleStringProperty(this, "customTipGwei", "");
    private final ObjectProperty<FeePresets> presets = new SimpleObjectProperty<>(this, "presets");
    private final StringProperty toError = new SimpleStringProperty(this, "toError", "");
    private final StringProperty recipientWarning = new SimpleStringProperty(this, "recipientWarning", "");
    private final StringProperty amountError = new SimpleStringProperty(this, "amountError", "");
    private final StringProperty feeError = new SimpleStringProperty(this, "feeError", "");
    private final StringProperty formError = new SimpleStringProperty(this, "formError", "");
    private final ObjectProperty<TxPreview> preview = new SimpleObjectProperty<>(this, "preview");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty passwordError = new SimpleStringProperty(this, "passwordError", "");
    private final StringProperty sentNotice = new SimpleStringProperty(this, "sentNotice", "");
    private final StringProperty linkNotice = new SimpleStringProperty(this, "linkNotice", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final ObservableList<OutboxEntry> outbox = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();

    SendViewModel(WalletService service, WalletViewModel page, I18n i18n, Executor ui) {
        this.service = service;
        this.page = page;
        this.i18n = i18n;
        this.ui = ui;
        to.addListener((o, a, b) -> {
            toError.set("");
            recipientWarning.set("");
        });
        amount.addListener((o, a, b) -> amountError.set(""));
        max.addListener((o, a, b) -> amountError.set(""));
        fee.addListener((o, a, b) -> feeError.set(""));
    }

    private Wallet wallet() {
        return service.wallet().orElseThrow(() -> new InvalidInputException("wallet", "create or restore a wallet first"));
    }

    /** Loads fee presets and recipient suggestions (off the FX thread). */
    public CompletableFuture<FeePresets> load() {
        CompletableFuture<List<Suggestion>> names = CompletableFuture.supplyAsync(() -> {
            List<Suggestion> out = new ArrayList<>();
            var store = wallet().store();
            store.accounts().forEach(a -> out.add(new Suggestion(a.label(), a.address())));
            for (AddressBookEntry e : store.addressBook()) {
                out.add(new Suggestion(e.name(), e.address()));
            }
            return out;
        }, service.worker());
        names.thenAcceptAsync(suggestions::setAll, ui);
        return wallet().feePresets().whenCompleteAsync((p, failure) -> {
            if (failure != null) {
                feeError.set(i18n.get("send.fee.unavailable", WalletService.message(failure)));
            } else {
                presets.set(p);
            }
        }, ui);
    }

    /** Checks the recipient as soon as it parses: first-time and look-alike (address poisoning) warnings. */
    public CompletableFuture<RecipientCheck> checkRecipient() {
        Address a;
        try {
            a = Address.parse(to.get(), "to");
        } catch (InvalidInputException e) {
            toError.set(e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        toError.set("");
        return CompletableFuture.supplyAsync(() -> wallet().checkRecipient(a), service.worker()).whenCompleteAsync((check, failure) -> {
            if (check != null && a.checksummed().equalsIgnoreCase(to.get().strip())) {
                recipientWarning.set(warning(check));
            }
        }, ui);
    }

    private String warning(RecipientCheck check) {
        List<String> lines = new ArrayList<>();
        if (!check.lookAlikes().isEmpty()) {
            lines.add(i18n.get("send.warning.lookAlike", check.lookAlikes().get(0).checksummed()));
        }
        if (check.firstTime()) {
            lines.add(i18n.get("send.warning.firstTime"));
        }
        return String.join("\n", lines);
    }

    /** Validates the form against the verified balance and builds the preview. */
    public CompletableFuture<TxPreview> review() {
        Account from = page.selected().get();
        clearErrors();
        Fees fees;
        try {
            fees = chosenFees();
        } catch (InvalidInputException e) {
            feeError.set(e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        if (from == null || !from.canSign()) {
            formError.set(i18n.get("send.cannotSign"));
            return CompletableFuture.failedFuture(new IllegalStateException("account cannot sign"));
        }
        busy.set(true);
        page.userActivity();
        return wallet().prepareTransfer(from.address(), to.get(), max.get() ? null : amount.get(), fees).whenCompleteAsync((p, failure) -> {
            busy.set(false);
            if (failure != null) {
                showError(failure);
            } else {
                preview.set(p);
                recipientWarning.set(warning(p.recipient()));
                step.set(Step.REVIEW);
            }
        }, ui);
    }

    private Fees chosenFees() {
        FeePresets p = presets.get();
        if (p == null) {
            throw new InvalidInputException("maxFeePerGas", i18n.get("send.fee.notLoaded"));
        }
        return switch (fee.get()) {
            case SLOW -> p.slow();
            case NORMAL -> p.normal();
            case FAST -> p.fast();
            case CUSTOM -> p.custom(gwei(customMaxFeeGwei.get(), "maxFeePerGas"), gwei(customTipGwei.get(), "maxPriorityFeePerGas"));
        };
    }

    private BigInteger gwei(String text, String field) {
        try {
            return Fees.gweiToWei(text, field);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, i18n.get("send.fee.gweiFormat", text));
        }
    }

    /** Signs with the password (checked first), stores in the outbox, broadcasts. The password field is cleared. */
    public CompletableFuture<OutboxEntry> confirm() {
        TxPreview p = preview.get();
        char[] pw = password.get().toCharArray();
        password.set("");
        passwordError.set("");
        formError.set("");
        busy.set(true);
        page.userActivity();
        return wallet().confirmAndSend(p, pw).whenCompleteAsync((entry, failure) -> {
            busy.set(false);
            if (failure != null) {
                showError(failure);
            } else {
                sentNotice.set(i18n.get("send.sent", UncAmount.ofWei(entry.params().valueWei()).toUncString(),
                        entry.params().to().checksummed(), ReceiveViewModel.shortHash(entry.hash())));
                to.set("");
                amount.set("");
                max.set(false);
                linkNotice.set("");
                preview.set(null);
                recipientWarning.set("");
                step.set(Step.FORM);
                service.refresh();
            }
        }, ui);
    }

    /** Back to an empty form without fee presets (another network is active; they are loaded again for it). */
    public void reset() {
        back();
        to.set("");
        amount.set("");
        max.set(false);
        presets.set(null);
        clearErrors();
        recipientWarning.set("");
        linkNotice.set("");
    }

    /** Fills the form from a payment link; the user still reviews it and confirms with the password. */
    void fill(PaymentUri.Request request) {
        back();
        clearErrors();
        max.set(false);
        to.set(request.to().checksummed());
        amount.set(request.amount().map(UncAmount::toUncString).orElse(""));
        linkNotice.set(i18n.get(request.amount().isPresent() ? "send.link.filled" : "send.link.filledNoAmount"));
        if (service.wallet().isPresent()) {
            checkRecipient(); // first-time and look-alike warnings at once (a locked wallet gets them on Review)
        }
    }

    public void back() {
        preview.set(null);
        password.set("");
        passwordError.set("");
        step.set(Step.FORM);
    }

    /** Replaces a pending transaction with raised fees (speed-up) or by a 0-value self-transfer (cancel). */
    public CompletableFuture<OutboxEntry> replace(OutboxEntry entry, boolean cancel, char[] pw) {
        formError.set("");
        CompletableFuture<OutboxEntry> f = cancel ? wallet().cancel(entry.hash(), entry.from(), pw) : wallet().speedUp(entry.hash(), entry.from(), pw);
        return f.whenCompleteAsync((e, failure) -> {
            if (failure != null) {
                formError.set(WalletService.message(failure));
            } else {
                service.refresh();
            }
        }, ui);
    }

    private void showError(Throwable failure) {
        Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String message = WalletService.message(t);
        String field = t instanceof InvalidInputException e ? e.field() : "";
        switch (field) {
            case "to" -> toError.set(message);
            case "amount" -> amountError.set(message);
            case "maxFeePerGas", "maxPriorityFeePerGas", "gasPrice" -> feeError.set(message);
            case "password" -> passwordError.set(i18n.get("send.password.wrong"));
            default -> formError.set(message);
        }
    }

    private void clearErrors() {
        toError.set("");
        amountError.set("");
        feeError.set("");
        formError.set("");
        sentNotice.set("");
    }

    void outboxChanged(List<OutboxEntry> entries) {
        outbox.setAll(entries);
    }

    /** "Pending", "Included in block 12 (verified) · 1 of 3 confirmations", "Confirmed (3 confirmations)", … */
    public String stateText(OutboxEntry e) {
        String key = "send.state." + e.state().name().toLowerCase(Locale.ROOT);
        return i18n.get(key, e.blockNumber(), e.confirmations(), WalletService.CONFIRMATIONS);
    }

    /** Amounts and fees of a preview as the user reads them. */
    public String unc(UncAmount a) {
        return i18n.get("wallet.amount", a.toUncString());
    }

    public String feeText(FeeChoice choice) {
        FeePresets p = presets.get();
        if (p == null || choice == FeeChoice.CUSTOM) {
            return i18n.get("send.fee." + choice.name().toLowerCase(Locale.ROOT));
        }
        Fees.Eip1559 f = p.preset(FeePresets.Speed.valueOf(choice.name()));
        UncAmount worst = UncAmount.ofWei(f.maxFeePerGas().multiply(net.utilitynet.wallet.tx.TxParams.TRANSFER_GAS));
        return i18n.get("send.fee.preset", i18n.get("send.fee." + choice.name().toLowerCase(Locale.ROOT)), worst.format(8));
    }

    public ObjectProperty<Step> step() { return step; }
    public StringProperty to() { return to; }
    public StringProperty amount() { return amount; }
    public BooleanProperty max() { return max; }
    public ObjectProperty<FeeChoice> fee() { return fee; }
    public StringProperty customMaxFeeGwei() { return customMaxFeeGwei; }
    public StringProperty customTipGwei() { return customTipGwei; }
    public ObjectProperty<FeePresets> presets() { return presets; }
    public StringProperty toError() { return toError; }
    public StringProperty recipientWarning() { return recipientWarning; }
    public StringProperty amountError() { return amountError; }
    public StringProperty feeError() { return feeError; }
    public StringProperty formError() { return formError; }
    public ObjectProperty<TxPreview> preview() { return preview; }
    public StringProperty password() { return password; }
    public StringProperty passwordError() { return passwordError; }
    public StringProperty sentNotice() { return sentNotice; }
    public StringProperty linkNotice() { return linkNotice; }
    public BooleanProperty busy() { return busy; }
    public ObservableList<OutboxEntry> outbox() { return outbox; }
    public ObservableList<Suggestion> suggestions() { return suggestions; }
}
