package net.utilitynet.app.wallet;

import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import net.utilitynet.app.ui.Components;
import net.utilitynet.app.ui.View;

/**
 * The "Account for mining and the market" chooser of a page header: a caption and a list of the wallet's signing
 * accounts. Hidden while there is none to choose (wallet locked or missing).
 */
public final class AccountChoiceView implements View {
    private final HBox root;

    /** {@code id}: the list's node id, one per page ({@code miner-account}, {@code market-account}). */
    public AccountChoiceView(AccountChoiceViewModel model, String id) {
        Label caption = Components.label(model.caption(), "account-choice-caption");
        ComboBox<AccountChoiceViewModel.Option> accounts = new ComboBox<>(model.options());
        accounts.setId(id);
        accounts.valueProperty().bindBidirectional(model.selected());
        caption.setLabelFor(accounts);
        // in a page header beside the title: keep the caption and the chosen account whole, the subtitle wraps instead
        caption.setMinWidth(Region.USE_PREF_SIZE);
        accounts.setMinWidth(Region.USE_PREF_SIZE);
        root = new HBox(caption, accounts);
        root.getStyleClass().addAll("toolbar", "account-chooser");
        root.visibleProperty().bind(Bindings.isNotEmpty(model.options()));
        root.managedProperty().bind(root.visibleProperty());
    }

    @Override
    public Parent root() {
        return root;
    }
}
