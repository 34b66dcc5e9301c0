package net.utilitynet.app.wallet.onboarding;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.ui.Components;
import net.utilitynet.app.ui.View;
import net.utilitynet.app.wallet.WalletNodes;

/** The first-run card: create (words shown once, three confirmed) or restore, then a password. */
public final class OnboardingView implements View {
    private final OnboardingViewModel model;
    private final I18n i18n;
    private final VBox root = new VBox();

    public OnboardingView(OnboardingViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        root.getStyleClass().addAll("card", "onboarding");
        root.setId("onboarding");
        model.step().addListener((o, a, b) -> show());
        show();
    }

    private void show() {
        Node content = switch (model.step().get()) {
            case CHOOSE -> choose();
            case SHOW_WORDS -> showWords();
            case CONFIRM_WORDS -> confirmWords();
            case RESTORE -> restore();
            case PASSWORD -> password();
            case DONE -> done();
        };
        root.getChildren().setAll(content);
    }

    private VBox section(String titleKey, String bodyKey, Node... rest) {
        Label title = Components.label(i18n.text(titleKey), "card-title");
        Label body = Components.label(i18n.computed(() -> i18n.get(bodyKey, model.networkName())), "onboarding-body");
        body.setWrapText(true);
        VBox box = new VBox(title, body);
        box.getChildren().addAll(rest);
        box.getStyleClass().add("onboarding-step");
        return box;
    }

