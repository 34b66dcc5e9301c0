package net.utilitynet.app.wallet;

import javafx.animation.PauseTransition;
import javafx.scene.Parent;
import javafx.util.Duration;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.ui.Components;
import net.utilitynet.app.ui.View;

/** Receive: address (EIP-55), copy with read-back check, QR code of the EIP-681 URI, devnet faucet. */
final class ReceiveView implements View {
    private final ReceiveViewModel model;
    private final VBox root;

    ReceiveView(ReceiveViewModel model, I18n i18n) {
        this.model = model;
        Label address = Components.label(model.address(), "mono", "address-text");
        address.setId("receive-address");
        var copy = WalletNodes.button(i18n.text("receive.copy"), "receive-copy", e -> copy());
        HBox addressRow = new HBox(address, copy);
        addressRow.getStyleClass().add("inline-row");
        Label copied = WalletNodes.message(model.copyNotice(), "receive-copy-notice", "field-hint");
        model.clipboardAltered().addListener((o, a, b) -> copied.getStyleClass().setAll(b ? "form-error" : "field-hint"));

        ImageView qr = new ImageView();
        qr.setId("receive-qr");
        qr.getStyleClass().add("qr-code");
        model.paymentUri().addListener((o, a, b) -> qr.setImage(b.isEmpty() ? null : QrImage.of(b, 4)));
        if (!model.paymentUri().get().isEmpty()) {
            qr.setImage(QrImage.of(model.paymentUri().get(), 4));
        }
        HBox qrFrame = new HBox(qr);
        qrFrame.getStyleClass().add("qr-frame");
        qrFrame.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        qrFrame.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        GridPane form = new GridPane();
        form.getStyleClass().add("form-grid");
        form.addRow(0, Components.label(i18n.text("receive.amount"), "field-label"),
                WalletNodes.field(model.amount(), "receive-amount", i18n.text("receive.amount.prompt")));
        form.add(WalletNodes.error(model.amountError(), "receive-amount-error"), 1, 1);
        Label uri = Components.label(model.paymentUri(), "mono", "field-hint");
        uri.setId("receive-uri");
        uri.setWrapText(true);
        form.addRow(2, Components.label(i18n.text("receive.uri"), "field-label"), uri);

        VBox details = new VBox(Components.label(i18n.text("receive.address"), "field-label"), addressRow, copied, form);
        details.getStyleClass().add("receive-details");
        var faucet = WalletNodes.button(i18n.text("receive.faucet"), "receive-faucet", e -> model.requestTestFunds());
        faucet.disableProperty().bind(model.faucetBusy());
        Label devnetOnly = Components.label(i18n.text("receive.faucet.hint"), "field-hint");
        devnetOnly.setWrapText(true);
        VBox faucetBox = new VBox(new HBox(faucet), devnetOnly, WalletNodes.message(model.faucetNotice(), "receive-faucet-notice", "field-hint"));
        faucetBox.getStyleClass().add("receive-details");
        faucetBox.visibleProperty().bind(model.faucetAvailable()); // follows a network switch
        faucetBox.managedProperty().bind(faucetBox.visibleProperty());
        details.getChildren().add(faucetBox);
        HBox layout = new HBox(qrFrame, details);
        layout.getStyleClass().add("receive-layout");
        root = new VBox(layout);
        root.getStyleClass().add("tab-body");
    }

    /** Puts only the address on the clipboard, then reads it back: a different value means another program replaced it. */
    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.address().getValue());
        Clipboard clipboard = Clipboard.getSystemClipboard();
        clipboard.setContent(content);
        model.copied(clipboard.hasString() ? clipboard.getString() : "");
        // Hijackers often swap the address a moment later: check once more before the user pastes.
        PauseTransition again = new PauseTransition(Duration.seconds(1.5));
        again.setOnFinished(e -> {
            if (!model.clipboardAltered().get()) {
                model.copied(clipboard.hasString() ? clipboard.getString() : "");
            }
        });
        again.play();
    }

    @Override
    public Parent root() {
        return root;
    }
}
