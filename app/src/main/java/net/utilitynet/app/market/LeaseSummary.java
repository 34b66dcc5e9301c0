package net.utilitynet.app.market;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.lightclient.state.Verified;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.market.LeaseView;
import net.utilitynet.wallet.market.MarketReader;
import net.utilitynet.wallet.market.MarketSnapshot;

/**
 * The Overview's lease card for one account, both roles at one glance: active leases as renter and as provider,
 * credit left and settled income not yet claimed — all from one verified snapshot plus proven storage.
 */
public final class LeaseSummary {
    private final MarketReader reader;
    private final Address account;
    private final Executor worker;
    private final Executor ui;
    private final ObjectProperty<Optional<Read>> read = new SimpleObjectProperty<>(this, "read", Optional.empty());
    private final StringBinding value;
    private final ReadOnlyLongWrapper verifiedAt = new ReadOnlyLongWrapper(this, "verifiedAt", -1);

    public LeaseSummary(MarketReader reader, Address account, I18n i18n, Executor worker, Executor ui) {
        this.reader = reader;
        this.account = account;
        this.worker = worker;
        this.ui = ui;
        // formatted here, not when read, so that a language switch re-translates it at once
        this.value = i18n.computed(() -> read.get().map(r -> i18n.get("overview.leases.value", Long.toString(r.renting()),
                Long.toString(r.providing()), UncAmount.ofWei(r.credit()).toUncString(), UncAmount.ofWei(r.income()).toUncString()))
                .orElse(""), read);
    }

    /** Renting and providing on one line, credit and income on the next; empty until the first verified read. */
    public ObservableStringValue value() {
        return value;
    }

    /** The verified block the value was read at; -1 before the first read. */
    public ReadOnlyLongProperty verifiedAt() {
        return verifiedAt.getReadOnlyProperty();
    }

    /** Call on each verified head. */
    public CompletableFuture<Void> refresh() {
        return CompletableFuture.supplyAsync(() -> {
            Verified<MarketSnapshot> snap = reader.chain().snapshot();
            List<LeaseView> mine = reader.leases(snap, l -> l.active() && (l.renter().equals(account) || l.provider().equals(account)));
            long renting = mine.stream().filter(l -> l.renter().equals(account)).count();
            long providing = mine.stream().filter(l -> l.provider().equals(account)).count();
            BigInteger credit = reader.chain().credit(account.bytes()).value();
            BigInteger income = reader.chain().income(account.bytes()).value();
            return new Read(renting, providing, credit, income, snap.blockNumber());
        }, worker).thenAcceptAsync(next -> {
            read.set(Optional.of(next));
            verifiedAt.set(next.block());
        }, ui);
    }

    private record Read(long renting, long providing, BigInteger credit, BigInteger income, long block) {
    }
}
