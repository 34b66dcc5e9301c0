package net.utilitynet.app.wallet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.ui.Components;
import net.utilitynet.app.ui.View;
import net.utilitynet.wallet.message.TypedDataField;

/** Paste eth_signTypedData_v4 JSON, review domain, fields and digest, sign with the selected account. */
final class TypedDataView implements View {
    private final VBox root;
    private final TreeTableView<TypedDataField> tree = new TreeTableView<>();

    TypedDataView(TypedDataViewModel model, I18n i18n) {
        TextArea json = new TextArea();
        json.setId("typed-json");
        json.setPrefRowCount(5);
        json.setWrapText(true);
        json.getStyleClass().add("mono");
        json.textProperty().bindBidirectional(model.json());
        json.promptTextProperty().bind(i18n.text("typed.json.prompt"));
        var review = WalletNodes.button(i18n.text("typed.review"), "typed-review", e -> model.review());
        review.disableProperty().bind(model.json().isEmpty());

        GridPane domain = new GridPane();
        domain.getStyleClass().addAll("form-grid", "wide-labels");
        domain.addRow(0, Components.label(i18n.text("typed.domain.name"), "field-label"), value(model.domainName(), "typed-domain-name"));
        domain.addRow(1, Components.label(i18n.text("typed.domain.version"), "field-label"), value(model.domainVersion(), "typed-domain-version"));
        domain.addRow(2, Components.label(i18n.text("typed.domain.chainId"), "field-label"), value(model.domainChainId(), "typed-domain-chain"));
        domain.addRow(3, Components.label(i18n.text("typed.domain.contract"), "field-label"), value(model.verifyingContract(), "typed-domain-contract"));
        domain.addRow(4, Components.label(i18n.text("typed.primaryType"), "field-label"), value(model.primaryType(), "typed-primary-type"));
        domain.addRow(5, Components.label(i18n.text("typed.digest"), "field-label"), value(model.digest(), "typed-digest"));

        tree.setId("typed-fields");
        tree.setShowRoot(false);
        tree.setPrefHeight(330);
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tree.getColumns().add(column(i18n, "typed.col.field", TypedDataViewModel::name, 220));
        tree.getColumns().add(column(i18n, "typed.col.type", TypedDataField::type, 120));
        tree.getColumns().add(column(i18n, "typed.col.value", TypedDataField::value, 400));
        model.fields().addListener((ListChangeListener<TypedDataField>) c -> fill(model.fields(), model.primaryType().get()));

        var password = WalletNodes.password(model.password(), "typed-password");
        var sign = WalletNodes.button(i18n.text("message.sign"), "typed-sign", e -> model.sign(), "accent");
        sign.disableProperty().bind(model.password().isEmpty().or(model.reviewed().isNull()).or(model.busy()));
        Label signer = Components.label(i18n.computed(model::signerText, model.account()), "field-hint");
        signer.setId("typed-signer");
        HBox signRow = new HBox(Components.label(i18n.text("send.password"), "field-label"), password, sign);
        signRow.getStyleClass().add("inline-row");
        TextField signature = value(model.signature(), "typed-signature");
        HBox.setHgrow(signature, Priority.ALWAYS);
        var copy = WalletNodes.button(i18n.text("typed.copy"), "typed-copy", e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.signature().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox signatureRow = new HBox(signature, copy);
        signatureRow.getStyleClass().add("inline-row");
        signatureRow.visibleProperty().bind(model.signature().isNotEmpty());
        signatureRow.managedProperty().bind(signatureRow.visibleProperty());

        VBox details = new VBox(domain, WalletNodes.message(model.chainWarning(), "typed-chain-warning", "warning-text"), tree,
                Components.label(i18n.text("typed.sign.title"), "card-title"), signer, signRow,
                WalletNodes.error(model.signError(), "typed-sign-error"), signatureRow);
        details.getStyleClass().add("typed-review");
        details.setId("typed-details");
        details.visibleProperty().bind(model.reviewed().isNotNull());
        details.managedProperty().bind(details.visibleProperty());
        Label hint = Components.label(i18n.text("typed.hint"), "field-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        root = new VBox(Components.label(i18n.text("typed.title"), "card-title"), hint, json, new HBox(review),
                WalletNodes.error(model.reviewError(), "typed-review-error"), details);
        root.getStyleClass().add("tab-body");
    }

    private static TextField value(StringProperty text, String id) {
        TextField f = new TextField();
        f.setEditable(false);
        f.textProperty().bind(text);
        f.setId(id);
        f.getStyleClass().add("mono");
        GridPane.setHgrow(f, Priority.ALWAYS);
        return f;
    }

    /** The fields come flat with their depth; each one hangs under the last field one level up. */
    private void fill(List<TypedDataField> fields, String primaryType) {
        TreeItem<TypedDataField> top = new TreeItem<>();
        List<TreeItem<TypedDataField>> parents = new ArrayList<>();
        String section = "";
        for (TypedDataField f : fields) {
            String head = f.path().substring(0, f.path().indexOf('.'));
            if (!head.equals(section)) { // "domain", then "message": one branch each, typed by their struct
                section = head;
                TreeItem<TypedDataField> branch = new TreeItem<>(new TypedDataField(head, head.equals("domain") ? "EIP712Domain" : primaryType, "", 0));
                branch.setExpanded(true);
                top.getChildren().add(branch);
                parents.clear();
                parents.add(branch);
            }
            TreeItem<TypedDataField> item = new TreeItem<>(f);
            item.setExpanded(true);
            while (parents.size() > f.depth()) {
                parents.remove(parents.size() - 1);
            }
            parents.get(parents.size() - 1).getChildren().add(item);
            parents.add(item);
        }
        tree.setRoot(top);
    }

    private static TreeTableColumn<TypedDataField, String> column(I18n i18n, String key, Function<TypedDataField, String> value, double width) {
        TreeTableColumn<TypedDataField, String> c = new TreeTableColumn<>();
        c.setPrefWidth(width);
        c.textProperty().bind(i18n.text(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().getValue() == null ? "" : value.apply(d.getValue().getValue())));
        return c;
    }

    @Override
    public Parent root() {
        return root;
    }
}
