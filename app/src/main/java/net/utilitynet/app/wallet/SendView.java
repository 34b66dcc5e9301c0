package net.utilitynet.app.wallet;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.ui.Components;
import net.utilitynet.app.ui.View;
import net.utilitynet.app.wallet.SendViewModel.FeeChoice;
import net.utilitynet.wallet.outbox.OutboxEntry;
import net.utilitynet.wallet.outbox.OutboxState;
import net.utilitynet.wallet.tx.TxPreview;

/** Send form → preview with password → outbox tracking (speed-up, cancel). */
final class SendView implements View {
    private final SendViewModel model;
    private final WalletViewModel page;
    private final I18n i18n;
    private final VBox root = new VBox();
    private final VBox stepBox = new VBox();
    private Node form;

    SendView(SendViewModel model, WalletViewModel page, I18n i18n) {
        this.model = model;
        this.page = page;
        this.i18n = i18n;
        ListView<OutboxEntry> outbox = new ListView<>(model.outbox());
        outbox.setId("send-outbox");
        outbox.getStyleClass().add("account-list");
        outbox.setFixedCellSize(52);
        outbox.prefHeightProperty().bind(javafx.beans.binding.Bindings.min(4, javafx.beans.binding.Bindings.max(1,
                javafx.beans.binding.Bindings.size(model.outbox()))).multiply(52).add(4));
        outbox.setCellFactory(v -> new OutboxCell());
        outbox.setPlaceholder(Components.label(i18n.text("send.outbox.empty"), "field-hint"));
        root.getChildren().addAll(stepBox, Components.label(i18n.text("send.outbox"), "card-title"), outbox);
        root.getStyleClass().addAll("tab-body", "send-body");
        model.step().addListener((o, a, b) -> show());
        show();
    }

    private void show() {
        stepBox.getChildren().setAll(model.step().get() == SendViewModel.Step.FORM ? form() : review(model.preview().get()));
    }

