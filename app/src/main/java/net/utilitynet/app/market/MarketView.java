package net.utilitynet.app.market;

import javafx.scene.Parent;
import javafx.scene.layout.VBox;
import net.utilitynet.app.ui.Components;
import net.utilitynet.app.ui.Icons;
import net.utilitynet.app.ui.View;

/** The Market page. */
public final class MarketView implements View {

    private final VBox root;

    public MarketView(MarketViewModel model) {
        root = Components.emptyPage("market-page", Icons.MARKET, model.page());
    }

    @Override
    public Parent root() {
        return root;
    }
}
