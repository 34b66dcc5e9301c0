package net.utilitynet.app.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.market.MarketView;
import net.utilitynet.app.market.MarketViewModel;
import net.utilitynet.app.miner.MinerView;
import net.utilitynet.app.miner.MinerViewModel;
import net.utilitynet.app.network.NetworkStatusView;
import net.utilitynet.app.network.NetworkStatusViewModel;
import net.utilitynet.app.network.NetworkView;
import net.utilitynet.app.network.NetworkViewModel;
import net.utilitynet.app.overview.OverviewView;
import net.utilitynet.app.overview.OverviewViewModel;
import net.utilitynet.app.settings.SettingsView;
import net.utilitynet.app.settings.SettingsViewModel;
import net.utilitynet.app.ui.ConnectionViewModel;
import net.utilitynet.app.ui.View;
import net.utilitynet.app.wallet.WalletView;
import net.utilitynet.app.wallet.WalletService;
import net.utilitynet.app.wallet.WalletViewModel;
import net.utilitynet.app.wallet.WalletWiring;

/** The one place that wires each page's view-model to its services and its view. */
final class Screens {

    private Screens() {
    }

    static Map<Page, Supplier<View>> create(AppContext context, I18n i18n, ConnectionViewModel connection, Executor ui) {
        Map<Page, Supplier<View>> screens = new EnumMap<>(Page.class);
        WalletService wallet = WalletWiring.start(context);
        screens.put(Page.OVERVIEW, () -> new OverviewView(new OverviewViewModel(connection, i18n, WalletWiring.total(wallet), ui)));
        screens.put(Page.WALLET, () -> new WalletView(new WalletViewModel(wallet, i18n, ui), i18n));
        screens.put(Page.MINER, () -> new MinerView(new MinerViewModel(context.miningState(), connection, i18n, ui)));
        screens.put(Page.MARKET, () -> new MarketView(new MarketViewModel(connection, i18n)));
        screens.put(Page.NETWORK, () -> new NetworkView(new NetworkViewModel(context.networks(), connection, i18n, ui),
                new NetworkStatusView(new NetworkStatusViewModel(context.runtime().status(), connection, i18n, context.runtime()::retry, ui))));
        screens.put(Page.SETTINGS, () -> new SettingsView(
                new SettingsViewModel(context.settings(), context.dataDirectory(), i18n, ui)));
        return screens;
    }
}
