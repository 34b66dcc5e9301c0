package net.utilitynet.app.miner;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.runtime.MiningOnLaunch;
import net.utilitynet.app.services.LiveValue;
import net.utilitynet.app.services.MiningState;
import net.utilitynet.app.services.MiningStatus;
import net.utilitynet.app.ui.ConnectionViewModel;
import net.utilitynet.app.ui.EmptyPageModel;
import net.utilitynet.miner.Miner;
import net.utilitynet.miner.agent.AgentStatus;
import net.utilitynet.miner.detect.ChipRatings;
import net.utilitynet.miner.rewards.RewardsCsv;
import net.utilitynet.miner.rewards.RewardsLedger;
import net.utilitynet.miner.rewards.RewardsReport;
import net.utilitynet.protocol.chain.ChainParams;
import org.web3j.utils.Numeric;

/**
 * State of the Miner page. With no miner wired it is the empty state; when the app's mining state is a
 * {@link MinerMiningState} it also holds the chip cards, the agent's live status line, the rewards summary and the
 * daily rewards for the chart, and offers Start/Stop, "Attest &amp; register" and (devnet) "Add simulated chip".
 * Service updates arrive on the miner's thread and are applied through {@code ui}.
 */
public final class MinerViewModel {

    private final EmptyPageModel page;
    private final MiningState mining;
    private final Optional<Miner> miner;
    private final I18n i18n;
    private final Executor ui;
    private final ChipRatings ratings = new ChipRatings(ChainParams.devnet().chipRatings());
    private final ObjectProperty<MiningStatus> status = new SimpleObjectProperty<>(this, "status", MiningStatus.UNAVAILABLE);
    private final ObjectProperty<AgentStatus> agent = new SimpleObjectProperty<>(this, "agent");
    private final ObservableList<ChipCard> cards = FXCollections.observableArrayList();
    private final ObservableList<RewardsLedger.PeriodTotal> daily = FXCollections.observableArrayList();
    private final StringProperty rewardsLine = new SimpleStringProperty(this, "rewardsLine", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringBinding statusText;
    private final StringBinding agentLine;
    private final ObjectProperty<MiningOnLaunch.Launch> launch = new SimpleObjectProperty<>(this, "launch",
            new MiningOnLaunch.Launch(MiningOnLaunch.State.OFF, ""));
    private final StringBinding launchLine;

    /** {@code launch}: what "start mining on launch" waits for (shown while it waits or when it failed). */
    public MinerViewModel(MiningState mining, LiveValue<MiningOnLaunch.Launch> launch, ConnectionViewModel connection, I18n i18n, Executor ui) {
        this.page = EmptyPageModel.of("miner", i18n, connection);
        this.mining = mining;
        this.i18n = i18n;
        this.ui = ui;
        this.miner = mining instanceof MinerMiningState m ? Optional.of(m.miner()) : Optional.empty();
        mining.status().subscribe(next -> ui.execute(() -> status.set(next)));
        if (mining instanceof MinerMiningState m) {
            m.agentStatus().subscribe(next -> ui.execute(() -> agent.set(next)));
        }
        launch.subscribe(next -> ui.execute(() -> this.launch.set(next)));
        launchLine = i18n.computed(() -> this.launch.get().state().waiting() || this.launch.get().state() == MiningOnLaunch.State.FAILED
                ? i18n.get("miner.launch." + this.launch.get().state().name(), this.launch.get().detail()) : "", this.launch);
        statusText = i18n.computed(() -> i18n.get("status.mining." + status.get().name()), status);
        agentLine = i18n.computed(() -> agent.get() == null || agent.get().verifiedHead() < 0 ? ""
                : i18n.get("miner.agent.line", Long.toString(agent.get().verifiedHead()), Long.toString(agent.get().blocksWon()),
                        agent.get().lastClaim().map(c -> Long.toString(c.height())).orElse("—"),
                        agent.get().nextHeartbeatBlock() > 0 ? Long.toString(agent.get().nextHeartbeatBlock()) : "—")
                        + (agent.get().problems().isEmpty() ? "" : "\n" + String.join("\n", agent.get().problems())), agent);
    }

    public I18n i18n() {
        return i18n;
    }

    public EmptyPageModel page() {
        return page;
    }

    /** Whether a miner is wired: the page shows the dashboard instead of the empty state. */
    public boolean hasMiner() {
        return miner.isPresent();
    }

    public ObjectProperty<MiningStatus> statusProperty() {
        return status;
    }

    public StringBinding statusText() {
        return statusText;
    }

    /** "Verified head …, blocks won …, last claim …, next heartbeat …" plus any problems, one per line. */
    public StringBinding agentLine() {
        return agentLine;
    }

    /** Why "start mining on launch" has not started the miner yet; empty when it is off, started or not waiting. */
    public StringBinding launchLine() {
        return launchLine;
    }

    /** "Attestation available", or why the chip cannot be attested, in the user's language. */
    public String attestationText(ChipCard card) {
        return card.attestable() ? i18n.get("miner.card.attestable")
                : i18n.get("miner.card.attestation." + card.attestation().cause().name(), card.attestation().detail());
    }

    /** The chip's registration from verified storage and what to do about a failure, in the user's language. */
    public String registrationText(ChipCard card) {
        return card.status().map(r -> i18n.get("miner.card.registration." + r.cause().name(), switch (r.cause()) {
            case REGISTERED -> r.record().map(c -> Long.toString(c.rating())).orElse("?");
            case OTHER_OWNER -> r.record().map(c -> Numeric.toHexString(c.owner())).orElse("?");
            case REVERTED -> r.chip().registerTx();
            case DROPPED, REPLACED, AWAITING_INCLUSION -> "";
        }, r.provenAtBlock())).orElse(i18n.get("miner.card.notRegistered"));
    }

    /** The chip's rating from the chain's model table, or "unrated". */
    public String ratingText(ChipCard card) {
        return i18n.get("miner.card.rating", ChipRatings.UNRATED.equals(card.rating()) ? i18n.get("miner.card.unrated") : card.rating());
    }

    public ObservableList<ChipCard> cards() {
        return cards;
    }

    public ObservableList<RewardsLedger.PeriodTotal> dailyRewards() {
        return daily;
    }

    public StringProperty rewardsLine() {
        return rewardsLine;
    }

    /** The last failed action's message, for the page's error line. */
    public StringProperty error() {
        return error;
    }

    /** Reloads chips, registrations and rewards from the miner. */
    public CompletableFuture<Void> refresh() {
        if (miner.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Miner m = miner.get();
        CompletableFuture<List<ChipCard>> chips = m.localChips().thenCombine(m.registrations(), (c, r) -> ChipCard.of(c, r, ratings));
        return chips.thenCombine(m.rewards(), (c, r) -> {
            ui.execute(() -> apply(c, r));
            return (Void) null;
        }).exceptionally(this::failed);
    }

    private void apply(List<ChipCard> newCards, RewardsReport r) {
        cards.setAll(newCards);
        daily.setAll(r.daily());
        rewardsLine.set(i18n.get("miner.rewards.line", RewardsCsv.unc(r.totals().reward()), RewardsCsv.unc(r.totals().fees()),
                RewardsCsv.unc(r.totals().expected()), Long.toString(Math.round(r.uptime() * 100)), RewardsCsv.unc(r.leaseIncome())));
        error.set("");
    }

    public CompletableFuture<Void> start() {
        return status.get().canStart() ? mining.start().exceptionally(this::failed) : CompletableFuture.completedFuture(null);
    }

    public CompletableFuture<Void> stop() {
        return status.get().canStop() ? mining.stop().exceptionally(this::failed) : CompletableFuture.completedFuture(null);
    }

    /** "Attest & register" for a card's chip, then a refresh. */
    public CompletableFuture<Void> register(ChipCard card) {
        Miner m = miner.orElseThrow();
        return m.localChips()
                .thenCompose(chips -> m.register(chips.stream().filter(c -> c.chip().uuid().filter(card.localId()::equals).isPresent())
                        .findFirst().orElseThrow(() -> new IllegalStateException(card.label() + " is no longer on this machine")).chip()))
                .thenCompose(registered -> refresh()).exceptionally(this::failed);
    }

    /** Devnet only: a new simulated chip (always labelled as such), then a refresh. */
    public CompletableFuture<Void> addSimulatedChip() {
        return miner.orElseThrow().addSimulatedChip().thenCompose(chip -> refresh()).exceptionally(this::failed);
    }

    private Void failed(Throwable t) {
        Throwable cause = t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
        ui.execute(() -> error.set(cause.getMessage() == null ? cause.toString() : cause.getMessage()));
        return null;
    }

    /** Total wei of the chart's bars (for tests and the chart's caption). */
    public BigInteger dailyTotal() {
        return daily.stream().map(RewardsLedger.PeriodTotal::reward).reduce(BigInteger.ZERO, BigInteger::add);
    }
}
