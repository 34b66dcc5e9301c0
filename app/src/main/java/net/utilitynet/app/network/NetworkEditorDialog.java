package net.utilitynet.app.network;

import java.util.Locale;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.geometry.VPos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.networks.NetworkDraft;
import net.utilitynet.app.networks.NetworkField;
import net.utilitynet.app.networks.NetworkSyncMode;
import net.utilitynet.app.ui.Components;

/**
 * The add/edit network dialog. Save validates first: with errors the dialog stays open and each
 * message appears under its field; only a valid draft is returned.
 */
final class NetworkEditorDialog {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final NetworkEditorViewModel model;
    private final I18n i18n;
    private final Dialog<NetworkDraft> dialog = new Dialog<>();

    NetworkEditorDialog(NetworkEditorViewModel model, I18n i18n, Window owner) {
        this.model = model;
        this.i18n = i18n;
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get(model.editing() ? "network.editor.editTitle" : "network.editor.addTitle"));
        dialog.setHeaderText(null);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.getDialogPane().getStyleClass().add("network-editor");
        ButtonType save = new ButtonType(i18n.get("button.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().lookupButton(save).setId("dialog-save");
        dialog.getDialogPane().lookupButton(cancel).setId("dialog-cancel");
        dialog.getDialogPane().setContent(form());
        dialog.setResizable(true);
        dialog.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, event -> {
            if (!model.validate()) {
                event.consume();
                dialog.getDialogPane().getScene().getWindow().sizeToScene(); // room for the messages
            }
        });
        dialog.setResultConverter(button -> button == save ? model.draft() : null);
    }

    Optional<NetworkDraft> showAndWait() {
        return dialog.showAndWait();
    }

    Dialog<NetworkDraft> dialog() {
        return dialog;
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, inputs);
        Label help = Components.label(i18n.text("network.editor.help"), "field-hint");
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        grid.add(help, 0, 0, 2, 1);
        int row = 1;
        row = field(grid, row, NetworkField.NAME, new TextField(), "network.editor.name");
        row = field(grid, row, NetworkField.CHAIN_ID, new TextField(), "network.editor.chainId");
        TextArea urls = new TextArea();
        urls.setPrefRowCount(3);
        row = field(grid, row, NetworkField.RPC_URLS, urls, "network.editor.rpcUrls");
        row = field(grid, row, NetworkField.CHECKPOINT_NUMBER, new TextField(), "network.editor.checkpointNumber");
        TextField hash = new TextField();
        hash.getStyleClass().add("mono");
        row = field(grid, row, NetworkField.CHECKPOINT_HASH, hash, "network.editor.checkpointHash");
        syncMode(grid, row);
        return grid;
    }

    /** One radio button per mode, bound to the view-model both ways, and the hint on when skip sync applies. */
    private void syncMode(GridPane grid, int row) {
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox();
        choices.getStyleClass().add("choice-column");
        for (NetworkSyncMode mode : NetworkSyncMode.values()) {
            RadioButton choice = new RadioButton();
            choice.textProperty().bind(i18n.text("network.editor.syncMode." + mode.name()));
            choice.setId("network-sync-" + mode.name().toLowerCase(Locale.ROOT));
            choice.setUserData(mode);
            choice.setWrapText(true);
            choice.setMaxWidth(Double.MAX_VALUE); // wraps in the form's width instead of cutting the text
            choice.setMinHeight(Region.USE_PREF_SIZE);
            choice.setToggleGroup(group);
            choice.setSelected(model.syncMode().get() == mode);
            choices.getChildren().add(choice);
        }
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                model.syncMode().set((NetworkSyncMode) toggle.getUserData());
            }
        });
        Label hint = Components.label(i18n.text("network.editor.syncMode.hint"), "field-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        choices.getChildren().add(hint);
        Label label = Components.label(i18n.text("network.editor.syncMode"), "field-label");
        GridPane.setValignment(label, VPos.TOP);
        grid.add(label, 0, row);
        grid.add(choices, 1, row);
    }

    private int field(GridPane grid, int row, NetworkField field, TextInputControl input, String key) {
        String id = "network-" + field.name().toLowerCase(Locale.ROOT).replace('_', '-');
        input.setId(id);
        input.textProperty().bindBidirectional(model.value(field));
        input.setPromptText(i18n.get(key + ".prompt"));
        Label label = Components.label(i18n.text(key), "field-label");
        label.setLabelFor(input);
        Label error = Components.label(model.error(field), "field-error");
        error.setId(id + "-error");
        error.setWrapText(true);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.setMaxWidth(Double.MAX_VALUE);
        error.visibleProperty().bind(model.error(field).isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        model.error(field).addListener((obs, old, text) -> input.pseudoClassStateChanged(INVALID, !text.isEmpty()));
        grid.add(label, 0, row);
        grid.add(input, 1, row);
        grid.add(error, 1, row + 1);
        return row + 2;
    }
}
