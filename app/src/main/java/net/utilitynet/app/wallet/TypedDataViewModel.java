package net.utilitynet.app.wallet;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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
import net.utilitynet.wallet.message.TypedData;
import net.utilitynet.wallet.message.TypedDataField;
import net.utilitynet.wallet.store.Account;
import org.web3j.utils.Numeric;

/**
 * EIP-712 review and signature: the pasted eth_signTypedData_v4 JSON is checked and hashed on the worker, then shown
 * as its domain (with a warning when the chain id is not the active network's), primary type, every field and the
 * digest; signing asks the password and runs on the wallet's executor with the selected account.
 */
public final class TypedDataViewModel {
    private final WalletService service;
    private final ObjectProperty<Account> account;
    private final I18n i18n;
    private final Executor ui;
    private final StringProperty json = new SimpleStringProperty(this, "json", "");
    private final ObjectProperty<TypedData> reviewed = new SimpleObjectProperty<>(this, "reviewed");
    private final ObservableList<TypedDataField> fields = FXCollections.observableArrayList();
    private final StringProperty primaryType = new SimpleStringProperty(this, "primaryType", "");
    private final StringProperty domainName = new SimpleStringProperty(this, "domainName", "");
    private final StringProperty domainVersion = new SimpleStringProperty(this, "domainVersion", "");
    private final StringProperty domainChainId = new SimpleStringProperty(this, "domainChainId", "");
    private final StringProperty verifyingContract = new SimpleStringProperty(this, "verifyingContract", "");
    private final StringProperty chainWarning = new SimpleStringProperty(this, "chainWarning", "");
    private final StringProperty digest = new SimpleStringProperty(this, "digest", "");
    private final StringProperty reviewError = new SimpleStringProperty(this, "reviewError", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty signature = new SimpleStringProperty(this, "signature", "");
    private final StringProperty signError = new SimpleStringProperty(this, "signError", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    TypedDataViewModel(WalletService service, ObjectProperty<Account> account, I18n i18n, Executor ui) {
        this.service = service;
        this.account = account;
        this.i18n = i18n;
        this.ui = ui;
        // what was reviewed is what gets signed: an edit of the JSON asks for a new review
        json.addListener((o, a, b) -> show(null));
        account.addListener((o, a, b) -> signature.set(""));
    }

    /** Parses, checks and hashes the JSON off the FX thread; a bad request leaves a message naming the field. */
    public CompletableFuture<TypedData> review() {
        String text = json.get();
        reviewError.set("");
        show(null);
        return CompletableFuture.supplyAsync(() -> TypedData.parse(text), service.worker()).whenCompleteAsync((data, failure) -> {
            if (!text.equals(json.get())) {
                return; // edited meanwhile
            }
            if (failure != null) {
                reviewError.set(WalletService.message(failure));
            } else {
                show(data);
            }
        }, ui);
    }

    private void show(TypedData data) {
        reviewed.set(data);
        signature.set("");
        signError.set("");
        primaryType.set(data == null ? "" : data.primaryType());
        fields.setAll(data == null ? List.of() : data.fields());
        domainName.set(domainValue("domain.name"));
        domainVersion.set(domainValue("domain.version"));
        domainChainId.set(domainValue("domain.chainId"));
        verifyingContract.set(domainValue("domain.verifyingContract"));
        digest.set(data == null ? "" : Numeric.toHexString(data.digest()));
        chainWarning.set(data == null ? "" : chainWarning(data.domainChainId()));
    }

    private String domainValue(String path) {
        return fields.stream().filter(f -> f.path().equals(path)).map(TypedDataField::value).findFirst().orElse(i18n.get("common.noValue"));
    }

    private String chainWarning(Optional<Long> chainId) {
        WalletNetwork network = service.network();
        if (chainId.isEmpty()) {
            return i18n.get("typed.chain.none");
        }
        return chainId.get() == network.chainId() ? ""
                : i18n.get("typed.chain.other", chainId.get(), network.displayName(i18n), network.chainId());
    }

    /** Signs the reviewed data with the selected account; the password is checked (scrypt) on the wallet's executor. */
    public CompletableFuture<String> sign() {
        char[] pw = password.get().toCharArray();
        password.set("");
        signError.set("");
        TypedData data = reviewed.get();
        Account a = account.get();
        if (data == null || a == null || !a.canSign() || service.wallet().isEmpty()) {
            java.util.Arrays.fill(pw, '\0');
            signError.set(i18n.get(data == null ? "typed.reviewFirst" : "send.cannotSign"));
            return CompletableFuture.failedFuture(new IllegalStateException("nothing to sign"));
        }
        busy.set(true);
        return service.wallet().get().signTypedData(a.address(), data, pw).whenCompleteAsync((sig, failure) -> {
            busy.set(false);
            if (data != reviewed.get()) {
                return;
            }
            if (failure != null) {
                signError.set(WalletService.message(failure));
            } else {
                signature.set(sig);
            }
        }, ui);
    }

    /** The name shown in the field column: the last part of the path ({@code wallet} of {@code message.from.wallet}). */
    public static String name(TypedDataField field) {
        String path = field.path();
        return path.substring(path.lastIndexOf('.') + 1);
    }

    public String signerText() {
        Account a = account.get();
        return i18n.get("typed.signer", a == null ? i18n.get("common.noValue") : a.label() + " \u00b7 " + a.address().checksummed());
    }

    public StringProperty json() { return json; }
    public ObjectProperty<TypedData> reviewed() { return reviewed; }
    public ObservableList<TypedDataField> fields() { return fields; }
    public StringProperty primaryType() { return primaryType; }
    public StringProperty domainName() { return domainName; }
    public StringProperty domainVersion() { return domainVersion; }
    public StringProperty domainChainId() { return domainChainId; }
    public StringProperty verifyingContract() { return verifyingContract; }
    public StringProperty chainWarning() { return chainWarning; }
    public StringProperty digest() { return digest; }
    public StringProperty reviewError() { return reviewError; }
    public StringProperty password() { return password; }
    public StringProperty signature() { return signature; }
    public StringProperty signError() { return signError; }
    public BooleanProperty busy() { return busy; }
    public ObjectProperty<Account> account() { return account; }
}
