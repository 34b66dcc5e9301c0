package net.utilitynet.app.market;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.ui.ConnectionViewModel;
import net.utilitynet.app.ui.EmptyPageModel;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.market.AccessCheck;
import net.utilitynet.wallet.market.AccessGrant;
import net.utilitynet.wallet.market.LeaseView;
import net.utilitynet.wallet.market.OfferQuery;
import net.utilitynet.wallet.market.OfferView;
import net.utilitynet.wallet.market.RenterClient;
import net.utilitynet.wallet.outbox.OutboxEntry;

/**
 * State of the Market page (renter side). Without a renter client (no network session or no unlocked wallet) it
 * holds the page's empty state. With one, every figure comes from {@link RenterClient} (verified storage and proven
 * logs); the work runs on {@code worker} and results are applied on {@code ui}. Notifications ({@code notice}, and
 * each once per event to {@link #raiseOnDesktop}; see {@link MarketNotices}): an access grant arrived, a lease whose chip
 * went offline (its refund accrues), credit below the low-water mark; {@code status}: the last action. The automatic
 * top-up setting is loaded and saved per network and account through {@link TopUpSettings}.
 */
public final class MarketViewModel {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final EmptyPageModel page;
    private final I18n i18n;
    private final Optional<RenterClient> renter;
    private final MarketTasks tasks;
    private final Executor ui;
    private final StringProperty credit = new SimpleStringProperty(this, "credit", "");
    private final BooleanProperty lowCredit = new SimpleBooleanProperty(this, "lowCredit");
    private final ObservableList<OfferView> offers = FXCollections.observableArrayList();
    private final ObservableList<LeaseView> leases = FXCollections.observableArrayList();
    private final StringProperty modelFilter = new SimpleStringProperty(this, "modelFilter", "");
    private final BooleanProperty onlyAvailable = new SimpleBooleanProperty(this, "onlyAvailable");
    private final ObjectProperty<OfferQuery.Sort> sort = new SimpleObjectProperty<>(this, "sort", OfferQuery.Sort.PRICE);
    private final StringProperty estimate = new SimpleStringProperty(this, "estimate", "");
    private final StringProperty grant = new SimpleStringProperty(this, "grant", "");
    private final StringProperty access = new SimpleStringProperty(this, "access", "");
    /** The grant on screen (UI thread only), for "Check access". */
    private AccessGrant shownGrant;
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty verifiedAt = new SimpleStringProperty(this, "verifiedAt", "");
    private BigInteger lowWater = UncAmount.WEI_PER_UNC;
    private final BooleanProperty autoTopUp = new SimpleBooleanProperty(this, "autoTopUp");
    private final StringProperty topUpLimit = new SimpleStringProperty(this, "topUpLimit", "");
    private net.utilitynet.wallet.market.CreditWatch watch;
    private String watchKey = "";
    private final java.util.Set<BigInteger> grantsSeen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final MarketNotices notices;
    /** Where raised notices also go (UI thread), e.g. the tray's desktop notifications; none by default. */
    private java.util.function.Consumer<String> desktop = text -> { };
    private TopUpSettings topUpSettings;

    public MarketViewModel(ConnectionViewModel connection, I18n i18n) {
        this(connection, i18n, Optional.empty(), Runnable::run, Runnable::run);
    }

    public MarketViewModel(ConnectionViewModel connection, I18n i18n, Optional<RenterClient> renter, Executor worker, Executor ui) {
        this.page = EmptyPageModel.of("market", i18n, connection);
        this.i18n = i18n;
        this.renter = renter;
        this.tasks = new MarketTasks(worker, ui, i18n, status, error);
        this.notices = new MarketNotices(i18n);
        this.ui = ui;
    }

    /** Each notice raised by a refresh (once per event, see {@link MarketNotices}) also goes to {@code sink}, on the UI executor. */
    public void raiseOnDesktop(java.util.function.Consumer<String> sink) {
        this.desktop = sink;
    }

    /**
     * Loads the saved top-up setting of this account (off the UI thread) into {@link #autoTopUp()} and
     * {@link #topUpLimit()}; {@link #saveTopUp()} saves changes there from now on.
     */
    public CompletableFuture<Void> remember(TopUpSettings settings) {
        this.topUpSettings = settings;
        return settings.load().thenAcceptAsync(saved -> saved.ifPresent(s -> {
            topUpLimit.set(s.limit());
            autoTopUp.set(s.auto());
        }), ui);
    }

