package net.utilitynet.app.miner;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.ui.Components;
import net.utilitynet.app.ui.Icons;
import net.utilitynet.app.ui.View;
import net.utilitynet.app.wallet.AccountChoiceView;
import net.utilitynet.app.wallet.AccountChoiceViewModel;
import net.utilitynet.miner.rewards.RewardsLedger;

/**
 * The Miner page. The header shows the account chooser ("Account for mining and the market", when one is given and
 * the wallet is unlocked) and the mining status badge. Without a miner: the empty state below. With one: Start/Stop and the
 * agent's live status, a card per chip (model, memory, temperature, power, rating, attestation and registration
 * with the reason), the rewards summary and a bar chart of daily rewards.
 */
public final class MinerView implements View {

    private final VBox root;

    public MinerView(MinerViewModel model) {
        this(model, Optional.empty());
    }

    /** {@code account}: the shared account chooser, shown in the header. */
    public MinerView(MinerViewModel model, Optional<AccountChoiceViewModel> account) {
        I18n i18n = model.i18n();
        Label badge = Components.label(model.statusText(), "badge", "mining-status");
        badge.setId("miner-status");
        Node status = account.<Node>map(a -> {
            badge.setMinWidth(Region.USE_PREF_SIZE);
            HBox box = new HBox(new AccountChoiceView(a, "miner-account").root(), badge);
            box.getStyleClass().addAll("toolbar", "account-choice");
            return box;
        }).orElse(badge);
        Label launch = Components.label(model.launchLine(), "notice", "launch-notice");
        launch.setId("miner-launch");
        launch.setWrapText(true);
        launch.visibleProperty().bind(model.launchLine().isNotEmpty());
        launch.managedProperty().bind(launch.visibleProperty());
        if (!model.hasMiner()) {
            root = Components.emptyPage("miner-page", Icons.MINER, model.page(),
                    Components.pageHeader(model.page().title(), model.page().subtitle(), status));
            root.getChildren().add(1, launch);
            return;
        }
        Button start = Components.button(i18n.text("tray.start"), "miner-start", () -> model.start());
        start.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.statusProperty().get().canStart(), model.statusProperty()));
        Button stop = Components.button(i18n.text("tray.stop"), "miner-stop", () -> model.stop());
        stop.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.statusProperty().get().canStop(), model.statusProperty()));
        Button simulated = Components.button(i18n.text("miner.addSimulated"), "miner-add-simulated", () -> model.addSimulatedChip());
        Button refresh = Components.button(i18n.text("miner.refresh"), "miner-refresh", () -> model.refresh());
        HBox controls = new HBox(start, stop, Components.hSpacer(), simulated, refresh);
        controls.getStyleClass().add("toolbar");
        Label agentLine = Components.label(model.agentLine(), "miner-agent-line");
        agentLine.setWrapText(true);
        Label error = Components.label(model.error(), "error-text");
        error.setWrapText(true);
        error.visibleProperty().bind(model.error().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        FlowPane cards = new FlowPane();
        cards.getStyleClass().add("miner-cards");
        model.cards().addListener((ListChangeListener<ChipCard>) c -> cards.getChildren().setAll(
                model.cards().stream().map(card -> card(card, model, i18n)).toList()));

        Label rewards = Components.label(model.rewardsLine(), "miner-rewards-line");
        rewards.setWrapText(true);
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("miner-rewards-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        chart.getData().add(series);
        model.dailyRewards().addListener((ListChangeListener<RewardsLedger.PeriodTotal>) c -> series.getData().setAll(
                model.dailyRewards().stream().map(p -> new XYChart.Data<String, Number>(
                        LocalDate.ofInstant(Instant.ofEpochSecond(p.start()), ZoneOffset.UTC).toString(),
                        new BigDecimal(p.reward(), 18).doubleValue())).toList()));

        root = Components.page("miner-page", Components.pageHeader(model.page().title(), model.page().subtitle(), status),
                launch, controls, agentLine, error, cards, Components.card(i18n.text("miner.rewards.title"), rewards, chart));
        model.refresh();
    }

    private static Node card(ChipCard c, MinerViewModel model, I18n i18n) {
        VBox facts = new VBox(
                text(c.vendor() + (c.simulated() ? " · " + i18n.get("miner.simulated") : "")),
                text(c.hasReadings() ? i18n.get("miner.card.readings", c.memory(), c.temperature(), c.power()) : i18n.get("miner.card.noReadings")),
                text(model.ratingText(c)),
                text(model.attestationText(c)),
                text(model.registrationText(c)));
        VBox card = Components.card(new ReadOnlyStringWrapper(c.label()), facts);
        if (c.canRegister()) {
            card.getChildren().add(Components.button(i18n.text("miner.register"), "miner-register", () -> model.register(c)));
        }
        card.getStyleClass().add("chip-card");
        return card;
    }

    private static Label text(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        return l;
    }

    @Override
    public Parent root() {
        return root;
    }
}
