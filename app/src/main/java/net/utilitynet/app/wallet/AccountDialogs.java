package net.utilitynet.app.wallet;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import net.utilitynet.app.fx.FxBridge;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.ui.Components;
import net.utilitynet.wallet.store.Account;

/** Small modal dialogs of the wallet page: import or export an account, change the password, ask the password. */
final class AccountDialogs {
    private AccountDialogs() {
    }

    private static Dialog<ButtonType> dialog(I18n i18n, Window owner, String titleKey, GridPane content) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(i18n.get(titleKey));
        d.setHeaderText(i18n.get(titleKey));
        ButtonType ok = new ButtonType(i18n.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(i18n.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(ok).setId("dialog-ok");
        content.getStyleClass().add("form-grid");
        d.getDialogPane().setContent(content);
        return d;
    }

    static Optional<char[]> askPassword(I18n i18n, Window owner, String titleKey) {
        PasswordField pw = new PasswordField();
        pw.setId("dialog-password");
        GridPane g = new GridPane();
        g.addRow(0, Components.label(i18n.text("send.password"), "field-label"), pw);
        Optional<ButtonType> r = dialog(i18n, owner, titleKey, g).showAndWait();
        char[] chars = pw.getText().toCharArray();
        pw.clear();
        return r.filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).map(b -> chars);
    }

    static void changePassword(WalletViewModel model, I18n i18n, Window owner) {
        PasswordField old = new PasswordField();
        PasswordField fresh = new PasswordField();
        PasswordField again = new PasswordField();
        old.setId("dialog-old-password");
        fresh.setId("dialog-new-password");
        again.setId("dialog-new-password-again");
        GridPane g = new GridPane();
        g.addRow(0, Components.label(i18n.text("wallet.password.old"), "field-label"), old);
        g.addRow(1, Components.label(i18n.text("onboarding.password"), "field-label"), fresh);
        g.addRow(2, Components.label(i18n.text("onboarding.passwordConfirm"), "field-label"), again);
        Optional<ButtonType> r = dialog(i18n, owner, "wallet.password.change", g).showAndWait();
        if (r.isPresent() && r.get().getButtonData() == ButtonBar.ButtonData.OK_DONE) {
            if (!fresh.getText().equals(again.getText())) {
                model.accountError().set(i18n.get("onboarding.password.mismatch"));
            } else {
                model.changePassword(old.getText().toCharArray(), fresh.getText().toCharArray()).whenCompleteAsync((v, failure) ->
                        model.accountError().set(failure == null ? i18n.get("wallet.password.changed") : WalletService.message(failure)), FxBridge.EXECUTOR);
            }
        }
        old.clear();
        fresh.clear();
        again.clear();
    }

