package net.utilitynet.app.wallet;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.services.LiveValue;
import net.utilitynet.wallet.address.Address;

/**
 * "Account for mining and the market": the unlocked wallet's signing accounts (label and short address) and the one
 * that mines, rents and provides. One instance backs the chooser on the Miner and the Market page headers. The
 * selection follows {@code account} (the runtime's choice, with its fallback to the first signing account); a user's
 * selection is passed to {@code choose}, which saves it and reopens the miner and market for that account.
 */
public final class AccountChoiceViewModel {

    /** One signing account as the chooser lists it. */
    public record Option(Address address, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final I18n i18n;
    private final LiveValue<Optional<Address>> account;
    private final Function<Address, CompletableFuture<Void>> choose;
    private final ObservableList<Option> options = FXCollections.observableArrayList();
    private final ObjectProperty<Option> selected = new SimpleObjectProperty<>();
    /** FX thread: true while the model itself sets the list or the selection. */
    private boolean following;

    /**
     * @param wallet the wallet's snapshots (its signing accounts while unlocked)
     * @param account the account mining and the market use now ({@code AccountRuntime.account()})
     * @param choose saves a user's choice and reopens the services ({@code AccountRuntime::choose}); must not block
     * @param ui the FX thread
     */
    public AccountChoiceViewModel(LiveValue<WalletService.Snapshot> wallet, LiveValue<Optional<Address>> account,
            Function<Address, CompletableFuture<Void>> choose, I18n i18n, Executor ui) {
        this.i18n = i18n;
        this.account = account;
        this.choose = choose;
        selected.addListener((o, was, now) -> {
            if (!following && now != null && !account.get().equals(Optional.of(now.address()))) {
                this.choose.apply(now.address());
            }
        });
        wallet.subscribe(s -> ui.execute(() -> follow(s)));
        account.subscribe(a -> ui.execute(this::select));
    }

    public ObservableValue<String> caption() {
        return i18n.text("accountChoice.caption");
    }

    /** The wallet's signing accounts; empty while the wallet is locked or missing. */
    public ObservableList<Option> options() {
        return options;
    }

    /** The account that mines and uses the market; setting it chooses another one. */
    public ObjectProperty<Option> selected() {
        return selected;
    }

    private void follow(WalletService.Snapshot snapshot) {
        List<Option> next = snapshot.status() == WalletService.Status.UNLOCKED
                ? snapshot.accounts().stream().map(WalletService.AccountBalance::account).filter(a -> a.canSign())
                        .map(a -> new Option(a.address(), i18n.get("accountChoice.option", a.label(),
                                ReceiveViewModel.shortHash(a.address().checksummed()))))
                        .toList()
                : List.of();
        if (!next.equals(options)) {
            following = true;
            try {
                options.setAll(next);
            } finally {
                following = false;
            }
        }
        select();
    }

    private void select() {
        Option now = account.get().flatMap(a -> options.stream().filter(o -> o.address().equals(a)).findFirst()).orElse(null);
        following = true;
        try {
            selected.set(now);
        } finally {
            following = false;
        }
    }
}
