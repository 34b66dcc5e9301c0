package net.utilitynet.app.overview;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import net.utilitynet.app.services.LiveValue;
import net.utilitynet.wallet.amount.UncAmount;
import javafx.beans.binding.StringBinding;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.ui.ConnectionViewModel;

/**
 * State of the Overview page: four summary cards. A value shows "—" until a verified figure exists
 * (no wallet, miner or lease data is wired yet; sync shows the verified head once connected).
 */
public final class OverviewViewModel {

    /** One summary card: a title, its value and a caption saying where the value comes from. */
    public record Card(String id, StringBinding title, StringBinding value, StringBinding caption) {
    }

    private final StringBinding title;
    private final StringBinding subtitle;
    private final StringBinding notice;
    private final List<Card> cards;

    public OverviewViewModel(ConnectionViewModel connection, I18n i18n) {
        this(connection, i18n, null);
    }

    /**
     * With {@code leasesValue} (e.g. {@code market.LeaseSummary.value()}: active leases as renter and provider, credit
     * left, unclaimed income — verified), the leases card shows it once it is not empty.
     */
    public OverviewViewModel(ConnectionViewModel connection, I18n i18n, javafx.beans.value.ObservableStringValue leasesValue) {
        this(connection, i18n, leasesValue, new LiveValue<>(Optional.empty()), Runnable::run);
    }

    /**
     * @param walletTotal the wallet's total verified balance (empty: no wallet, locked, or not verified yet)
     * @param ui          the FX-thread executor that applies its changes
     */
    public OverviewViewModel(ConnectionViewModel connection, I18n i18n, javafx.beans.value.ObservableStringValue leasesValue,
                             LiveValue<Optional<UncAmount>> walletTotal, Executor ui) {
        title = i18n.text("page.overview.title");
        subtitle = i18n.text("page.overview.subtitle");
        notice = i18n.text("overview.notice", connection.summary());
        StringBinding noValue = i18n.text("common.noValue");
        StringBinding head = i18n.computed(() -> connection.connected().get()
                ? i18n.get("overview.sync.value", connection.stateProperty().get().headNumber())
                : i18n.get("common.noValue"), connection.connected(), connection.stateProperty());
        ObjectProperty<Optional<UncAmount>> total = new SimpleObjectProperty<>(Optional.empty());
        walletTotal.subscribe(t -> ui.execute(() -> total.set(t)));
        StringBinding balance = i18n.computed(() -> total.get().map(t -> t.format(4))
                .orElse(i18n.get("common.noValue")), total);
        cards = List.of(
                card("balance", balance, i18n),
                card("mining", noValue, i18n),
                card("leases", leasesValue == null ? noValue : i18n.computed(() -> leasesValue.get().isEmpty()
                        ? i18n.get("common.noValue") : leasesValue.get(), leasesValue), i18n),
                new Card("sync", i18n.text("overview.card.sync"), head, connection.stateText()));
    }

    private static Card card(String id, StringBinding value, I18n i18n) {
        return new Card(id, i18n.text("overview.card." + id), value, i18n.text("overview.card." + id + ".caption"));
    }

    public StringBinding title() {
        return title;
    }

    public StringBinding subtitle() {
        return subtitle;
    }

    /** The line under the cards that says why values are missing. */
    public StringBinding notice() {
        return notice;
    }

    public List<Card> cards() {
        return cards;
    }
}