    private Node choose() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton twelve = toggle("onboarding.words12", "onboarding-words-12", group);
        ToggleButton twentyFour = toggle("onboarding.words24", "onboarding-words-24", group);
        (model.wordCount().get() == 24 ? twentyFour : twelve).setSelected(true);
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                model.wordCount().set(b == twentyFour ? 24 : 12);
            }
        });
        HBox count = new HBox(twelve, twentyFour);
        count.getStyleClass().add("segmented");
        HBox actions = new HBox(
                WalletNodes.button(i18n.text("onboarding.create"), "onboarding-create", e -> model.startCreate(), "accent"),
                WalletNodes.button(i18n.text("onboarding.restore"), "onboarding-restore", e -> model.startRestore()));
        actions.getStyleClass().add("toolbar");
        return section("onboarding.title", "onboarding.body", Components.label(i18n.text("onboarding.wordCount"), "field-label"), count, actions);
    }

    private ToggleButton toggle(String key, String id, ToggleGroup group) {
        ToggleButton t = new ToggleButton();
        t.textProperty().bind(i18n.text(key));
        t.setId(id);
        t.setToggleGroup(group);
        return t;
    }

    private Node showWords() {
        GridPane grid = WalletNodes.wordGrid(model.words(), "onboarding-word-");
        Label warning = Components.label(i18n.text("onboarding.words.warning"), "notice", "warning-text");
        warning.setWrapText(true);
        HBox actions = new HBox(
                WalletNodes.button(i18n.text("onboarding.words.done"), "onboarding-written", e -> model.wordsWrittenDown(), "accent"),
                WalletNodes.button(i18n.text("button.cancel"), "onboarding-cancel", e -> model.cancel()));
        actions.getStyleClass().add("toolbar");
        return section("onboarding.words.title", "onboarding.words.body", warning, grid, actions);
    }

    private Node confirmWords() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        int row = 0;
        for (int position : model.confirmPositions()) {
            Label label = new Label();
            label.textProperty().bind(i18n.text("onboarding.confirm.word", position));
            label.getStyleClass().add("field-label");
            TextField field = WalletNodes.field(model.confirmAnswer(position), "onboarding-confirm-" + position, null);
            field.getStyleClass().add("mono");
            grid.addRow(row++, label, field);
        }
        HBox actions = new HBox(
                WalletNodes.button(i18n.text("onboarding.confirm.check"), "onboarding-confirm-check", e -> model.checkConfirmation(), "accent"),
                WalletNodes.button(i18n.text("onboarding.confirm.again"), "onboarding-show-again", e -> model.showWordsAgain()));
        actions.getStyleClass().add("toolbar");
        return section("onboarding.confirm.title", "onboarding.confirm.body", grid,
                WalletNodes.error(model.confirmError(), "onboarding-confirm-error"), actions);
    }

    private Node restore() {
        Label pasteNotice = WalletNodes.message(i18n.text("onboarding.restore.pasteCleared"), "onboarding-paste-cleared", "field-hint");
        pasteNotice.visibleProperty().unbind();
        pasteNotice.setVisible(false);
        TextArea words = new TextArea() {
            @Override
            public void paste() {
                super.paste();
                // Recovery words must not stay where any program can read them.
                Clipboard.getSystemClipboard().clear();
                pasteNotice.setVisible(true);
            }
        };
        words.textProperty().bindBidirectional(model.restoreText());
        words.setId("onboarding-restore-text");
        words.setWrapText(true);
        words.setPrefRowCount(4);
        words.getStyleClass().add("mono");
        words.promptTextProperty().bind(i18n.text("onboarding.restore.prompt"));
        HBox actions = new HBox(
                WalletNodes.button(i18n.text("button.next"), "onboarding-restore-next", e -> model.acceptRestoreWords(), "accent"),
                WalletNodes.button(i18n.text("button.cancel"), "onboarding-cancel", e -> model.cancel()));
        actions.getStyleClass().add("toolbar");
        return section("onboarding.restore.title", "onboarding.restore.body", words,
                WalletNodes.error(model.restoreProblem(), "onboarding-restore-error"), pasteNotice, actions);
    }

    private Node password() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.addRow(0, Components.label(i18n.text("onboarding.password"), "field-label"), WalletNodes.password(model.password(), "onboarding-password"));
        Label strength = Components.label(model.strengthText(), "field-hint");
        strength.setId("onboarding-strength");
        Runnable colour = () -> strength.getStyleClass().setAll("label", switch (model.strength().get()) {
            case STRONG -> "verified-text";
            case FAIR -> "field-hint";
            default -> "warning-text";
        });
        model.strength().addListener((o, a, b) -> colour.run());
        colour.run();
        grid.add(strength, 1, 1);
        grid.addRow(2, Components.label(i18n.text("onboarding.passwordConfirm"), "field-label"),
                WalletNodes.password(model.passwordConfirm(), "onboarding-password-confirm"));
        grid.add(WalletNodes.error(model.passwordProblem(), "onboarding-password-error"), 1, 3);
        grid.addRow(4, Components.label(i18n.text("onboarding.passphrase"), "field-label"), WalletNodes.password(model.passphrase(), "onboarding-passphrase"));
        Label passHint = Components.label(i18n.text("onboarding.passphrase.hint"), "field-hint");
        grid.add(passHint, 1, 5);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("onboarding-progress");
        progress.getStyleClass().add("small-progress");
        progress.visibleProperty().bind(model.busy());
        progress.managedProperty().bind(model.busy());
        Label working = WalletNodes.message(i18n.computed(() -> model.busy().get() ? i18n.get("onboarding.encrypting") : "", model.busy()),
                "onboarding-working", "field-hint");
        var finish = WalletNodes.button(i18n.text("onboarding.finish"), "onboarding-finish", e -> model.create(), "accent");
        finish.disableProperty().bind(model.canCreate().not());
        var cancel = WalletNodes.button(i18n.text("button.cancel"), "onboarding-cancel", e -> model.cancel());
        cancel.disableProperty().bind(model.busy());
        HBox actions = new HBox(finish, cancel, progress, working);
        actions.getStyleClass().add("toolbar");
        actions.setAlignment(Pos.CENTER_LEFT);
        return section("onboarding.password.title", "onboarding.password.body", grid, WalletNodes.error(model.error(), "onboarding-error"), actions);
    }

    private Node done() {
        Label address = Components.label(model.createdAddress(), "mono", "address-text");
        address.setId("onboarding-address");
        return section("onboarding.done.title", "onboarding.done.body", address);
    }

    @Override
    public Parent root() {
        return root;
    }
}