    private Node form() {
        if (form != null) {
            return form;
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        Label from = Components.label(Bindings.createStringBinding(() -> page.selected().get() == null ? ""
                : page.selected().get().label() + "  " + page.selected().get().address().checksummed(), page.selected()), "mono");
        from.setId("send-from");
        grid.addRow(0, Components.label(i18n.text("send.from"), "field-label"), from);

        TextField to = WalletNodes.field(model.to(), "send-to", i18n.text("send.to.prompt"));
        to.getStyleClass().add("mono");
        to.textProperty().addListener((o, a, b) -> {
            if (b.strip().length() == 42) {
                model.checkRecipient();
            }
        });
        to.focusedProperty().addListener((o, a, focused) -> {
            if (!focused && !model.to().get().isBlank()) {
                model.checkRecipient();
            }
        });
        MenuButton suggest = new MenuButton();
        suggest.textProperty().bind(i18n.text("send.to.suggest"));
        suggest.setId("send-suggest");
        suggest.setOnShowing(e -> suggest.getItems().setAll(model.suggestions().stream().map(s -> {
            MenuItem item = new MenuItem(s.name() + "  " + s.address().checksummed());
            item.setOnAction(a -> model.to().set(s.address().checksummed()));
            return item;
        }).toList()));
        HBox toRow = new HBox(to, suggest);
        toRow.getStyleClass().add("inline-row");
        HBox.setHgrow(to, javafx.scene.layout.Priority.ALWAYS);
        grid.addRow(1, Components.label(i18n.text("send.to"), "field-label"), toRow);
        grid.add(WalletNodes.error(model.toError(), "send-to-error"), 1, 2);
        grid.add(WalletNodes.message(model.recipientWarning(), "send-recipient-warning", "warning-text"), 1, 3);

        TextField amount = WalletNodes.field(model.amount(), "send-amount", i18n.text("send.amount.prompt"));
        amount.disableProperty().bind(model.max());
        ToggleButton max = new ToggleButton();
        max.textProperty().bind(i18n.text("send.max"));
        max.setId("send-max");
        max.selectedProperty().bindBidirectional(model.max());
        HBox amountRow = new HBox(amount, Components.label(i18n.text("wallet.unit"), "field-unit"), max);
        amountRow.getStyleClass().add("inline-row");
        grid.addRow(4, Components.label(i18n.text("send.amount"), "field-label"), amountRow);
        grid.add(WalletNodes.error(model.amountError(), "send-amount-error"), 1, 5);

        ToggleGroup fees = new ToggleGroup();
        HBox feeRow = new HBox();
        feeRow.getStyleClass().add("segmented");
        for (FeeChoice c : FeeChoice.values()) {
            ToggleButton t = new ToggleButton();
            t.textProperty().bind(i18n.computed(() -> model.feeText(c), model.presets()));
            t.setId("send-fee-" + c.name().toLowerCase(java.util.Locale.ROOT));
            t.setToggleGroup(fees);
            t.setUserData(c);
            t.setSelected(model.fee().get() == c);
            feeRow.getChildren().add(t);
        }
        fees.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                model.fee().set((FeeChoice) b.getUserData());
            }
        });
        grid.addRow(6, Components.label(i18n.text("send.fee"), "field-label"), feeRow);
        TextField maxFee = WalletNodes.field(model.customMaxFeeGwei(), "send-fee-max", i18n.text("send.fee.maxFee"));
        TextField tip = WalletNodes.field(model.customTipGwei(), "send-fee-tip", i18n.text("send.fee.tip"));
        HBox custom = new HBox(maxFee, tip, Components.label(i18n.text("send.fee.gwei"), "field-unit"));
        custom.getStyleClass().add("inline-row");
        custom.visibleProperty().bind(model.fee().isEqualTo(FeeChoice.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());
        grid.add(custom, 1, 7);
        grid.add(WalletNodes.error(model.feeError(), "send-fee-error"), 1, 8);

        Button review = WalletNodes.button(i18n.text("send.review"), "send-review", e -> model.review(), "accent");
        review.disableProperty().bind(model.busy());
        HBox actions = new HBox(review);
        actions.getStyleClass().add("toolbar");
        VBox box = new VBox(WalletNodes.message(model.linkNotice(), "send-link-notice", "link-notice"), grid,
                WalletNodes.message(model.formError(), "send-form-error", "form-error"),
                WalletNodes.message(model.sentNotice(), "send-sent", "success-text"), actions);
        form = box;
        return box;
    }

    private Node review(TxPreview p) {
        GridPane grid = new GridPane();
        grid.getStyleClass().addAll("details-grid", "send-preview");
        String[][] rows = {
            {"send.preview.from", p.from().checksummed()},
            {"send.preview.to", p.to().checksummed()},
            {"send.preview.amount", model.unc(p.amount())},
            {"send.preview.fee", model.unc(p.maxFee())},
            {"send.preview.total", model.unc(p.total())},
            {"send.preview.network", i18n.get("send.preview.networkValue", p.network(), p.chainId())},
            {"send.preview.nonce", p.nonce().toString()}};
        for (int i = 0; i < rows.length; i++) {
            Label value = new Label(rows[i][1]);
            value.getStyleClass().addAll("detail-value", "mono");
            value.setId("send-preview-" + rows[i][0].substring("send.preview.".length()));
            grid.addRow(i, Components.label(i18n.text(rows[i][0]), "field-label"), value);
        }
        var password = WalletNodes.password(model.password(), "send-password");
        password.setOnAction(e -> model.confirm());
        Button confirm = WalletNodes.button(i18n.text("send.confirm"), "send-confirm", e -> model.confirm(), "accent");
        confirm.disableProperty().bind(model.busy().or(model.password().isEmpty()));
        Button back = WalletNodes.button(i18n.text("button.back"), "send-back", e -> model.back());
        back.disableProperty().bind(model.busy());
        HBox pwRow = new HBox(Components.label(i18n.text("send.password"), "field-label"), password, confirm, back);
        pwRow.getStyleClass().add("inline-row");
        return new VBox(Components.label(i18n.text("send.preview.title"), "card-title"), grid,
                WalletNodes.message(model.recipientWarning(), "send-preview-warning", "warning-text"),
                Components.label(i18n.text("send.preview.hint"), "field-hint"), pwRow,
                WalletNodes.error(model.passwordError(), "send-password-error"),
                WalletNodes.message(model.formError(), "send-review-error", "form-error"));
    }

    private final class OutboxCell extends ListCell<OutboxEntry> {
        @Override
        protected void updateItem(OutboxEntry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                return;
            }
            Label what = new Label(i18n.get("send.outbox.line", i18n.get("send.kind." + e.kind().name().toLowerCase(java.util.Locale.ROOT)),
                    page.amountText(java.util.Optional.of(net.utilitynet.wallet.amount.UncAmount.ofWei(e.params().valueWei()))),
                    e.params().to().checksummed(), ReceiveViewModel.shortHash(e.hash())));
            what.getStyleClass().add("mono");
            Label state = new Label(model.stateText(e));
            state.getStyleClass().add(switch (e.state()) {
                case CONFIRMED, INCLUDED -> "verified-text";
                case FAILED, DROPPED -> "field-error";
                default -> "field-hint";
            });
            state.setId("send-state-" + e.hash());
            HBox row = new HBox(new VBox(what, state), Components.hSpacer());
            row.getStyleClass().add("outbox-cell");
            if ((e.state() == OutboxState.PENDING || e.state() == OutboxState.SIGNED) && e.kind() != OutboxEntry.Kind.CANCEL) {
                row.getChildren().addAll(
                        WalletNodes.button(i18n.text("send.speedUp"), "send-speedup", a -> AccountDialogs.askPassword(i18n, getScene().getWindow(),
                                "send.speedUp").ifPresent(pw -> model.replace(e, false, pw))),
                        WalletNodes.button(i18n.text("send.cancelTx"), "send-cancel", a -> AccountDialogs.askPassword(i18n, getScene().getWindow(),
                                "send.cancelTx").ifPresent(pw -> model.replace(e, true, pw)), "danger"));
            }
            setGraphic(row);
        }
    }

    @Override
    public Parent root() {
        return root;
    }
}
