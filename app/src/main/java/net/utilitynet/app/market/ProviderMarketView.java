package net.utilitynet.app.market;

import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.ui.Components;
import net.utilitynet.app.ui.View;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.market.LeaseView;
import net.utilitynet.wallet.market.OfferView;

/**
 * The provider's lease card (to embed on the Miner page): list/delist, the access gateway's address, incoming rentals
 * with each one's grant state, verified income and Claim.
 */
public final class ProviderMarketView implements View {
    /** Room for "provider 1.5 UNC, refund 0.5 UNC" and "delivered (tx 0x12345678…abcd)" next to the narrower columns. */
    private static final double WIDE_COLUMN = 220;
    private static final double STATE_COLUMN = 160;
    private final VBox root;

    public ProviderMarketView(ProviderMarketViewModel model) {
        I18n i18n = model.i18n();
        TextField chip = new TextField();
        chip.setId("provider-chip");
        chip.promptTextProperty().bind(i18n.text("market.provider.chip.prompt"));
        TextField price = new TextField();
        price.setId("provider-price");
        price.promptTextProperty().bind(i18n.text("market.provider.price.prompt"));
        Spinner<Integer> min = new Spinner<>(1, 720, 1);
        min.setId("provider-min-hours");
        Spinner<Integer> max = new Spinner<>(1, 720, 24);
        max.setId("provider-max-hours");
        Button list = Components.button(i18n.text("market.provider.list"), "provider-list", () -> model.list(chip.getText(), price.getText(),
                min.getValue(), max.getValue()).thenRun(model::refresh));
        HBox listRow = new HBox(chip, price, Components.label(i18n.text("market.provider.hours"), "field-label"), min, max, list);
        listRow.getStyleClass().add("toolbar");

        TableView<OfferView> offers = new TableView<>(model.offers());
        offers.setId("provider-offers");
        offers.setPlaceholder(Components.label(i18n.text("market.provider.offers.empty"), "field-hint"));
        offers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        offers.setPrefHeight(140);
        offers.getColumns().setAll(java.util.List.of(
                Components.textColumn(i18n.text("market.col.offer"), (OfferView o) -> o.offerId().toString()),
                Components.textColumn(i18n.text("market.col.chip"), (OfferView o) -> o.chipId().substring(0, 10) + "…"),
                Components.textColumn(i18n.text("market.col.price"), (OfferView o) -> UncAmount.ofWei(o.pricePerHourWei()).toUncString()),
                Components.textColumn(i18n.text("market.col.hours"), (OfferView o) -> o.minHours() + "–" + o.maxHours()),
                Components.textColumn(i18n.text("market.col.state"), (OfferView o) -> i18n.get(!o.active() ? "market.provider.delisted"
                        : o.leased() ? "market.state.leased" : "market.state.available"))));
        Button delist = Components.button(i18n.text("market.provider.delist"), "provider-delist", () -> java.util.Optional
                .ofNullable(offers.getSelectionModel().getSelectedItem()).map(OfferView::offerId)
                .ifPresent(id -> model.delist(id).thenRun(model::refresh)));

        TableColumn<LeaseView, String> state = Components.textColumn(i18n.text("market.col.state"), (LeaseView l) -> l.active()
                ? i18n.get("market.lease.active", Long.toString(l.secondsLeft() / 60))
                : i18n.get("market.provider.ended." + l.endReason().name().toLowerCase(Locale.ROOT)));
        state.setPrefWidth(STATE_COLUMN);
        TableColumn<LeaseView, String> settlement = Components.textColumn(i18n.text("market.col.settlement"), (LeaseView l) -> l.settlement()
                .map(s -> i18n.get("market.settlement", UncAmount.ofWei(s.providerAmountWei()).toUncString(),
                        UncAmount.ofWei(s.refundWei()).toUncString())).orElse("—"));
        settlement.setPrefWidth(WIDE_COLUMN);
        TableColumn<LeaseView, String> grantColumn = Components.textColumn(i18n.text("market.col.grant"), model::grantState);
        grantColumn.setPrefWidth(WIDE_COLUMN);
        TableView<LeaseView> incoming = new TableView<>(model.incoming());
        incoming.setId("provider-incoming");
        incoming.setPlaceholder(Components.label(i18n.text("market.provider.incoming.empty"), "field-hint"));
        incoming.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        incoming.setPrefHeight(140);
        incoming.getColumns().setAll(java.util.List.of(
                Components.textColumn(i18n.text("market.col.lease"), (LeaseView l) -> l.leaseId().toString()),
                Components.textColumn(i18n.text("market.col.renter"), (LeaseView l) -> l.renter().checksummed().substring(0, 10) + "…"),
                Components.textColumn(i18n.text("market.col.escrow"), (LeaseView l) -> UncAmount.ofWei(l.escrowWei()).toUncString()),
                state,
                settlement, grantColumn));
        Label gateway = Components.label(model.gateway(), "provider-gateway");
        gateway.setId("provider-gateway");
        gateway.setWrapText(true);
        TextField host = field(model.accessHost(), "provider-access-host", i18n.text("market.provider.access.host"), 120);
        TextField port = field(model.accessPort(), "provider-access-port", i18n.text("market.provider.access.port"), 70);
        host.setMinWidth(Region.USE_PREF_SIZE); // an address or port cut short reads as a different one
        port.setMinWidth(Region.USE_PREF_SIZE);
        TextField url = field(model.accessUrl(), "provider-access-url", i18n.text("market.provider.access.url"), 240);
        TextField hook = field(model.accessHook(), "provider-access-hook", i18n.text("market.provider.access.hook"), 200);
        HBox.setHgrow(url, Priority.ALWAYS);
        HBox.setHgrow(hook, Priority.ALWAYS);
        Button save = Components.button(i18n.text("market.provider.access.save"), "provider-access-save", model::saveAccess);
        HBox accessRow = new HBox(Components.label(i18n.text("market.provider.access.title"), "field-label"), host, port, url, hook, save);
        accessRow.getStyleClass().add("toolbar");
        Label problems = Components.label(model.grantProblems(), "error-text");
        problems.setId("provider-grant-problems");
        problems.setWrapText(true);
        problems.visibleProperty().bind(model.grantProblems().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());

        Label income = Components.label(model.income(), "provider-income");
        income.setId("provider-income");
        Button claim = Components.button(i18n.text("market.provider.claim"), "provider-claim", () -> model.claim().thenRun(model::refresh));
        Button refresh = Components.button(i18n.text("market.refresh"), "provider-refresh", model::refresh);
        HBox incomeRow = new HBox(income, Components.hSpacer(), claim, refresh);
        incomeRow.getStyleClass().add("toolbar");
        Label status = Components.label(model.status(), "market-status");
        status.setId("provider-status");
        status.setWrapText(true);
        Label error = Components.label(model.error(), "error-text");
        error.setId("provider-error");
        error.setWrapText(true);
        root = Components.card(i18n.text("market.provider.title"), listRow, offers, delist, gateway, accessRow, incoming, problems, incomeRow, status, error);
        model.refresh();
    }

    private static TextField field(javafx.beans.property.StringProperty value, String id, javafx.beans.value.ObservableValue<String> prompt,
                                   double width) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        f.promptTextProperty().bind(prompt);
        f.setPrefWidth(width);
        return f;
    }

    @Override
    public Parent root() {
        return root;
    }
}
