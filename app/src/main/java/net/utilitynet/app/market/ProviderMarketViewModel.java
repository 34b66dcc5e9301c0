package net.utilitynet.app.market;

import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.miner.market.LeaseProvider;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.market.LeaseView;
import net.utilitynet.wallet.market.OfferView;
import net.utilitynet.wallet.outbox.OutboxEntry;
import org.web3j.utils.Numeric;

/**
 * The provider's lease controls (for the Miner page): list a registered chip, delist, incoming rentals and the
 * verified, unclaimed income with Claim. Grants are delivered by {@code miner.market.GrantDelivery}, not here.
 */
public final class ProviderMarketViewModel {
    private final LeaseProvider provider;
    private final I18n i18n;
    private final MarketTasks tasks;
    private final ObservableList<OfferView> offers = FXCollections.observableArrayList();
    private final ObservableList<LeaseView> incoming = FXCollections.observableArrayList();
    private final StringProperty income = new SimpleStringProperty(this, "income", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");

    public ProviderMarketViewModel(LeaseProvider provider, I18n i18n, Executor worker, Executor ui) {
        this.provider = provider;
        this.i18n = i18n;
        this.tasks = new MarketTasks(worker, ui, i18n, status, error);
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

    public StringProperty status() {
        return status;
    }

    public StringProperty error() {
        return error;
    }

    public CompletableFuture<Void> refresh() {
        return work(false, () -> new Loaded(provider.myOffers(), provider.incoming(), provider.income().value()), l -> {
            offers.setAll(l.offers);
            incoming.setAll(l.incoming);
            income.set(i18n.get("market.provider.income", UncAmount.ofWei(l.income).toUncString()));
        });
    }

    private record Loaded(List<OfferView> offers, List<LeaseView> incoming, BigInteger income) {
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
