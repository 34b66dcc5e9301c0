package net.utilitynet.app.wallet;

import java.io.File;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import java.util.function.Function;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.ui.Components;
import net.utilitynet.app.ui.View;
import net.utilitynet.wallet.history.HistoryRow;

/** History table (newest first; "Confirmed" only with a verified inclusion) and CSV export. */
final class HistoryView implements View {
    private final VBox root;

    HistoryView(HistoryViewModel model, WalletViewModel page, I18n i18n) {
        TableView<HistoryRow> table = new TableView<>(model.rows());
        table.setId("history-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(240);
        table.getStyleClass().add("history-table");
        table.getColumns().add(column(i18n, "history.col.block", r -> String.valueOf(r.entry().blockNumber()), 60));
        table.getColumns().add(column(i18n, "history.col.direction", model::directionText, 80));
        table.getColumns().add(column(i18n, "history.col.counterparty", model::counterparty, 330));
        table.getColumns().add(column(i18n, "history.col.amount", model::amountText, 120));
        table.getColumns().add(column(i18n, "history.col.status", model::statusText, 220));
        table.setPlaceholder(Components.label(i18n.text("history.empty"), "field-hint"));
        page.privacy().addListener((o, a, b) -> table.refresh());
        var refresh = WalletNodes.button(i18n.text("wallet.refresh"), "history-refresh", e -> model.load());
        refresh.disableProperty().bind(model.loading());
        var export = WalletNodes.button(i18n.text("history.export"), "history-export", e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.get("history.export"));
            chooser.setInitialFileName("utilitynet-history.csv");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
            File file = chooser.showSaveDialog(table.getScene().getWindow());
            if (file != null) {
                model.export(file.toPath());
            }
        });
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.rows()));
        HBox tools = new HBox(refresh, export);
        tools.getStyleClass().add("toolbar");
        Label hint = Components.label(i18n.text("history.hint"), "field-hint");
        hint.setWrapText(true);
        root = new VBox(hint, table, tools, WalletNodes.message(model.notice(), "history-notice", "field-hint"));
        root.getStyleClass().add("tab-body");
    }

    private static TableColumn<HistoryRow, String> column(I18n i18n, String key, Function<HistoryRow, String> value, double width) {
        TableColumn<HistoryRow, String> c = new TableColumn<>();
        c.setPrefWidth(width);
        c.textProperty().bind(i18n.text(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    @Override
    public Parent root() {
        return root;
    }
}
