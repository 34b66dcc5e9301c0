package net.utilitynet.app.wallet;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.ui.Components;
import net.utilitynet.app.ui.View;

/** Sign a message (EIP-191) with the selected account; verify a signature. */
final class MessageView implements View {
    private final VBox root;

    MessageView(MessageViewModel model, I18n i18n) {
        TextArea message = area(model.message().getValue(), "message-text");
        message.textProperty().bindBidirectional(model.message());
        var password = WalletNodes.password(model.password(), "message-password");
        var sign = WalletNodes.button(i18n.text("message.sign"), "message-sign", e -> model.sign(), "accent");
        sign.disableProperty().bind(model.password().isEmpty());
        HBox signRow = new HBox(Components.label(i18n.text("send.password"), "field-label"), password, sign);
        signRow.getStyleClass().add("inline-row");
        TextField signature = new TextField();
        signature.setEditable(false);
        signature.textProperty().bind(model.signature());
        signature.setId("message-signature");
        signature.getStyleClass().add("mono");
        signature.visibleProperty().bind(model.signature().isNotEmpty());
        signature.managedProperty().bind(signature.visibleProperty());

        GridPane verify = new GridPane();
        verify.getStyleClass().add("form-grid");
        verify.addRow(0, Components.label(i18n.text("book.address"), "field-label"), WalletNodes.field(model.verifyAddress(), "verify-address", null));
        TextArea verifyText = area("", "verify-message");
        verifyText.textProperty().bindBidirectional(model.verifyMessage());
        verify.addRow(1, Components.label(i18n.text("message.text"), "field-label"), verifyText);
        verify.addRow(2, Components.label(i18n.text("message.signature"), "field-label"), WalletNodes.field(model.verifySignature(), "verify-signature", null));
        Label hint = Components.label(i18n.text("message.hint"), "field-hint");
        hint.setWrapText(true);
        root = new VBox(Components.label(i18n.text("message.sign.title"), "card-title"), hint, message, signRow,
                WalletNodes.error(model.signError(), "message-sign-error"), signature,
                Components.label(i18n.text("message.verify.title"), "card-title"), verify,
                new HBox(WalletNodes.button(i18n.text("message.verify"), "message-verify", e -> model.verify())),
                WalletNodes.message(model.verifyResult(), "message-verify-result", "field-hint"),
                WalletNodes.error(model.verifyError(), "message-verify-error"));
        root.getStyleClass().add("tab-body");
    }

    private static TextArea area(String text, String id) {
        TextArea a = new TextArea(text);
        a.setId(id);
        a.setPrefRowCount(3);
        a.setWrapText(true);
        return a;
    }

    @Override
    public Parent root() {
        return root;
    }
}
