package net.utilitynet.app.market;

import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.ui.ConnectionViewModel;
import net.utilitynet.app.ui.EmptyPageModel;

/** State of the Market page. Until the lease-market client (wallet module) is wired it holds the page's empty state. */
public final class MarketViewModel {

    private final EmptyPageModel page;

    public MarketViewModel(ConnectionViewModel connection, I18n i18n) {
        this.page = EmptyPageModel.of("market", i18n, connection);
    }

    public EmptyPageModel page() {
        return page;
    }
}
