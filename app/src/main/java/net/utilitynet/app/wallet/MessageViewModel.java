package net.utilitynet.app.wallet;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.message.PersonalMessage;
import net.utilitynet.wallet.store.Account;

/** Sign a message with the selected account (EIP-191 personal_sign, password asked) and verify anyone's signature. */
public final class MessageViewModel {
    private final WalletService service;
    private final ObjectProperty<Account> account;
    private final I18n i18n;
    private final Executor ui;
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty signature = new SimpleStringProperty(this, "signature", "");
    private final StringProperty signError = new SimpleStringProperty(this, "signError", "");
    private final StringProperty verifyAddress = new SimpleStringProperty(this, "verifyAddress", "");
    private final StringProperty verifyMessage = new SimpleStringProperty(this, "verifyMessage", "");
    private final StringProperty verifySignature = new SimpleStringProperty(this, "verifySignature", "");
    private final StringProperty verifyResult = new SimpleStringProperty(this, "verifyResult", "");
    private final StringProperty verifyError = new SimpleStringProperty(this, "verifyError", "");

    MessageViewModel(WalletService service, ObjectProperty<Account> account, I18n i18n, Executor ui) {
        this.service = service;
        this.account = account;
        this.i18n = i18n;
        this.ui = ui;
        message.addListener((o, a, b) -> signature.set(""));
    }

    public CompletableFuture<String> sign() {
        Account a = account.get();
        char[] pw = password.get().toCharArray();
        password.set("");
        signError.set("");
        if (a == null || !a.canSign()) {
            signError.set(i18n.get("send.cannotSign"));
            java.util.Arrays.fill(pw, '\0');
            return CompletableFuture.failedFuture(new IllegalStateException("cannot sign"));
        }
        return service.wallet().orElseThrow().signMessage(a.address(), message.get(), pw).whenCompleteAsync((sig, failure) -> {
            if (failure != null) {
                signError.set(WalletService.message(failure));
            } else {
                signature.set(sig);
            }
        }, ui);
    }

    /** Recovers the signer (pure computation, no secret involved) and compares it with the expected address. */
    public boolean verify() {
        verifyResult.set("");
        verifyError.set("");
        try {
            Address expected = Address.parse(verifyAddress.get(), "address");
            Address signer = PersonalMessage.recoverSigner(verifyMessage.get(), verifySignature.get().strip());
            boolean ok = signer.equals(expected);
            verifyResult.set(ok ? i18n.get("message.verify.ok", expected.checksummed())
                    : i18n.get("message.verify.other", signer.checksummed()));
            return ok;
        } catch (RuntimeException e) {
            verifyError.set(WalletService.message(e));
            return false;
        }
    }

    public StringProperty message() { return message; }
    public StringProperty password() { return password; }
    public StringProperty signature() { return signature; }
    public StringProperty signError() { return signError; }
    public StringProperty verifyAddress() { return verifyAddress; }
    public StringProperty verifyMessage() { return verifyMessage; }
    public StringProperty verifySignature() { return verifySignature; }
    public StringProperty verifyResult() { return verifyResult; }
    public StringProperty verifyError() { return verifyError; }
}
