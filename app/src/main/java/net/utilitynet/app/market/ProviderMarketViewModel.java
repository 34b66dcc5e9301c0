package net.utilitynet.app.market;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.wallet.ReceiveViewModel;
import net.utilitynet.miner.access.AccessConfig;
import net.utilitynet.miner.access.LeaseAccess;
import net.utilitynet.miner.market.LeaseProvider;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.market.LeaseView;
import net.utilitynet.wallet.market.OfferView;
import net.utilitynet.wallet.outbox.OutboxEntry;
import org.web3j.utils.Numeric;

/**
 * The provider's lease controls (for the Miner page): list a registered chip, delist, incoming rentals with the state
 * of each one's access grant, the access gateway's address, and the verified, unclaimed income with Claim. Grants are
 * delivered by the miner's {@code LeaseAccess} on each verified head, not here; this only shows what it did.
 */
public final class ProviderMarketViewModel {
    private final LeaseProvider provider;
    private final I18n i18n;
    private final MarketTasks tasks;
    private final ObservableList<OfferView> offers = FXCollections.observableArrayList();
    private final ObservableList<LeaseView> incoming = FXCollections.observableArrayList();
    private final StringProperty income = new SimpleStringProperty(this, "income", "");
    private final StringProperty gateway = new SimpleStringProperty(this, "gateway", "");
    private final StringProperty grantProblems = new SimpleStringProperty(this, "grantProblems", "");
    private final StringProperty accessHost = new SimpleStringProperty(this, "accessHost", "");
    private final StringProperty accessPort = new SimpleStringProperty(this, "accessPort", "");
    private final StringProperty accessUrl = new SimpleStringProperty(this, "accessUrl", "");
    private final StringProperty accessHook = new SimpleStringProperty(this, "accessHook", "");
    private final ProviderAccess access;
    /** UI thread: the settings fields are filled from the saved settings once, then belong to the user. */
    private boolean settingsShown;
    /** Delivery thread: the problems of the last round, to refresh only when something changed. */
    private Map<BigInteger, String> lastProblems = Map.of();
    /** Lease id → text of its grant state; replaced (UI thread) before the incoming list, which the table redraws from. */
    private Map<BigInteger, String> grants = Map.of();
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");

    /**
     * @param access the account's access gateway (or hook) and automatic grants, with their settings
     */
    public ProviderMarketViewModel(LeaseProvider provider, ProviderAccess access, I18n i18n, Executor worker, Executor ui) {
        this.provider = provider;
        this.access = access;
        this.i18n = i18n;
        this.tasks = new MarketTasks(worker, ui, i18n, status, error);
        // the card follows the delivery rounds by itself when a grant goes out or a problem appears or goes away
        access.addListener(round -> {
            boolean changed = !round.sent().isEmpty() || !round.problems().equals(lastProblems);
            lastProblems = round.problems();
            if (changed) {
                refresh();
            }
        });
    }

    public I18n i18n() {
        return i18n;
    }

    public ObservableList<OfferView> offers() {
        return offers;
    }

    public ObservableList<LeaseView> incoming() {
        return incoming;
    }

    public StringProperty income() {
        return income;
    }

    /** Where renters reach this machine (the gateway URL that goes into grants), or the hook, or why grants are off. */
    public StringProperty gateway() {
        return gateway;
    }

    /** Access settings: the gateway's listen address, port, public URL (optional) and grant hook (optional). */
    public StringProperty accessHost() {
        return accessHost;
    }

    public StringProperty accessPort() {
        return accessPort;
    }

    public StringProperty accessUrl() {
        return accessUrl;
    }

    public StringProperty accessHook() {
        return accessHook;
    }

    /** Saves the access settings (checked, the bad field named) and restarts the gateway or hook with them. */
    public CompletableFuture<Void> saveAccess() {
        String host = accessHost.get();
        String port = accessPort.get().trim();
        String url = accessUrl.get();
        String hook = accessHook.get();
        return work(true, () -> {
            int p;
            try {
                p = Integer.parseInt(port);
            } catch (NumberFormatException e) {
                throw new net.utilitynet.wallet.InvalidInputException("gateway port", i18n.get("market.provider.access.badPort", port));
            }
            access.reconfigure(AccessConfig.parse(host, p, url, hook));
            return access.problem();
        }, problem -> status.set(problem.isEmpty() ? i18n.get("market.provider.access.saved") : "")).thenCompose(v -> refresh());
    }

