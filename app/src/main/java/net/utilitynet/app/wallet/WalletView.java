package net.utilitynet.app.wallet;

import javafx.scene.Parent;
import javafx.scene.layout.VBox;
import net.utilitynet.app.ui.Components;
import net.utilitynet.app.ui.Icons;
import net.utilitynet.app.ui.View;

/** The Wallet page. */
public final class WalletView implements View {

    private final VBox root;

    public WalletView(WalletViewModel model) {
        root = Components.emptyPage("wallet-page", Icons.WALLET, model.page());
    }

    @Override
    public Parent root() {
        return root;
    }
}
