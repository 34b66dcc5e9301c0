package net.utilitynet.app.shell;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.Optional;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.market.LeaseSummary;
import net.utilitynet.app.market.ProviderMarketView;
import net.utilitynet.app.market.ProviderMarketViewModel;
import net.utilitynet.app.runtime.AccountChoice;
import net.utilitynet.app.runtime.AccountRuntime;
import net.utilitynet.app.runtime.AccountServices;
import net.utilitynet.app.runtime.MiningOnLaunch;
import net.utilitynet.app.services.LiveValue;
import net.utilitynet.app.services.MiningState;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.lightclient.sync.SyncListener;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.market.MarketView;
import net.utilitynet.app.market.MarketViewModel;
import net.utilitynet.app.market.TopUpSettings;
import net.utilitynet.app.miner.MinerView;
import net.utilitynet.app.miner.MinerViewModel;
import net.utilitynet.app.miner.MiningSummary;
import net.utilitynet.app.network.NetworkStatusView;
import net.utilitynet.app.network.NetworkStatusViewModel;
import net.utilitynet.app.network.NetworkView;
import net.utilitynet.app.network.NetworkViewModel;
import net.utilitynet.app.overview.OverviewSources;
import net.utilitynet.app.overview.OverviewView;
import net.utilitynet.app.overview.OverviewViewModel;
import net.utilitynet.app.settings.SettingsView;
import net.utilitynet.app.settings.SettingsViewModel;
import net.utilitynet.app.ui.ConnectionViewModel;
import net.utilitynet.app.ui.View;
import net.utilitynet.app.wallet.AccountChoiceViewModel;
import net.utilitynet.app.wallet.PaymentRequests;
import net.utilitynet.app.wallet.WalletView;
import net.utilitynet.app.wallet.WalletService;
import net.utilitynet.app.wallet.WalletViewModel;
import net.utilitynet.app.wallet.WalletWiring;

/** The one place that wires each page's view-model to its services and its view. */
final class Screens {

    private Screens() {
    }

    static Map<Page, Supplier<View>> create(AppContext context, I18n i18n, ConnectionViewModel connection, PaymentRequests payments,
                                            Executor ui) {
        Map<Page, Supplier<View>> screens = new EnumMap<>(Page.class);
        WalletService wallet = WalletWiring.start(context);
        AccountRuntime account = new AccountRuntime(context.runtime(), wallet, context.dataDirectory()::data,
                new AccountChoice(context.dataDirectory()::data, context.executors().io()));
        context.closeBeforeRuntime(account);
        // one chooser model for the Miner and the Market page headers
        Optional<AccountChoiceViewModel> choice = Optional.of(new AccountChoiceViewModel(wallet.snapshot(), account.account(), account::choose,
                i18n, ui));
        LiveValue<Optional<AccountServices>> services = account.services();
        services.subscribe(s -> context.miningState().use(s.<MiningState>map(AccountServices::mining).orElseGet(MiningState::unavailable)));
        Executor worker = context.executors().worker();
        MiningOnLaunch launch = new MiningOnLaunch(context.settings().settings(), context.runtime().state(), wallet.snapshot(), services, worker);
        context.closeBeforeRuntime(launch);
        StringProperty leases = new SimpleStringProperty("");
        LongProperty leasesAt = new SimpleLongProperty(-1);
        LiveValue<Optional<MiningSummary.Figures>> mining = new LiveValue<>(Optional.empty());
        services.subscribe(s -> ui.execute(() -> followAccount(s, services, leases, leasesAt, mining, i18n, worker, ui)));
        OverviewSources overview = new OverviewSources(wallet.snapshot(), leases, leasesAt, context.miningState().status(), mining,
                launch.launch());
        screens.put(Page.OVERVIEW, () -> new OverviewView(new OverviewViewModel(connection, i18n, overview, ui)));
        screens.put(Page.WALLET, () -> {
            WalletViewModel model = new WalletViewModel(wallet, i18n, ui);
            model.follow(payments);
            return new WalletView(model, i18n);
        });
        screens.put(Page.MINER, () -> new SwitchingView<>(services, ui, s -> s.<View>map(open -> minerPage(open, launch, choice, connection, i18n, worker, ui))
                .orElseGet(() -> new MinerView(new MinerViewModel(context.miningState(), launch.launch(), connection, i18n, ui), choice))));
        screens.put(Page.MARKET, () -> new SwitchingView<>(services, ui, s -> new MarketView(s
                .map(open -> marketModel(context, open, connection, i18n, worker, ui))
                .orElseGet(() -> new MarketViewModel(connection, i18n)), choice)));
        screens.put(Page.NETWORK, () -> new NetworkView(new NetworkViewModel(context.networks(), connection, i18n, ui),
                new NetworkStatusView(new NetworkStatusViewModel(context.runtime().status(), connection, i18n, context.runtime()::retry, ui))));
        screens.put(Page.SETTINGS, () -> new SettingsView(
                new SettingsViewModel(context.settings(), context.dataDirectory(), i18n, ui)));
        return screens;
    }