    /**
     * Wallet password, the keystore file's password twice and where to save it (typed, or picked with the file chooser);
     * the dialog stays open until these are usable, then the export runs off the FX thread and the page says where it went.
     */
    static void exportKeystore(WalletViewModel model, I18n i18n, Window owner, Account account) {
        PasswordField walletPassword = new PasswordField();
        PasswordField keystorePassword = new PasswordField();
        PasswordField again = new PasswordField();
        TextField file = new TextField(model.suggestedKeystoreFile(account, Instant.now()).toString());
        walletPassword.setId("dialog-password");
        keystorePassword.setId("dialog-keystore-password");
        again.setId("dialog-keystore-password-again");
        file.setId("dialog-file");
        file.setPrefColumnCount(30);
        Button choose = new Button(i18n.get("wallet.export.choose"));
        choose.setId("dialog-choose-file");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.get("wallet.export.title"));
            Path current = Path.of(file.getText().isBlank() ? System.getProperty("user.home") : file.getText()).toAbsolutePath();
            if (current.getParent() != null && Files.isDirectory(current.getParent())) {
                chooser.setInitialDirectory(current.getParent().toFile());
                chooser.setInitialFileName(current.getFileName().toString());
            }
            File picked = chooser.showSaveDialog(choose.getScene().getWindow());
            if (picked != null) {
                file.setText(picked.getPath());
            }
        });
        Label hint = Components.label(i18n.text("wallet.export.hint"), "field-hint");
        hint.setWrapText(true);
        hint.setPrefWidth(420);
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.setId("dialog-error");
        problem.setWrapText(true);
        GridPane g = new GridPane();
        g.add(hint, 0, 0, 2, 1);
        g.addRow(1, Components.label(i18n.text("wallet.export.account"), "field-label"),
                new Label(account.label() + " \u00b7 " + account.address().checksummed()));
        g.addRow(2, Components.label(i18n.text("wallet.export.walletPassword"), "field-label"), walletPassword);
        g.addRow(3, Components.label(i18n.text("wallet.export.keystorePassword"), "field-label"), keystorePassword);
        g.addRow(4, Components.label(i18n.text("wallet.export.keystoreConfirm"), "field-label"), again);
        HBox fileRow = new HBox(file, choose);
        fileRow.getStyleClass().add("inline-row");
        g.addRow(5, Components.label(i18n.text("wallet.export.file"), "field-label"), fileRow);
        g.add(problem, 0, 6, 2, 1);
        g.getStyleClass().add("wide-labels");
        HBox.setHgrow(file, Priority.ALWAYS);
        Dialog<ButtonType> d = dialog(i18n, owner, "wallet.export.title", g);
        d.getDialogPane().lookupButton(d.getDialogPane().getButtonTypes().get(0)).addEventFilter(ActionEvent.ACTION, e -> {
            String why = walletPassword.getText().isEmpty() ? i18n.get("wallet.export.walletPasswordEmpty")
                    : model.keystoreExportProblem(keystorePassword.getText(), again.getText(), file.getText());
            problem.setText(why);
            if (!why.isEmpty()) {
                e.consume();
            }
        });
        Optional<ButtonType> r = d.showAndWait();
        char[] walletChars = walletPassword.getText().toCharArray();
        char[] keystoreChars = keystorePassword.getText().toCharArray();
        walletPassword.clear();
        keystorePassword.clear();
        again.clear();
        if (r.isPresent() && r.get().getButtonData() == ButtonBar.ButtonData.OK_DONE) {
            model.exportKeystore(account, walletChars, keystoreChars, Path.of(file.getText().strip()));
        } else {
            java.util.Arrays.fill(walletChars, '\0');
            java.util.Arrays.fill(keystoreChars, '\0');
        }
    }

    /**
     * Shows the recovery words after the wallet password: with the warning, until the dialog closes; closing (or the
     * wallet locking) drops them.
     */
    static void showRecoveryWords(RecoveryWordsViewModel model, I18n i18n, Window owner) {
        PasswordField password = new PasswordField();
        password.setId("dialog-password");
        password.textProperty().bindBidirectional(model.password());
        Button show = new Button(i18n.get("wallet.words.show"));
        show.setId("dialog-show-words");
        show.getStyleClass().add("accent");
        show.setOnAction(e -> model.reveal());
        password.setOnAction(e -> model.reveal());
        show.disableProperty().bind(model.password().isEmpty().or(model.busy()));
        HBox ask = new HBox(Components.label(i18n.text("send.password"), "field-label"), password, show);
        ask.getStyleClass().add("inline-row");
        ask.setId("dialog-ask");
        Label warning = Components.label(i18n.text("wallet.words.warning"), "notice", "warning-text");
        warning.setWrapText(true);
        warning.setPrefWidth(460);
        warning.setMinHeight(Region.USE_PREF_SIZE);
        Label error = new Label();
        error.textProperty().bind(model.error());
        error.getStyleClass().add("field-error");
        error.setId("dialog-error");
        javafx.scene.layout.VBox words = new javafx.scene.layout.VBox();
        words.setId("dialog-words");
        Dialog<ButtonType> d = new Dialog<>();
        javafx.collections.ListChangeListener<String> shown = c -> {
            words.getChildren().setAll(model.words().isEmpty()
                    ? java.util.List.of() : java.util.List.of(WalletNodes.wordGrid(model.words(), "dialog-word-")));
            if (d.isShowing()) {
                d.getDialogPane().getScene().getWindow().sizeToScene(); // the window grows with the words (its buttons stay in it)
            }
        };
        model.words().addListener(shown);
        ask.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.words()));
        ask.managedProperty().bind(ask.visibleProperty());
        GridPane g = new GridPane();
        g.add(warning, 0, 0, 2, 1);
        g.add(ask, 0, 1, 2, 1);
        g.add(error, 0, 2, 2, 1);
        g.add(words, 0, 3, 2, 1);
        d.initOwner(owner);
        d.setTitle(i18n.get("wallet.words.title"));
        d.setHeaderText(i18n.get("wallet.words.title"));
        ButtonType done = new ButtonType(i18n.get("wallet.words.done"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(done);
        d.getDialogPane().lookupButton(done).setId("dialog-ok");
        g.getStyleClass().addAll("form-grid", "wide-labels");
        d.getDialogPane().setContent(g);
        d.setOnHidden(e -> {
            model.words().removeListener(shown);
            password.textProperty().unbindBidirectional(model.password());
            model.hide();
        });
        d.showAndWait();
    }

    /** Private key, keystore file (its address shown for confirmation first) or watch-only address. */
    static void importAccount(WalletViewModel model, I18n i18n, Window owner) {
        ChoiceBox<String> kind = new ChoiceBox<>();
        kind.getItems().setAll(i18n.get("wallet.import.key"), i18n.get("wallet.import.keystore"), i18n.get("wallet.import.watch"));
        kind.getSelectionModel().select(0);
        kind.setId("dialog-import-kind");
        TextField label = new TextField();
        label.setId("dialog-label");
        PasswordField secret = new PasswordField();
        secret.setId("dialog-secret");
        TextField watch = new TextField();
        watch.setId("dialog-watch-address");
        GridPane g = new GridPane();
        g.addRow(0, Components.label(i18n.text("wallet.import.kind"), "field-label"), kind);
        g.addRow(1, Components.label(i18n.text("wallet.import.label"), "field-label"), label);
        Label secretLabel = Components.label(i18n.computed(() -> i18n.get(kind.getSelectionModel().getSelectedIndex() == 1
                ? "wallet.import.keystorePassword" : "wallet.import.keyHex"), kind.getSelectionModel().selectedIndexProperty()), "field-label");
        g.addRow(2, secretLabel, secret);
        g.addRow(3, Components.label(i18n.text("wallet.import.address"), "field-label"), watch);
        secret.disableProperty().bind(kind.getSelectionModel().selectedIndexProperty().isEqualTo(2));
        watch.disableProperty().bind(kind.getSelectionModel().selectedIndexProperty().isNotEqualTo(2));
        Optional<ButtonType> r = dialog(i18n, owner, "wallet.account.import", g).showAndWait();
        char[] chars = secret.getText().toCharArray();
        secret.clear();
        if (r.isEmpty() || r.get().getButtonData() != ButtonBar.ButtonData.OK_DONE) {
            java.util.Arrays.fill(chars, '\0');
            return;
        }
        switch (kind.getSelectionModel().getSelectedIndex()) {
            case 0 -> model.importPrivateKey(chars, label.getText());
            case 1 -> importKeystore(model, i18n, owner, chars, label.getText());
            default -> model.addWatchOnly(watch.getText(), label.getText());
        }
    }

    private static void importKeystore(WalletViewModel model, I18n i18n, Window owner, char[] password, String label) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("wallet.import.keystore"));
        File file = chooser.showOpenDialog(owner);
        if (file == null) {
            java.util.Arrays.fill(password, '\0');
            return;
        }
        model.keystoreAddress(file.toPath(), password).thenAcceptAsync(address -> {
            Dialog<ButtonType> confirm = dialog(i18n, owner, "wallet.import.confirmTitle", new GridPane());
            confirm.setContentText(i18n.get("wallet.import.confirm", address.checksummed()));
            Optional<ButtonType> answer = confirm.showAndWait();
            if (answer.isPresent() && answer.get().getButtonData() == ButtonBar.ButtonData.OK_DONE) {
                model.importKeystore(file.toPath(), password, label);
            } else {
                java.util.Arrays.fill(password, '\0');
            }
        }, FxBridge.EXECUTOR);
    }
}
