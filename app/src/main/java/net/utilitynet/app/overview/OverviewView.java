package net.utilitynet.app.overview;

import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import net.utilitynet.app.ui.Components;
import net.utilitynet.app.ui.Icons;
import net.utilitynet.app.ui.View;

/** The Overview page: a 2×2 grid of summary cards and a footer that follows the connection. */
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
            grid.add(card(model.cards().get(i)), i % COLUMNS, i / COLUMNS);
        }
        Label notice = Components.label(model.notice(), "notice");
        notice.setId("overview-notice");
        notice.setWrapText(true);
        showLink(notice, model.link().get());
        model.link().addListener((obs, old, link) -> showLink(notice, link));
        root = Components.page("overview-page", Components.pageHeader(model.title(), model.subtitle()), grid, notice);
    }

    private static VBox card(OverviewViewModel.Card card) {
        Label value = Components.label(card.value(), "card-value");
        value.setId("overview-" + card.id() + "-value");
        Label detail = Components.label(card.detail(), "card-detail");
        detail.setId("overview-" + card.id() + "-detail");
        detail.setWrapText(true);
        detail.visibleProperty().bind(card.detail().isNotEmpty());
        detail.managedProperty().bind(detail.visibleProperty());
        Label caption = Components.label(card.caption(), "card-caption");
        caption.setId("overview-" + card.id() + "-caption");
        caption.setWrapText(true);
        VBox box = Components.card(card.title(), value, detail, caption);
        box.getStyleClass().add("summary-card");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMaxHeight(Double.MAX_VALUE);
        GridPane.setFillHeight(box, true);
        return box;
    }

    /** The footer's icon and colour: linked and verified, syncing, or not connected. */
    private static void showLink(Label notice, OverviewViewModel.Link link) {
        notice.setGraphic(Icons.icon(switch (link) {
            case ONLINE -> Icons.LINK;
            case SYNCING -> Icons.SYNC;
            case OFFLINE -> Icons.LINK_OFF;
        }, "inline-icon"));
        notice.getStyleClass().removeIf(c -> c.startsWith("notice-"));
        notice.getStyleClass().add("notice-" + link.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public Parent root() {
        return root;
    }
}
