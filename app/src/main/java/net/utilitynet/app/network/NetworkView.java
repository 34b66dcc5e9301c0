package net.utilitynet.app.network;

import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import net.utilitynet.app.networks.NetworkDefinition;
import net.utilitynet.app.ui.Components;
import net.utilitynet.app.ui.View;

/** The Network page: the list of networks, actions on the selected one, and its details. */
public final class NetworkView implements View {

    private final NetworkViewModel model;
    private final ListView<NetworkDefinition> list = new ListView<>();
    private final VBox root;

    /** {@code live}: the running network's status card ({@link NetworkStatusView}). */
    public NetworkView(NetworkViewModel model, View live) {
        this.model = model;
        list.setId("network-list");
        list.getStyleClass().add("network-list");
        list.setItems(model.networks());
        list.setCellFactory(view -> new NetworkCell());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                model.selectedProperty().set(item);
            }
        });
        model.selectedProperty().addListener((obs, old, item) -> list.getSelectionModel().select(item));
        // Replacing the items clears the list's selection; put the model's selection back.
        model.networks().addListener((ListChangeListener<NetworkDefinition>) change ->
                list.getSelectionModel().select(model.selectedProperty().get()));
        list.getSelectionModel().select(model.selectedProperty().get());
        model.activeIdProperty().addListener((obs, old, id) -> list.refresh());
        model.i18n().bundleProperty().addListener((obs, old, bundle) -> list.refresh());

        Label message = Components.label(model.messageProperty(), "form-error");
        message.setId("network-message");
        message.setWrapText(true);
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        root = Components.page("network-page",
                Components.pageHeader(model.text("page.network.title"), model.text("page.network.subtitle")),
                message,
                live.root(),
                Components.card(model.text("network.list.title"), list, toolbar()),
                details());
    }

    @Override
    public Parent root() {
        return root;
    }

    private HBox toolbar() {
        Button add = button("network-add", "network.button.add");
        add.setOnAction(event -> openEditor(null));
        Button edit = button("network-edit", "network.button.edit");
        edit.disableProperty().bind(model.editable().not());
        edit.setOnAction(event -> openEditor(model.selectedProperty().get()));
        Button remove = button("network-remove", "network.button.remove");
        remove.getStyleClass().add("danger");
        remove.disableProperty().bind(model.editable().not());
        remove.setOnAction(event -> confirmRemove());
        Button use = button("network-use", "network.button.use");
        use.getStyleClass().add("accent");
        use.disableProperty().bind(model.selectable().not());
        use.setOnAction(event -> model.useSelected());
        HBox bar = new HBox(add, edit, remove, Components.hSpacer(), use);
        bar.getStyleClass().add("toolbar");
        return bar;
    }

    private VBox details() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("details-grid");
        Label chainId = detailValue("network-detail-chain-id");
        Label endpoints = detailValue("network-detail-endpoints");
        Label checkpoint = detailValue("network-detail-checkpoint");
        checkpoint.getStyleClass().add("mono");
        addDetail(grid, 0, "network.detail.chainId", chainId);
        addDetail(grid, 1, "network.detail.endpoints", endpoints);
        addDetail(grid, 2, "network.detail.checkpoint", checkpoint);
        Label syncMode = detailValue("network-detail-sync-mode");
        addDetail(grid, 3, "network.detail.syncMode", syncMode);
        Runnable refresh = () -> {
            NetworkDefinition network = model.selectedProperty().get();
            if (network == null) {
                return;
            }
            chainId.setText(Long.toString(network.chainId()));
            endpoints.setText(network.embedded() ? model.i18n().get("network.embedded")
                    : String.join("\n", network.rpcUrls()));
            checkpoint.setText(network.embedded() ? model.i18n().get("network.embedded.checkpoint")
                    : model.i18n().get("network.checkpoint.value", network.checkpointNumber(), network.checkpointHash()));
            syncMode.setText(model.i18n().get("network.editor.syncMode." + network.syncMode().name()));
        };
        model.selectedProperty().addListener((obs, old, network) -> refresh.run());
        model.i18n().bundleProperty().addListener((obs, old, bundle) -> refresh.run());
        refresh.run();
        return Components.card(model.text("network.detail.title"), grid);
    }

    private static Label detailValue(String id) {
        Label value = new Label();
        value.setId(id);
        value.setWrapText(true);
        value.getStyleClass().add("detail-value");
        return value;
    }

    private void addDetail(GridPane grid, int row, String key, Label value) {
        grid.add(Components.label(model.text(key), "field-label"), 0, row);
        grid.add(value, 1, row);
    }

    private Button button(String id, String key) {
        Button button = new Button();
        button.setId(id);
        button.setMnemonicParsing(true);
        button.textProperty().bind(model.text(key));
        return button;
    }

    private void openEditor(NetworkDefinition existing) {
        NetworkEditorViewModel editor = model.editor(existing);
        new NetworkEditorDialog(editor, model.i18n(), window()).showAndWait().ifPresent(draft -> {
            if (existing == null) {
                model.add(draft);
            } else {
                model.update(existing, draft);
            }
        });
    }

    private void confirmRemove() {
        NetworkDefinition network = model.selectedProperty().get();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                model.i18n().get("network.remove.body", model.displayName(network)), ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(window());
        alert.setHeaderText(model.i18n().get("network.remove.title"));
        alert.getDialogPane().getStylesheets().setAll(root.getScene().getStylesheets());
        alert.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.removeSelected());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** Two lines per network: name with an "Active" badge, then chain id and endpoint. */
    private final class NetworkCell extends ListCell<NetworkDefinition> {
        @Override
        protected void updateItem(NetworkDefinition network, boolean empty) {
            super.updateItem(network, empty);
            if (empty || network == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(model.displayName(network));
            name.getStyleClass().add("network-name");
            HBox top = new HBox(name);
            top.getStyleClass().add("inline-row");
            if (model.isActive(network)) {
                Label badge = new Label(model.i18n().get("network.active"));
                badge.getStyleClass().addAll("badge", "badge-accent");
                top.getChildren().add(badge);
            }
            String endpoint = network.embedded() ? model.i18n().get("network.embedded") : network.rpcUrls().get(0);
            Label sub = new Label(model.i18n().get("network.cell.subtitle", Long.toString(network.chainId()), endpoint));
            sub.getStyleClass().add("network-sub");
            VBox box = new VBox(top, sub);
            box.getStyleClass().add("network-cell");
            setText(null);
            setGraphic(box);
        }
    }
}
