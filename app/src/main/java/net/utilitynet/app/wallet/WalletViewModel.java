package net.utilitynet.app.wallet;

import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.ui.ConnectionViewModel;
import net.utilitynet.app.ui.EmptyPageModel;

/** State of the Wallet page. Until the wallet module is wired it holds the page's empty state. */
public final class WalletViewModel {

    private final EmptyPageModel page;

    public WalletViewModel(ConnectionViewModel connection, I18n i18n) {
        this.page = EmptyPageModel.of("wallet", i18n, connection);
    }

    public EmptyPageModel page() {
        return page;
    }
}
