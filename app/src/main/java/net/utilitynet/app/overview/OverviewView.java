package net.utilitynet.app.overview;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import net.utilitynet.app.ui.Components;
import net.utilitynet.app.ui.Icons;
import net.utilitynet.app.ui.View;

/** The Overview page: a 2×2 grid of summary cards and a notice about the connection. */
public final class OverviewView implements View {

    private static final int COLUMNS = 2;

    private final VBox root;

    public OverviewView(OverviewViewModel model) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("card-grid");
        for (int c = 0; c < COLUMNS; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / COLUMNS);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        for (int i = 0; i < model.cards().size(); i++) {
            OverviewViewModel.Card card = model.cards().get(i);
            Label value = Components.label(card.value(), "card-value");
            value.setId("overview-" + card.id() + "-value");
            Label caption = Components.label(card.caption(), "card-caption");
            VBox box = Components.card(card.title(), value, caption);
            box.getStyleClass().add("summary-card");
            box.setMaxWidth(Double.MAX_VALUE);
            grid.add(box, i % COLUMNS, i / COLUMNS);
        }
        Label notice = Components.label(model.notice(), "notice");
        notice.setWrapText(true);
        notice.setGraphic(Icons.icon(Icons.LINK_OFF, "inline-icon"));
        root = Components.page("overview-page", Components.pageHeader(model.title(), model.subtitle()), grid, notice);
    }

    @Override
    public Parent root() {
        return root;
    }
}
