package net.utilitynet.app.overview;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.miner.MiningSummary;
import net.utilitynet.app.runtime.MiningOnLaunch;
import net.utilitynet.app.services.ConnectionState;
import net.utilitynet.app.services.LiveValue;
import net.utilitynet.app.services.MiningStatus;
import net.utilitynet.app.ui.ConnectionViewModel;
import net.utilitynet.app.wallet.WalletService;
import net.utilitynet.app.wallet.WalletViewModel;
import net.utilitynet.lightclient.verify.TrustLevel;
import net.utilitynet.wallet.amount.UncAmount;

/**
 * State of the Overview page: one card per role — balance (wallet), mining (miner), chip leases (renter and provider),
 * sync — and a footer that follows the connection. Each figure comes from verified storage and its caption names the
 * verified block it was read at; a figure that does not exist yet shows "—" and the caption says why.
 */
public final class OverviewViewModel {

    /** One summary card: a title, its value, a line of detail and a caption saying where the value comes from. */
    public record Card(String id, StringBinding title, StringBinding value, StringBinding detail, StringBinding caption) {
    }

    /** The footer's link state (its icon and colour). */
    public enum Link { ONLINE, SYNCING, OFFLINE }

    private final I18n i18n;
    private final StringBinding title;
    private final StringBinding subtitle;
    private final StringBinding notice;
    private final ObjectBinding<Link> link;
    private final List<Card> cards;
    private final ObjectProperty<WalletService.Snapshot> wallet = new SimpleObjectProperty<>(this, "wallet", WalletService.Snapshot.LOADING);
    private final ObjectProperty<MiningStatus> mining = new SimpleObjectProperty<>(this, "mining", MiningStatus.UNAVAILABLE);
    private final ObjectProperty<Optional<MiningSummary.Figures>> miningFigures = new SimpleObjectProperty<>(this, "miningFigures", Optional.empty());
    private final ObjectProperty<MiningOnLaunch.Launch> launch = new SimpleObjectProperty<>(this, "launch",
            new MiningOnLaunch.Launch(MiningOnLaunch.State.OFF, ""));

    /** Service updates arrive on any thread and are applied through {@code ui}. */
    public OverviewViewModel(ConnectionViewModel connection, I18n i18n, OverviewSources sources, Executor ui) {
        this.i18n = i18n;
        title = i18n.text("page.overview.title");
        subtitle = i18n.text("page.overview.subtitle");
        follow(sources.wallet(), wallet, ui);
        follow(sources.mining(), mining, ui);
        follow(sources.miningFigures(), miningFigures, ui);
        follow(sources.launch(), launch, ui);
        ObjectProperty<ConnectionState> state = new SimpleObjectProperty<>(this, "state");
        state.bind(connection.stateProperty());
        link = Bindings.createObjectBinding(() -> link(state.get()), state);
        notice = i18n.computed(() -> i18n.get("overview.notice." + link.get().name(), connection.summary().get()), link, connection.summary());
        cards = List.of(balanceCard(), miningCard(), leasesCard(sources), syncCard(connection, state));
    }

    private static <T> void follow(LiveValue<T> source, ObjectProperty<T> target, Executor ui) {
        source.subscribe(next -> ui.execute(() -> target.set(next)));
    }

    private static Link link(ConnectionState state) {
        if (state == null) {
            return Link.OFFLINE;
        }
        return switch (state.phase()) {
            case SYNCED -> Link.ONLINE;
            case SYNCING, CONNECTING -> Link.SYNCING;
            case NOT_CONNECTED, FAILED -> Link.OFFLINE;
        };
    }

    private Card balanceCard() {
        StringBinding value = i18n.computed(() -> total().map(t -> t.format(4)).orElse(noValue()), wallet);
        StringBinding detail = i18n.computed(() -> total().isEmpty() ? ""
                : i18n.get("overview.balance.detail", Integer.toString(wallet.get().accounts().size())), wallet);
        StringBinding caption = i18n.computed(() -> {
            if (total().isPresent()) {
                long at = wallet.get().accounts().stream().mapToLong(WalletService.AccountBalance::verifiedAt).min().orElse(-1);
                return wallet.get().accounts().stream().anyMatch(a -> a.trust() == TrustLevel.LINKAGE_ONLY)
                        ? i18n.get("overview.linkageOnlyAt", at) : verifiedAt(at);
            }
            return switch (wallet.get().status()) {
                case NONE -> i18n.get("overview.balance.noWallet");
                case LOCKED -> i18n.get("overview.balance.locked");
                case LOADING, UNLOCKED -> i18n.get("overview.card.balance.caption");
            };
        }, wallet);
        return new Card("balance", i18n.text("overview.card.balance"), value, detail, caption);
    }