    /**
     * UI thread: saves the top-up setting as shown. The limit must be a positive UNC amount (at most 18 decimals) when
     * automatic top-up is on or a limit is typed; otherwise {@link #error()} names the field and nothing is saved.
     */
    public CompletableFuture<Void> saveTopUp() {
        String limit = topUpLimit.get().strip();
        try {
            if (autoTopUp.get() || !limit.isEmpty()) {
                parseTopUpLimit(limit, i18n.get("market.topUpLimit.field"));
            }
        } catch (net.utilitynet.wallet.InvalidInputException e) {
            error.set(e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        error.set("");
        if (topUpSettings == null) {
            return CompletableFuture.completedFuture(null);
        }
        return topUpSettings.save(new TopUpSettings.Saved(autoTopUp.get(), limit)).handleAsync((done, failure) -> {
            if (failure != null) {
                error.set(i18n.get("market.topUp.notSaved", (failure.getCause() != null ? failure.getCause() : failure).getMessage()));
            }
            return null;
        }, ui);
    }

    private static BigInteger parseTopUpLimit(String text, String field) {
        return UncAmount.parsePositive(text, field).wei();
    }

    public EmptyPageModel page() {
        return page;
    }

    public I18n i18n() {
        return i18n;
    }

    public boolean hasRenter() {
        return renter.isPresent();
    }

    public StringProperty credit() {
        return credit;
    }

    public BooleanProperty lowCredit() {
        return lowCredit;
    }

    public ObservableList<OfferView> offers() {
        return offers;
    }

    public ObservableList<LeaseView> leases() {
        return leases;
    }

    public StringProperty modelFilter() {
        return modelFilter;
    }

    public BooleanProperty onlyAvailable() {
        return onlyAvailable;
    }

    public ObjectProperty<OfferQuery.Sort> sort() {
        return sort;
    }

    public StringProperty estimate() {
        return estimate;
    }

    public StringProperty grant() {
        return grant;
    }

    /** The answer of the provider's gateway to "Check access". */
    public StringProperty access() {
        return access;
    }

    public StringProperty notice() {
        return notice;
    }

    /** The outcome of the last action (sent transaction hash). */
    public StringProperty status() {
        return status;
    }

    public StringProperty error() {
        return error;
    }

    public StringProperty verifiedAt() {
        return verifiedAt;
    }

    /** When on, a refresh that finds the credit low deposits up to the low-water mark, at most {@link #topUpLimit()} in all. */
    public BooleanProperty autoTopUp() {
        return autoTopUp;
    }

    /** The user's cap (UNC) for automatic top-ups in this session; saved with {@link #saveTopUp()}. */
    public StringProperty topUpLimit() {
        return topUpLimit;
    }

    /** Credit below this (wei) is "low" (default 1 UNC). */
    public void setLowWater(BigInteger wei) {
        this.lowWater = wei;
    }

    /** Re-reads credit, offers and leases (on each verified head and after actions). */
    public CompletableFuture<Void> refresh() {
        if (renter.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        RenterClient r = renter.get();
        boolean auto = autoTopUp.get();
        String limit = topUpLimit.get();
        String limitField = i18n.get("market.topUpLimit.field");
        OfferQuery q = new OfferQuery(modelFilter.get().isBlank() ? Optional.empty() : Optional.of(modelFilter.get().trim()), 0, 0,
                Optional.empty(), 0, 0, !onlyAvailable.get(), sort.get());
        return work(false, () -> {
            List<LeaseView> mine = r.leases();
            List<BigInteger> arrived = new java.util.ArrayList<>();
            for (LeaseView l : mine) {
                if (l.active() && !grantsSeen.contains(l.leaseId())) {
                    try {
                        r.grant(l.leaseId());
                        if (grantsSeen.add(l.leaseId())) {     // a refresh running alongside may have seen it first
                            arrived.add(l.leaseId());
                        }
                    } catch (net.utilitynet.wallet.market.MarketException e) {
                        if (e.reason() == net.utilitynet.wallet.market.MarketException.Reason.GRANT_UNDECRYPTABLE
                                && grantsSeen.add(l.leaseId())) {
                            arrived.add(l.leaseId());       // shown; opening it explains why it does not decrypt
                        }
                    }
                }
            }
            Optional<OutboxEntry> topUp = Optional.empty();
            if (auto) {
                topUp = creditWatch(r, limit, limitField).check().topUp();
            }
            return new Loaded(r.credit().value(), r.offers(q), mine, arrived, topUp);
        }, loaded -> {
            credit.set(UncAmount.ofWei(loaded.credit).toUncString());
            loaded.topUp.ifPresent(e -> status.set(i18n.get("market.sent.topUp", e.hash())));
            lowCredit.set(loaded.credit.compareTo(lowWater) < 0);
            offers.setAll(loaded.offers);
            leases.setAll(loaded.leases);
            long at = loaded.offers.stream().mapToLong(OfferView::provenAtBlock).max()
                    .orElse(loaded.leases.stream().mapToLong(LeaseView::provenAtBlock).max().orElse(-1));
            verifiedAt.set(at < 0 ? "" : i18n.get("market.verifiedAt", Long.toString(at)));
            MarketNotices.Notices now = notices.next(loaded.grantsArrived, loaded.leases, lowCredit.get(), credit.get());
            notice.set(now.onPage());
            now.raised().forEach(desktop);
        });
    }

    private record Loaded(BigInteger credit, List<OfferView> offers, List<LeaseView> leases, List<BigInteger> grantsArrived,
                          Optional<OutboxEntry> topUp) {
    }

    /** One watch per (low-water mark, limit): its running total carries over refreshes, a new limit starts a new total. */
    private synchronized net.utilitynet.wallet.market.CreditWatch creditWatch(RenterClient r, String limitText, String field) {
        BigInteger limit = parseTopUpLimit(limitText, field);
        String key = lowWater + "/" + limit;
        if (watch == null || !key.equals(watchKey)) {
            watch = new net.utilitynet.wallet.market.CreditWatch(r, lowWater, true, limit);
            watchKey = key;
        }
        return watch;
    }

    public CompletableFuture<Void> deposit(String uncText) {
        return send(() -> renter.orElseThrow().deposit(UncAmount.parsePositive(uncText, "amount").wei()), "market.sent.deposit");
    }

    public CompletableFuture<Void> withdraw(String uncText) {
        return send(() -> renter.orElseThrow().withdraw(UncAmount.parsePositive(uncText, "amount").wei()), "market.sent.withdraw");
    }

    public CompletableFuture<Void> estimate(BigInteger offerId, long hours) {
        return work(true, () -> renter.orElseThrow().estimate(offerId, hours), e -> estimate.set(i18n.get("market.estimate",
                UncAmount.ofWei(e.escrowWei()).toUncString(), Long.toString(hours), UncAmount.ofWei(e.creditWei()).toUncString(),
                UncAmount.ofWei(e.shortfallWei()).toUncString())));
    }

    public CompletableFuture<Void> rent(BigInteger offerId, long hours) {
        return send(() -> renter.orElseThrow().rent(offerId, hours), "market.sent.rent");
    }

    public CompletableFuture<Void> endLease(BigInteger leaseId) {
        return send(() -> renter.orElseThrow().endLease(leaseId), "market.sent.end");
    }

    public CompletableFuture<Void> rate(BigInteger leaseId, int stars) {
        return send(() -> renter.orElseThrow().rate(leaseId, stars), "market.sent.rate");
    }

    /** Decrypts the grant of a lease (shown until the next grant is opened). */
    public CompletableFuture<Void> showGrant(BigInteger leaseId) {
        return work(true, () -> renter.orElseThrow().grant(leaseId), (AccessGrant g) -> {
            shownGrant = g;
            access.set("");
            grant.set(i18n.get("market.grant", g.leaseId().toString(), g.endpoint(), g.credentials(), g.expiresAt().toString()));
        });
    }

    /** UI thread: calls the shown grant's endpoint with its credentials ({@code /v1/lease}, {@code /v1/chip}) on the worker. */
    public CompletableFuture<Void> checkAccess() {
        AccessGrant g = shownGrant;
        if (g == null) {
            access.set(i18n.get("market.access.none"));
            return CompletableFuture.completedFuture(null);
        }
        access.set(i18n.get("market.access.working"));
        return work(true, () -> new AccessCheck().check(g), (AccessCheck.Result r) -> access.set(describe(r)))
                .thenRun(() -> {
                    if (!error.get().isEmpty() && access.get().equals(i18n.get("market.access.working"))) {
                        access.set("");
                    }
                });
    }

    private String describe(AccessCheck.Result r) {
        try {
            if (!r.ok()) {
                AccessCheck.Answer refused = r.lease().ok() ? r.chip() : r.lease();
                return i18n.get("market.access.refused", Integer.toString(refused.status()), JSON.readTree(refused.body()).path("message").asText(""));
            }
            JsonNode lease = JSON.readTree(r.lease().body());
            JsonNode chip = JSON.readTree(r.chip().body());
            StringBuilder now = new StringBuilder(chip.path("simulated").asBoolean()
                    ? i18n.get("market.access.simulated", chip.path("model").asText()) : chip.path("model").asText());
            if (chip.has("memoryBytes")) {
                now.append(", ").append(chip.get("memoryBytes").asLong() >> 30).append(" GiB");
            }
            if (chip.has("utilizationPercent")) {
                now.append(", ").append(chip.get("utilizationPercent").asInt()).append(" %");
            }
            if (chip.has("temperatureCelsius")) {
                now.append(", ").append(chip.get("temperatureCelsius").asInt()).append(" °C");
            }
            return i18n.get("market.access.ok", lease.path("leaseId").asText(), r.endpoint().toString(),
                    Long.toString(lease.path("secondsLeft").asLong() / 60), now.toString());
        } catch (java.io.IOException e) {
            return i18n.get("market.access.refused", "?", e.getMessage());
        }
    }

    private CompletableFuture<Void> send(Supplier<OutboxEntry> action, String sentKey) {
        return tasks.send(action, sentKey);
    }

    private <T> CompletableFuture<Void> work(boolean action, Supplier<T> task, java.util.function.Consumer<T> apply) {
        return tasks.work(action, task, apply);
    }
}
