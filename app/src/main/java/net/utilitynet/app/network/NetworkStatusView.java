package net.utilitynet.app.network;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import net.utilitynet.app.ui.Components;
import net.utilitynet.app.ui.View;

/** The live card of the Network page: sync, verified head, epoch, validators, miner set, endpoints, checkpoint, mode. */
public final class NetworkStatusView implements View {

    private final NetworkStatusViewModel model;
    private final VBox endpoints = new VBox();
    private final VBox root;

    public NetworkStatusView(NetworkStatusViewModel model) {
        this.model = model;
        Label sync = Components.label(model.syncLine(), "sync-line");
        sync.setId("network-sync-line");
        ProgressBar bar = new ProgressBar();
        bar.setId("network-sync-progress");
        bar.getStyleClass().add("sync-progress");
        bar.progressProperty().bind(model.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label mode = Components.label(model.modeProperty(), "badge", "mode-badge");
        mode.setId("network-mode");
        mode.setWrapText(true);
        model.consensusVerifiedProperty().addListener((obs, old, verified) -> styleMode(mode, verified));
        styleMode(mode, model.consensusVerifiedProperty().get());

        Label problem = Components.label(model.problemProperty(), "form-error");
        problem.setId("network-problem");
        problem.setWrapText(true);
        Button retry = new Button();
        retry.setId("network-retry");
        retry.setMnemonicParsing(true);
        retry.textProperty().bind(model.i18n().text("network.live.retry"));
        retry.setOnAction(event -> model.retry());
        retry.setMinWidth(Region.USE_PREF_SIZE);
        HBox problemRow = new HBox(problem, retry);
        problemRow.getStyleClass().add("inline-row");
        HBox.setHgrow(problem, Priority.ALWAYS);
        problemRow.visibleProperty().bind(model.failedProperty());
        problemRow.managedProperty().bind(problemRow.visibleProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("details-grid");
        int row = 0;
        add(grid, row++, "network.live.head", value("network-head", model.headProperty()));
        add(grid, row++, "network.live.hash", mono(value("network-head-hash", model.headHashProperty())));
        add(grid, row++, "network.live.epoch", value("network-epoch", model.epochProperty()));
        add(grid, row++, "network.live.validators", mono(value("network-validators", model.validatorsProperty())));
        add(grid, row++, "network.live.miners", value("network-miners", model.minersProperty()));
        add(grid, row++, "network.live.endpoints", endpoints);
        add(grid, row++, "network.live.checkpoint", mono(value("network-checkpoint", model.checkpointProperty())));
        add(grid, row, "network.live.devnet", mono(value("network-devnet", model.devnetProperty())));
        endpoints.setId("network-endpoints");
        endpoints.getStyleClass().add("endpoint-list");
        model.endpoints().addListener((ListChangeListener<NetworkStatusViewModel.EndpointRow>) change -> showEndpoints());
        showEndpoints();

        HBox progressRow = new HBox(bar);
        progressRow.getStyleClass().add("inline-row");
        root = Components.card(model.i18n().text("network.live.title"), new HBox(sync), progressRow, mode, problemRow, grid);
        root.setId("network-live");
        root.getStyleClass().add("network-live");
    }

    @Override
    public Parent root() {
        return root;
    }

    private void showEndpoints() {
        endpoints.getChildren().setAll(model.endpoints().stream().map(NetworkStatusView::endpointRow).toList());
    }

    private static Node endpointRow(NetworkStatusViewModel.EndpointRow row) {
        Label status = new Label(row.status());
        status.getStyleClass().addAll("badge", "endpoint-" + row.statusName());
        Label url = new Label(row.endpoint());
        url.getStyleClass().add("mono");
        Label detail = new Label(row.detail());
        detail.getStyleClass().add("endpoint-detail");
        detail.setWrapText(true);
        HBox box = new HBox(status, url, detail);
        box.getStyleClass().add("inline-row");
        return box;
    }

    private static void styleMode(Label mode, boolean verified) {
        mode.getStyleClass().removeAll("mode-verified", "mode-linkage");
        mode.getStyleClass().add(verified ? "mode-verified" : "mode-linkage");
    }

    private static Label value(String id, ObservableValue<String> text) {
        Label value = Components.label(text, "detail-value");
        value.setId(id);
        value.setWrapText(true);
        return value;
    }

    private static Label mono(Label label) {
        label.getStyleClass().add("mono");
        return label;
    }

    private void add(GridPane grid, int row, String key, Node value) {
        grid.add(Components.label(model.i18n().text(key), "field-label"), 0, row);
        grid.add(value, 1, row);
    }
}