    /**
     * The Market page's model on an open account: its saved top-up setting, refreshed on each verified head, its notices
     * also raised as desktop notifications (where the tray shows them).
     */
    private static MarketViewModel marketModel(AppContext context, AccountServices open, ConnectionViewModel connection, I18n i18n,
            Executor worker, Executor ui) {
        MarketViewModel model = new MarketViewModel(connection, i18n, Optional.of(open.market().renter()), worker, ui);
        model.raiseOnDesktop(context.desktopNotices()::raise);
        // once the saved setting is in (automatic top-up may be on), each verified head refreshes the page on the UI thread
        model.remember(new TopUpSettings(context.dataDirectory().data(open.session().network().id()), open.account(),
                context.executors().io())).thenRun(() -> onEachVerifiedHead(open,
                        () -> CompletableFuture.runAsync(() -> { }, ui).thenCompose(ready -> model.refresh())));
        return model;
    }

    /** The Miner page on an open miner, with the provider's lease card under it. */
    private static View minerPage(AccountServices open, MiningOnLaunch launch, Optional<AccountChoiceViewModel> choice,
            ConnectionViewModel connection, I18n i18n, Executor worker, Executor ui) {
        Parent miner = new MinerView(new MinerViewModel(open.mining(), launch.launch(), connection, i18n, ui), choice).root();
        Parent provider = new ProviderMarketView(new ProviderMarketViewModel(open.market().provider(), open.access(), i18n, worker, ui)).root();
        // the card's buttons keep their full labels on a narrow window
        provider.lookupAll(".button").forEach(b -> ((Region) b).setMinWidth(Region.USE_PREF_SIZE));
        if (miner instanceof VBox page) { // the Miner page's own layout: the card gets the page's padding and spacing
            page.getChildren().add(provider);
            return () -> page;
        }
        VBox page = new VBox(miner, provider);
        return () -> page;
    }

    /**
     * FX thread: the Overview's leases and mining cards follow the open account — its verified lease summary and its
     * miner's figures, read again on each verified head.
     */
    private static void followAccount(Optional<AccountServices> open, LiveValue<Optional<AccountServices>> services, StringProperty leases,
            LongProperty leasesAt, LiveValue<Optional<MiningSummary.Figures>> mining, I18n i18n, Executor worker, Executor ui) {
        leases.unbind();
        leases.set("");
        leasesAt.unbind();
        leasesAt.set(-1);
        mining.set(Optional.empty());
        open.ifPresent(s -> {
            LeaseSummary summary = new LeaseSummary(s.market().reader(), s.account(), i18n, worker, ui);
            leases.bind(summary.value());
            leasesAt.bind(summary.verifiedAt());
            onEachVerifiedHead(s, summary::refresh);
            MiningSummary miner = new MiningSummary(s.mining().miner(), Clock.systemDefaultZone());
            onEachVerifiedHead(s, () -> miner.read().thenAccept(figures -> {
                if (services.get().orElse(null) == s) {
                    mining.set(Optional.of(figures));
                }
            }));
        });
    }

    /** Runs {@code read} now and on each verified head while {@code open} is open; one read at a time (a slow one skips heads). */
    private static void onEachVerifiedHead(AccountServices open, Supplier<CompletableFuture<?>> read) {
        AtomicBoolean reading = new AtomicBoolean(true);
        open.session().lightClient().addSyncListener(new SyncListener() {
            @Override
            public void onVerifiedHead(StoredHeader head) {
                if (!open.isOpen()) {
                    open.session().lightClient().removeSyncListener(this);
                } else if (reading.compareAndSet(false, true)) {
                    read.get().whenComplete((ok, error) -> reading.set(false));
                }
            }
        });
        read.get().whenComplete((ok, error) -> reading.set(false));
    }
}
