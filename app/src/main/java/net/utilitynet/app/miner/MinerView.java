package net.utilitynet.app.miner;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import net.utilitynet.app.ui.Components;
import net.utilitynet.app.ui.Icons;
import net.utilitynet.app.ui.View;

/** The Miner page: the mining status badge in the header, the empty state below. */
public final class MinerView implements View {

    private final VBox root;

    public MinerView(MinerViewModel model) {
        Label status = Components.label(model.statusText(), "badge", "mining-status");
        status.setId("miner-status");
        root = Components.emptyPage("miner-page", Icons.MINER, model.page(),
                Components.pageHeader(model.page().title(), model.page().subtitle(), status));
    }

    @Override
    public Parent root() {
        return root;
    }
}
