package net.utilitynet.app.wallet;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.ui.Components;
import net.utilitynet.app.ui.View;
import net.utilitynet.wallet.store.AddressBookEntry;

/** Address book: list with remove, and a form to add a named address. */
final class AddressBookView implements View {
    private final VBox root;

    AddressBookView(AddressBookViewModel model, I18n i18n) {
        ListView<AddressBookEntry> list = new ListView<>(model.entries());
        list.setId("book-list");
        list.getStyleClass().add("account-list");
        list.setFixedCellSize(52);
        list.prefHeightProperty().bind(javafx.beans.binding.Bindings.min(5, javafx.beans.binding.Bindings.max(1,
                javafx.beans.binding.Bindings.size(model.entries()))).multiply(52).add(4));
        list.setPlaceholder(Components.label(i18n.text("book.empty"), "field-hint"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(AddressBookEntry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setGraphic(null);
                    return;
                }
                Label name = new Label(e.name());
                name.getStyleClass().add("account-name");
                Label address = new Label(e.address().checksummed());
                address.getStyleClass().addAll("mono", "account-address");
                HBox row = new HBox(new VBox(name, address), Components.hSpacer(),
                        WalletNodes.button(i18n.text("book.remove"), "book-remove-" + e.address().lower(), a -> model.remove(e), "danger"));
                row.getStyleClass().add("account-cell");
                setGraphic(row);
            }
        });
        GridPane form = new GridPane();
        form.getStyleClass().add("form-grid");
        form.addRow(0, Components.label(i18n.text("book.name"), "field-label"), WalletNodes.field(model.name(), "book-name", null));
        form.add(WalletNodes.error(model.nameError(), "book-name-error"), 1, 1);
        var address = WalletNodes.field(model.address(), "book-address", i18n.text("send.to.prompt"));
        address.getStyleClass().add("mono");
        address.setPrefColumnCount(34);
        form.addRow(2, Components.label(i18n.text("book.address"), "field-label"), address);
        form.add(WalletNodes.error(model.addressError(), "book-address-error"), 1, 3);
        HBox actions = new HBox(WalletNodes.button(i18n.text("book.add"), "book-add", e -> model.add(), "accent"));
        actions.getStyleClass().add("toolbar");
        root = new VBox(list, Components.label(i18n.text("book.new"), "card-title"), form, actions);
        root.getStyleClass().add("tab-body");
    }

    @Override
    public Parent root() {
        return root;
    }
}