    private Optional<UncAmount> total() {
        return WalletViewModel.total(wallet.get().accounts());
    }

    private Card miningCard() {
        StringBinding value = i18n.computed(() -> miningFigures.get()
                .map(f -> i18n.get("overview.mining.today", UncAmount.ofWei(f.rewards().since().reward()).format(4)))
                .orElse(miningState()), mining, miningFigures);
        StringBinding detail = i18n.computed(() -> miningFigures.get().map(this::miningDetail).orElse(""), mining, miningFigures);
        StringBinding caption = i18n.computed(() -> {
            MiningOnLaunch.Launch l = launch.get();
            if (l.state().waiting() || l.state() == MiningOnLaunch.State.FAILED) {
                return i18n.get("miner.launch." + l.state().name(), l.detail());
            }
            if (mining.get() == MiningStatus.UNAVAILABLE) { // no miner: say what opens one
                return i18n.get(switch (wallet.get().status()) {
                    case NONE -> "overview.mining.noWallet";
                    case LOADING, LOCKED -> "overview.mining.locked";
                    case UNLOCKED -> "overview.card.mining.caption";
                });
            }
            return miningFigures.get().filter(f -> f.verifiedAt() >= 0).map(f -> verifiedAt(f.verifiedAt()))
                    .orElse(i18n.get("overview.card.mining.caption"));
        }, launch, miningFigures, mining, wallet);
        return new Card("mining", i18n.text("overview.card.mining"), value, detail, caption);
    }

    private String miningState() {
        return i18n.get("status.mining." + mining.get().name());
    }

    /** "Mining · chips registered: 2 · registering: 1" and "Blocks won today: 3 · total earned 120 UNC" (today = the local day). */
    private String miningDetail(MiningSummary.Figures f) {
        String chips = f.pendingChips() > 0
                ? i18n.get("overview.mining.chipsPending", miningState(), Long.toString(f.registeredChips()), Long.toString(f.pendingChips()))
                : i18n.get("overview.mining.chips", miningState(), Long.toString(f.registeredChips()));
        return chips + "\n" + i18n.get("overview.mining.rewards", Long.toString(f.rewards().since().blocksWon()),
                UncAmount.ofWei(f.rewards().total().reward()).format(4));
    }

    private Card leasesCard(OverviewSources sources) {
        StringBinding value = i18n.computed(() -> sources.leases().get().isEmpty() ? noValue() : sources.leases().get(), sources.leases());
        StringBinding caption = i18n.computed(() -> sources.leasesVerifiedAt().get() >= 0 ? verifiedAt(sources.leasesVerifiedAt().get())
                : i18n.get("overview.card.leases.caption"), sources.leasesVerifiedAt());
        return new Card("leases", i18n.text("overview.card.leases"), value, i18n.computed(() -> ""), caption);
    }

    private Card syncCard(ConnectionViewModel connection, ObjectProperty<ConnectionState> state) {
        StringBinding head = i18n.computed(() -> state.get() != null && state.get().headNumber() >= 0
                ? i18n.get("overview.sync.value", state.get().headNumber()) : noValue(), state);
        return new Card("sync", i18n.text("overview.card.sync"), head, connection.stateText(), connection.networkName());
    }

    private String verifiedAt(long block) {
        return block < 0 ? i18n.get("overview.card.balance.caption") : i18n.get("overview.verifiedAt", block);
    }

    private String noValue() {
        return i18n.get("common.noValue");
    }

    public StringBinding title() {
        return title;
    }

    public StringBinding subtitle() {
        return subtitle;
    }

    /** The line under the cards: what the figures are verified against now, or why they are missing. */
    public StringBinding notice() {
        return notice;
    }

    public ObjectBinding<Link> link() {
        return link;
    }

    public List<Card> cards() {
        return cards;
    }
}
