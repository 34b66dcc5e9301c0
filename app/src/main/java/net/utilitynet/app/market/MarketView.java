package net.utilitynet.app.market;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.ui.Components;
import net.utilitynet.app.ui.Icons;
import net.utilitynet.app.ui.View;
import net.utilitynet.app.wallet.AccountChoiceView;
import net.utilitynet.app.wallet.AccountChoiceViewModel;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.market.LeaseView;
import net.utilitynet.wallet.market.OfferQuery;
import net.utilitynet.wallet.market.OfferView;

/**
 * The Market page (renter side). Without a renter client: the empty state. With one: compute credit (deposit,
 * withdraw, low-credit notice), offers with filters and sorting, a cost estimate and Rent, the lease list with the
 * chip model, time left and end reason, the decrypted access grant, End early and Rate. Every figure is verified. The
 * header shows the account chooser ("Account for mining and the market") when one is given.
 */
public final class MarketView implements View {
    private final VBox root;

    public MarketView(MarketViewModel model) {
        this(model, Optional.empty());
    }

    /** {@code account}: the shared account chooser, shown in the header. */
    public MarketView(MarketViewModel model, Optional<AccountChoiceViewModel> account) {
        if (!model.hasRenter()) {
            root = Components.emptyPage("market-page", Icons.MARKET, model.page());
            return;
        }
        I18n i18n = model.i18n();

        Label credit = Components.label(i18n.computed(() -> i18n.get("market.credit", model.credit().get()), model.credit()), "market-credit");
        credit.setId("market-credit");
        TextField amount = new TextField();
        amount.setId("market-amount");
        amount.promptTextProperty().bind(i18n.text("market.amount.prompt"));
        Button deposit = Components.button(i18n.text("market.deposit"), "market-deposit", () -> model.deposit(amount.getText()).thenRun(model::refresh));
        Button withdraw = Components.button(i18n.text("market.withdraw"), "market-withdraw", () -> model.withdraw(amount.getText()).thenRun(model::refresh));
        CheckBox autoTopUp = new CheckBox();
        autoTopUp.setId("market-auto-topup");
        autoTopUp.textProperty().bind(i18n.text("market.autoTopUp"));
        autoTopUp.selectedProperty().bindBidirectional(model.autoTopUp());
        TextField limit = new TextField();
        limit.setId("market-topup-limit");
        limit.setPrefColumnCount(6);
        limit.promptTextProperty().bind(i18n.text("market.topUpLimit.prompt"));
        limit.textProperty().bindBidirectional(model.topUpLimit());
        HBox creditRow = new HBox(credit, Components.hSpacer(), amount, deposit, withdraw);
        creditRow.getStyleClass().add("toolbar");
        // the setting is saved (per network and account) when the box is ticked, and when the limit is entered or left
        autoTopUp.setOnAction(e -> model.saveTopUp());
        limit.setOnAction(e -> model.saveTopUp());
        limit.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) {
                model.saveTopUp();
            }
        });
        HBox topUpRow = new HBox(autoTopUp, limit);
        topUpRow.getStyleClass().add("toolbar");

        TextField filter = new TextField();
        filter.setId("market-filter");
        filter.promptTextProperty().bind(i18n.text("market.filter.prompt"));
        filter.textProperty().bindBidirectional(model.modelFilter());
        CheckBox available = new CheckBox();
        available.textProperty().bind(i18n.text("market.onlyAvailable"));
        available.selectedProperty().bindBidirectional(model.onlyAvailable());
        ChoiceBox<OfferQuery.Sort> sort = new ChoiceBox<>();
        sort.setId("market-sort");
        sort.getItems().setAll(OfferQuery.Sort.values());
        sort.valueProperty().bindBidirectional(model.sort());
        sort.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(OfferQuery.Sort s) {
                return s == null ? "" : i18n.get("market.sort." + s.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public OfferQuery.Sort fromString(String text) {
                return null;
            }
        });
        Button refresh = Components.button(i18n.text("market.refresh"), "market-refresh", model::refresh);
        HBox filters = new HBox(filter, available, sort, Components.hSpacer(), refresh);
        filters.getStyleClass().add("toolbar");

        TableView<OfferView> offers = new TableView<>(model.offers());
        offers.setId("market-offers");
        offers.setPlaceholder(Components.label(i18n.text("market.offers.empty"), "field-hint"));
        offers.getStyleClass().add("market-table");
        offers.getColumns().setAll(java.util.List.of(
                column(i18n.text("market.col.offer"), o -> o.offerId().toString()),
                column(i18n.text("market.col.model"), o -> o.model().map(m -> o.simulated() && !m.toLowerCase(Locale.ROOT).contains("simulated")
                        ? m + " · " + i18n.get("market.simulated") : m).orElse("?")),
                column(i18n.text("market.col.memory"), o -> o.memoryGib() == 0 ? "—" : o.memoryGib() + " GiB"),
                column(i18n.text("market.col.power"), o -> Long.toString(o.ratedPower())),
                column(i18n.text("market.col.price"), o -> UncAmount.ofWei(o.pricePerHourWei()).toUncString()),
                column(i18n.text("market.col.hours"), o -> o.minHours() + "–" + o.maxHours()),
                column(i18n.text("market.col.uptime"), o -> String.format(Locale.ROOT, "%.0f %%", o.uptime() * 100)),
                column(i18n.text("market.col.rating"), o -> o.rating().map(r -> String.format(Locale.ROOT, "%.1f ★", r)).orElse("—")),
                column(i18n.text("market.col.state"), o -> i18n.get(o.leased() ? "market.state.leased" : o.online() ? "market.state.available"
                        : "market.state.offline"))));
        offers.setPrefHeight(220);
        offers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Spinner<Integer> hours = new Spinner<>(1, 720, 1);
        hours.setId("market-hours");
        hours.setEditable(true);
        Button estimate = Components.button(i18n.text("market.estimate.button"), "market-estimate", () -> selected(offers)
                .ifPresent(id -> model.estimate(id, hours.getValue())));
        Button rent = Components.button(i18n.text("market.rent"), "market-rent", () -> selected(offers)
                .ifPresent(id -> model.rent(id, hours.getValue()).thenRun(model::refresh)));
        rent.disableProperty().bind(offers.getSelectionModel().selectedItemProperty().isNull());
        estimate.disableProperty().bind(offers.getSelectionModel().selectedItemProperty().isNull());
        Label estimateText = Components.label(model.estimate(), "market-estimate-text");
        estimateText.setId("market-estimate-text");
        HBox rentRow = new HBox(Components.label(i18n.text("market.hours"), "field-label"), hours, estimate, rent, estimateText);
        rentRow.getStyleClass().add("toolbar");

        TableView<LeaseView> leases = new TableView<>(model.leases());
        leases.setId("market-leases");
        leases.setPlaceholder(Components.label(i18n.text("market.leases.empty"), "field-hint"));
        leases.getStyleClass().add("market-table");
        leases.getColumns().setAll(java.util.List.of(
                Components.textColumn(i18n.text("market.col.lease"), l -> l.leaseId().toString()),
                Components.textColumn(i18n.text("market.col.model"), l -> l.model().orElse("?")),
                Components.textColumn(i18n.text("market.col.chip"), l -> l.chipId().substring(0, 10) + "…"),
                Components.textColumn(i18n.text("market.col.escrow"), l -> UncAmount.ofWei(l.escrowWei()).toUncString()),
                Components.textColumn(i18n.text("market.col.state"), l -> l.active()
                        ? i18n.get(l.chipOnline() ? "market.lease.active" : "market.lease.offline", Long.toString(l.secondsLeft() / 60))
                        : i18n.get("market.lease.ended." + l.endReason().name().toLowerCase(Locale.ROOT))),
                Components.textColumn(i18n.text("market.col.settlement"), l -> l.settlement().map(s -> i18n.get("market.settlement",
                        UncAmount.ofWei(s.providerAmountWei()).toUncString(), UncAmount.ofWei(s.refundWei()).toUncString())).orElse("—")),
                Components.textColumn(i18n.text("market.col.rating"), l -> l.rating() == 0 ? "—" : l.rating() + " ★")));
        leases.setPrefHeight(180);
        leases.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Button grant = Components.button(i18n.text("market.grant.button"), "market-grant", () -> selectedLease(leases).ifPresent(model::showGrant));
        Button end = Components.button(i18n.text("market.end"), "market-end", () -> selectedLease(leases)
                .ifPresent(id -> model.endLease(id).thenRun(model::refresh)));
        ChoiceBox<Integer> stars = new ChoiceBox<>();
        stars.getItems().setAll(5, 4, 3, 2, 1);
        stars.setValue(5);
        Button rate = Components.button(i18n.text("market.rate"), "market-rate", () -> selectedLease(leases)
                .ifPresent(id -> model.rate(id, stars.getValue()).thenRun(model::refresh)));
        HBox leaseRow = new HBox(grant, end, stars, rate);
        leaseRow.getStyleClass().add("toolbar");
        Label grantText = Components.label(model.grant(), "market-grant-text");
        grantText.setId("market-grant-text");
        grantText.setWrapText(true);
        Button check = Components.button(i18n.text("market.access.button"), "market-check-access", model::checkAccess);
        check.disableProperty().bind(model.grant().isEmpty());
        Label accessText = Components.label(model.access(), "market-access-text");
        accessText.setId("market-access-text");
        accessText.setWrapText(true);
        HBox accessRow = new HBox(check, accessText);
        accessRow.getStyleClass().add("toolbar");

        Label notice = Components.label(model.notice(), "market-notice");
        notice.setId("market-notice");
        notice.setWrapText(true);
        Label status = Components.label(model.status(), "market-status");
        status.setId("market-status");
        status.setWrapText(true);
        Label error = Components.label(model.error(), "error-text");
        error.setId("market-error");
        error.setWrapText(true);
        Label verified = Components.label(model.verifiedAt(), "market-verified");
        // the account chooser, with the "verified at" line under it, right-aligned
        VBox trailing = new VBox(verified);
        account.ifPresent(a -> trailing.getChildren().add(0, new AccountChoiceView(a, "market-account").root()));
        trailing.setAlignment(javafx.geometry.Pos.TOP_RIGHT);
        trailing.getStyleClass().add("account-choice");

        root = Components.page("market-page", Components.pageHeader(model.page().title(), model.page().subtitle(), trailing),
                notice, status, error,
                Components.card(i18n.text("market.credit.title"), creditRow, topUpRow),
                Components.card(i18n.text("market.offers.title"), filters, offers, rentRow),
                Components.card(i18n.text("market.leases.title"), leases, leaseRow, grantText, accessRow));
        model.refresh();
    }

    private static java.util.Optional<BigInteger> selected(TableView<OfferView> t) {
        return java.util.Optional.ofNullable(t.getSelectionModel().getSelectedItem()).map(OfferView::offerId);
    }

    private static java.util.Optional<BigInteger> selectedLease(TableView<LeaseView> t) {
        return java.util.Optional.ofNullable(t.getSelectionModel().getSelectedItem()).map(LeaseView::leaseId);
    }

    private static TableColumn<OfferView, String> column(ObservableValue<String> title, Function<OfferView, String> value) {
        TableColumn<OfferView, String> c = new TableColumn<>();
        c.textProperty().bind(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }

    @Override
    public Parent root() {
        return root;
    }
}
