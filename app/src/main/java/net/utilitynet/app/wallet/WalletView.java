package net.utilitynet.app.wallet;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.ui.Components;
import net.utilitynet.app.ui.View;
import net.utilitynet.app.wallet.WalletService.AccountBalance;
import net.utilitynet.app.wallet.WalletService.Status;
import net.utilitynet.app.wallet.onboarding.OnboardingView;

/** The Wallet page: onboarding, unlock, or accounts with Receive / Send / History. */
public final class WalletView implements View {
    private final WalletViewModel model;
    private final I18n i18n;
    private final VBox body = new VBox();
    private final VBox root;
    private final OnboardingView onboarding;
    private Node unlocked;
    private Node lockedCard;
    private TabPane tabs;

    public WalletView(WalletViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.onboarding = new OnboardingView(model.onboarding(), i18n);
        ToggleButton privacy = new ToggleButton();
        privacy.textProperty().bind(i18n.text("wallet.privacy"));
        privacy.setId("wallet-privacy");
        privacy.selectedProperty().bindBidirectional(model.privacy());
        var lock = WalletNodes.button(i18n.text("wallet.lock"), "wallet-lock", e -> model.lock());
        lock.visibleProperty().bind(model.status().isEqualTo(Status.UNLOCKED));
        lock.managedProperty().bind(lock.visibleProperty());
        privacy.visibleProperty().bind(lock.visibleProperty());
        privacy.managedProperty().bind(lock.visibleProperty());
        Label network = Components.label(model.networkLine(), "badge");
        network.setId("wallet-network");
        for (Region r : new Region[] {network, privacy, lock}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox trailing = new HBox(network, privacy, lock);
        trailing.getStyleClass().add("toolbar");
        body.getStyleClass().add("wallet-body");
        root = Components.page("wallet-page", Components.pageHeader(model.title(), model.subtitle(), trailing), body);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> model.userActivity());
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> model.userActivity());
        model.status().addListener((o, a, b) -> show());
        model.privacy().addListener((o, a, b) -> refreshCells());
        model.sendRequested().addListener((o, a, b) -> showSendIfRequested());
        show();
    }

    /** A payment link filled the Send form: show it (once the wallet is unlocked). */
    private void showSendIfRequested() {
        if (model.sendRequested().get() && tabs != null && model.status().get() == Status.UNLOCKED) {
            model.sendRequested().set(false);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "wallet-tab-send".equals(t.getId())).findFirst().orElseThrow());
        }
    }

    private void show() {
        Node content = switch (model.status().get()) {
            case LOADING -> Components.label(i18n.text("wallet.loading"), "field-hint");
            case NONE -> onboarding.root();
            case LOCKED -> lockedCard();
            case UNLOCKED -> unlocked();
        };
        body.getChildren().setAll(content);
        showSendIfRequested();
    }

    private Node lockedCard() {
        if (lockedCard == null) {
            var password = WalletNodes.password(model.unlockPassword(), "wallet-unlock-password");
            password.setOnAction(e -> model.unlock());
            var unlock = WalletNodes.button(i18n.text("wallet.unlock"), "wallet-unlock", e -> model.unlock(), "accent");
            unlock.disableProperty().bind(model.busy());
            HBox row = new HBox(password, unlock);
            row.getStyleClass().add("inline-row");
            Label hint = Components.label(i18n.text("wallet.locked.body"), "field-hint");
            hint.setWrapText(true);
            lockedCard = Components.card(i18n.text("wallet.locked.title"), hint, row, WalletNodes.error(model.unlockError(), "wallet-unlock-error"),
                    WalletNodes.message(javafx.beans.binding.Bindings.when(model.send().linkNotice().isEmpty()).then("")
                            .otherwise(i18n.text("wallet.locked.linkWaiting")), "wallet-link-waiting", "link-notice"));
            lockedCard.setId("wallet-locked");
        }
        return lockedCard;
    }

    private ListView<AccountBalance> accountList;

    private Node unlocked() {
        if (unlocked != null) {
            return unlocked;
        }
        accountList = new ListView<>(model.accounts());
        accountList.setId("wallet-accounts");
        accountList.getStyleClass().add("account-list");
        accountList.setFixedCellSize(58);
        accountList.prefHeightProperty().bind(javafx.beans.binding.Bindings.min(5, javafx.beans.binding.Bindings.max(1,
                javafx.beans.binding.Bindings.size(model.accounts()))).multiply(58).add(4));
        accountList.setCellFactory(v -> new AccountCell());
        accountList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && (model.selected().get() == null || !model.selected().get().address().equals(b.account().address()))) {
                model.selected().set(b.account());
            }
        });
        model.accounts().addListener((javafx.collections.ListChangeListener<AccountBalance>) c -> selectInList());
        selectInList();
        Label problem = WalletNodes.message(model.chainProblem(), "wallet-chain-problem", "form-error");
        Label trust = WalletNodes.message(model.trustNotice(), "wallet-trust-notice", "warning-text");
        HBox tools = new HBox(
                WalletNodes.button(i18n.text("wallet.account.add"), "wallet-add-account", e -> model.addAccount()),
                WalletNodes.button(i18n.text("wallet.account.import"), "wallet-import", e -> AccountDialogs.importAccount(model, i18n, root.getScene().getWindow())),
                exportButton(),
                wordsButton(),
                WalletNodes.button(i18n.text("wallet.password.change"), "wallet-change-password", e -> AccountDialogs.changePassword(model, i18n, root.getScene().getWindow())),
                Components.hSpacer(),
                WalletNodes.button(i18n.text("wallet.refresh"), "wallet-refresh", e -> model.refresh()));
        tools.getStyleClass().add("toolbar");
        ProgressIndicator exporting = new ProgressIndicator();
        exporting.getStyleClass().add("small-progress");
        exporting.visibleProperty().bind(model.exporting());
        exporting.managedProperty().bind(exporting.visibleProperty());
        HBox notice = new HBox(exporting, WalletNodes.message(model.accountNotice(), "wallet-account-notice", "field-hint"));
        notice.getStyleClass().add("inline-row");
        VBox accounts = Components.card(i18n.text("wallet.accounts"), problem, trust, accountList, tools,
                WalletNodes.error(model.accountError(), "wallet-account-error"), notice);
        tabs = new TabPane(
                tab("wallet.tab.receive", "wallet-tab-receive", new ReceiveView(model.receive(), i18n).root()),
                tab("wallet.tab.send", "wallet-tab-send", new SendView(model.send(), model, i18n).root()),
                tab("wallet.tab.history", "wallet-tab-history", new HistoryView(model.history(), model, i18n).root()),
                tab("wallet.tab.book", "wallet-tab-book", new AddressBookView(model.addressBook(), i18n).root()),
                tab("wallet.tab.message", "wallet-tab-message", new MessageView(model.messages(), i18n).root()),
                tab("wallet.tab.typed", "wallet-tab-typed", new TypedDataView(model.typedData(), i18n).root()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("wallet-tabs");
        tabs.setId("wallet-tabs");
        // a tab whose content grows inside a layout pass (typed-data review, send preview) leaves the TabPane with a stale
        // cached height and its bottom cut off; ask the TabPane to measure again
        tabs.getTabs().forEach(t -> ((javafx.scene.Parent) t.getContent()).needsLayoutProperty().addListener((o, a, b) -> {
            if (b) {
                tabs.requestLayout();
            }
        }));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if ("wallet-tab-send".equals(b.getId())) {
                model.send().load();
            } else if ("wallet-tab-history".equals(b.getId())) {
                model.history().load();
            } else if ("wallet-tab-book".equals(b.getId())) {
                model.addressBook().load();
            }
        });
        model.selected().addListener((o, a, b) -> {
            if (tabs.getSelectionModel().getSelectedItem().getId().equals("wallet-tab-history")) {
                model.history().load();
            }
        });
        VBox box = new VBox(accounts, tabs);
        box.getStyleClass().add("wallet-unlocked");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        unlocked = box;
        return box;
    }

    /** Export keystore…: for the selected account when it holds a key, one export at a time. */
    private Node exportButton() {
        var export = WalletNodes.button(i18n.text("wallet.export"), "wallet-export",
                e -> AccountDialogs.exportKeystore(model, i18n, root.getScene().getWindow(), model.selected().get()));
        export.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.selected().get() == null || !model.selected().get().canSign(), model.selected()).or(model.exporting()));
        return export;
    }

    /** Recovery words…: only when the wallet holds them. */
    private Node wordsButton() {
        var words = WalletNodes.button(i18n.text("wallet.words"), "wallet-words",
                e -> AccountDialogs.showRecoveryWords(model.recoveryWords(), i18n, root.getScene().getWindow()));
        words.visibleProperty().bind(model.hasRecoveryWords());
        words.managedProperty().bind(words.visibleProperty());
        return words;
    }

    private Tab tab(String key, String id, Node content) {
        Tab t = new Tab();
        t.textProperty().bind(i18n.text(key));
        t.setId(id);
        t.setContent(content);
        return t;
    }

    private void selectInList() {
        if (model.selected().get() == null) {
            return;
        }
        for (AccountBalance b : model.accounts()) {
            if (b.account().address().equals(model.selected().get().address())) {
                accountList.getSelectionModel().select(b);
            }
        }
    }

    private void refreshCells() {
        if (accountList != null) {
            accountList.refresh();
        }
    }

    /** Label and kind, address, verified balance and the block it was proven at. */
    private final class AccountCell extends ListCell<AccountBalance> {
        @Override
        protected void updateItem(AccountBalance item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(item.account().label() + (item.account().canSign() ? "" : " · " + i18n.get("wallet.account.watchOnly")));
            name.getStyleClass().add("account-name");
            Label address = new Label(item.account().address().checksummed());
            address.getStyleClass().addAll("mono", "account-address");
            VBox left = new VBox(name, address);
            Label balance = new Label(model.amountText(item.balance()));
            balance.getStyleClass().add("account-balance");
            balance.setId("wallet-balance-" + item.account().address().lower());
            balance.setMinWidth(Region.USE_PREF_SIZE);
            Label verified = new Label(model.verifiedText(item));
            verified.getStyleClass().add(item.balance().isEmpty() ? "field-hint" : item.trust().consensusVerified() ? "verified-text" : "warning-text");
            verified.setId("wallet-verified-" + item.account().address().lower());
            verified.setMinWidth(Region.USE_PREF_SIZE);
            VBox right = new VBox(balance, verified);
            right.setAlignment(Pos.CENTER_RIGHT);
            HBox row = new HBox(left, Components.hSpacer(), right);
            row.getStyleClass().add("account-cell");
            setGraphic(row);
        }
    }

    @Override
    public Parent root() {
        return root;
    }
}