    /** The full text of each lease's grant problem, one line per lease (the table's cell is too narrow for a hook's message). */
    public StringProperty grantProblems() {
        return grantProblems;
    }

    /** The grant state of an incoming lease: delivered (tx …), waiting for the next block, or the problem. */
    public String grantState(LeaseView lease) {
        return grants.getOrDefault(lease.leaseId(), i18n.get("common.noValue"));
    }

    public StringProperty status() {
        return status;
    }

    public StringProperty error() {
        return error;
    }

    public CompletableFuture<Void> refresh() {
        return work(false, () -> new Loaded(provider.myOffers(), provider.incoming(), provider.income().value(),
                access.access().map(LeaseAccess::status), access.problem(), access.config()), l -> {
            grants = grantStates(l.incoming, l.access);
            gateway.set(gatewayLine(l.access, l.problem));
            if (!settingsShown) {
                settingsShown = true;
                accessHost.set(l.config.host());
                accessPort.set(Integer.toString(l.config.port()));
                accessUrl.set(l.config.publicUrl().map(Object::toString).orElse(""));
                accessHook.set(l.config.hook().map(Object::toString).orElse(""));
            }
            grantProblems.set(l.access.map(a -> a.problems().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> i18n.get("market.provider.grant.problemLine", e.getKey().toString(), e.getValue()))
                    .collect(java.util.stream.Collectors.joining("\n"))).orElse(""));
            offers.setAll(l.offers);
            incoming.setAll(l.incoming);
            income.set(i18n.get("market.provider.income", UncAmount.ofWei(l.income).toUncString()));
        });
    }

    private record Loaded(List<OfferView> offers, List<LeaseView> incoming, BigInteger income, Optional<LeaseAccess.Status> access,
                          Optional<String> problem, AccessConfig config) {
    }

    private String gatewayLine(Optional<LeaseAccess.Status> status, Optional<String> problem) {
        if (status.isEmpty()) {
            return i18n.get("market.provider.gatewayOff", problem.orElse(""));
        }
        LeaseAccess.Status s = status.get();
        String line = s.endpoint().map(u -> i18n.get("market.provider.gateway", u.toString()))
                .orElseGet(() -> i18n.get("market.provider.hook", s.hook().map(Object::toString).orElse("")));
        return s.failure().map(f -> line + " " + i18n.get("market.provider.roundFailed", f)).orElse(line);
    }

    private Map<BigInteger, String> grantStates(List<LeaseView> leases, Optional<LeaseAccess.Status> status) {
        Map<BigInteger, String> out = new HashMap<>();
        for (LeaseView l : leases) {
            Optional<String> problem = status.map(s -> s.problems().get(l.leaseId()));
            Optional<String> tx = status.map(s -> s.delivered().get(l.leaseId()));
            if (problem.isPresent()) {
                out.put(l.leaseId(), i18n.get("market.provider.grant.problem", problem.get()));
            } else if (tx.isPresent()) {
                out.put(l.leaseId(), i18n.get("market.provider.grant.delivered", ReceiveViewModel.shortHash(tx.get())));
            } else if (l.active() && status.isPresent()) {
                out.put(l.leaseId(), i18n.get("market.provider.grant.pending"));
            }
        }
        return out;
    }

    /** Lists chip {@code chipHex} at {@code priceUnc} per hour for {@code minHours}..{@code maxHours}. */
    public CompletableFuture<Void> list(String chipHex, String priceUnc, long minHours, long maxHours) {
        return send(() -> {
            byte[] chip;
            try {
                chip = Numeric.hexStringToByteArray(chipHex.trim());
            } catch (RuntimeException e) {
                chip = new byte[0];
            }
            if (chip.length != 32) {
                throw new net.utilitynet.wallet.InvalidInputException("chip", i18n.get("market.provider.badChip"));
            }
            return provider.list(chip, UncAmount.parsePositive(priceUnc, "price").wei(), minHours, maxHours);
        }, "market.provider.sent.list");
    }

    public CompletableFuture<Void> delist(BigInteger offerId) {
        return send(() -> provider.delist(offerId), "market.provider.sent.delist");
    }

    public CompletableFuture<Void> claim() {
        return send(provider::claimIncome, "market.provider.sent.claim");
    }

    private CompletableFuture<Void> send(Supplier<OutboxEntry> action, String sentKey) {
        return tasks.send(action, sentKey);
    }

    private <T> CompletableFuture<Void> work(boolean action, Supplier<T> task, java.util.function.Consumer<T> apply) {
        return tasks.work(action, task, apply);
    }
}
