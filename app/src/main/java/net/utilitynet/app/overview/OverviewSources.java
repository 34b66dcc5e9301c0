package net.utilitynet.app.overview;

import java.util.Optional;
import javafx.beans.value.ObservableLongValue;
import javafx.beans.value.ObservableStringValue;
import net.utilitynet.app.miner.MiningSummary;
import net.utilitynet.app.runtime.MiningOnLaunch;
import net.utilitynet.app.services.LiveValue;
import net.utilitynet.app.services.MiningStatus;
import net.utilitynet.app.wallet.WalletService;

/**
 * Where the Overview's figures come from, each read from verified storage: the wallet's verified balances, the
 * account's lease summary (FX-thread values, e.g. {@code market.LeaseSummary}) with the block it was read at, the
 * mining state with the miner's figures, and what "start mining on launch" waits for.
 */
public record OverviewSources(LiveValue<WalletService.Snapshot> wallet, ObservableStringValue leases, ObservableLongValue leasesVerifiedAt,
                              LiveValue<MiningStatus> mining, LiveValue<Optional<MiningSummary.Figures>> miningFigures,
                              LiveValue<MiningOnLaunch.Launch> launch) {
}
