package net.utilitynet.app.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableLongValue;
import javafx.beans.value.ObservableStringValue;
import net.utilitynet.app.config.Language;
import net.utilitynet.app.miner.MiningSummary;
import net.utilitynet.app.runtime.MiningOnLaunch;
import net.utilitynet.app.services.ConnectionState;
import net.utilitynet.app.services.ConnectionState.Phase;
import net.utilitynet.app.services.LiveValue;
import net.utilitynet.app.services.MiningStatus;
import net.utilitynet.app.ui.TestServices;
import net.utilitynet.app.wallet.WalletService;
import net.utilitynet.lightclient.verify.TrustLevel;
import net.utilitynet.miner.rewards.RecentRewards;
import net.utilitynet.miner.rewards.RewardTotals;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.store.Account;
import net.utilitynet.wallet.store.AccountKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class OverviewViewModelTest {

    private static final BigInteger UNC = BigInteger.TEN.pow(18);

    @TempDir
    Path temp;

    private final LiveValue<WalletService.Snapshot> wallet = new LiveValue<>(WalletService.Snapshot.EMPTY);
    private final ReadOnlyStringWrapper leases = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper leasesAt = new ReadOnlyLongWrapper(-1);
    private final LiveValue<MiningStatus> mining = new LiveValue<>(MiningStatus.UNAVAILABLE);
    private final LiveValue<Optional<MiningSummary.Figures>> figures = new LiveValue<>(Optional.empty());
    private final LiveValue<MiningOnLaunch.Launch> launch = new LiveValue<>(new MiningOnLaunch.Launch(MiningOnLaunch.State.OFF, ""));

    /** Sources with only a wallet and a lease summary (no miner, start on launch off), for tests of other pages. */
    public static OverviewSources sources(LiveValue<WalletService.Snapshot> wallet, ObservableStringValue leases, ObservableLongValue leasesAt) {
        return new OverviewSources(wallet, leases, leasesAt, new LiveValue<>(MiningStatus.UNAVAILABLE), new LiveValue<>(Optional.empty()),
                new LiveValue<>(new MiningOnLaunch.Launch(MiningOnLaunch.State.OFF, "")));
    }

    private OverviewViewModel model(TestServices services) {
        return new OverviewViewModel(services.connection, services.i18n, new OverviewSources(wallet, leases, leasesAt, mining, figures, launch),
                Runnable::run);
    }

    private static OverviewViewModel.Card card(OverviewViewModel model, String id) {
        return model.cards().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void cards_notConnected_showDashForEveryValueAndTheFooterSaysWhy() {
        TestServices services = new TestServices(temp);
        OverviewViewModel model = model(services);
        assertEquals(List.of("balance", "mining", "leases", "sync"), model.cards().stream().map(OverviewViewModel.Card::id).toList());
        assertEquals("\u2014", card(model, "balance").value().get());
        assertEquals("Miner not set up", card(model, "mining").value().get());
        assertEquals("\u2014", card(model, "leases").value().get());
        assertEquals("\u2014", card(model, "sync").value().get());
        assertEquals("No wallet yet \u2014 create or restore one on the Wallet page", card(model, "balance").caption().get());
        assertEquals("Not connected", card(model, "sync").detail().get());
        assertEquals("Local devnet (embedded)", card(model, "sync").caption().get());
        assertEquals(OverviewViewModel.Link.OFFLINE, model.link().get());
        assertTrue(model.notice().get().startsWith("Figures appear here once the app is connected"), model.notice().get());
    }

    @Test
    void footerAndSyncCard_followTheConnection_syncingThenVerified() {
        TestServices services = new TestServices(temp);
        OverviewViewModel model = model(services);
        services.connectionState.set(new ConnectionState(Phase.SYNCING, 77, ""));
        assertEquals("#77", card(model, "sync").value().get());
        assertEquals("Syncing \u2014 block 77", card(model, "sync").detail().get());
        assertEquals(OverviewViewModel.Link.SYNCING, model.link().get());
        assertTrue(model.notice().get().startsWith("Syncing: figures appear"), model.notice().get());

        services.connectionState.set(new ConnectionState(Phase.SYNCED, 1234, "", 1234, 0, 3, true));
        assertEquals("#1,234", card(model, "sync").value().get(), "grouped like the status bar's");
        assertEquals("Verified head #1,234 (3 s ago) (skip sync)", card(model, "sync").detail().get());
        assertEquals(OverviewViewModel.Link.ONLINE, model.link().get());
        assertEquals("Every figure above is proven against block headers the light client verified itself. "
                + "Local devnet (embedded) \u00b7 Verified head #1,234 (3 s ago) (skip sync).", model.notice().get());

        services.connectionState.set(new ConnectionState(Phase.FAILED, 1234, "http://x is down"));
        assertEquals(OverviewViewModel.Link.OFFLINE, model.link().get());
        assertEquals("#1,234", card(model, "sync").value().get(), "the last verified head stays");
    }

    @Test
    void miningCard_stateChipsAndTodaysRewards_captionNamesTheVerifiedBlockOrWhatStartOnLaunchWaitsFor() {
        TestServices services = new TestServices(temp);
        OverviewViewModel model = model(services);
        OverviewViewModel.Card card = card(model, "mining");
        assertEquals("", card.detail().get());
        assertEquals("The miner opens with a wallet \u2014 create or restore one on the Wallet page", card.caption().get());
        wallet.set(new WalletService.Snapshot(WalletService.Status.LOCKED, List.of(), List.of(), Optional.empty(), false));
        assertEquals("Unlock the wallet to open the miner", card.caption().get());
        mining.set(MiningStatus.STOPPED);
        assertEquals("Earned by your attested chips", card.caption().get());
        mining.set(MiningStatus.UNAVAILABLE);

        launch.set(new MiningOnLaunch.Launch(MiningOnLaunch.State.WAITING_FOR_UNLOCK, ""));
        assertEquals("Start on launch is on: waiting for the wallet to be unlocked.", card.caption().get());

        mining.set(MiningStatus.RUNNING);
        launch.set(new MiningOnLaunch.Launch(MiningOnLaunch.State.STARTED, ""));
        RewardTotals total = new RewardTotals(500, 480, 60, UNC.multiply(BigInteger.valueOf(120)), BigInteger.ZERO, UNC.multiply(BigInteger.valueOf(100)));
        RewardTotals today = new RewardTotals(40, 40, 3, UNC.multiply(BigInteger.valueOf(6)), BigInteger.ZERO, UNC.multiply(BigInteger.valueOf(5)));
        figures.set(Optional.of(new MiningSummary.Figures(2, 1, new RecentRewards(total, today, 500), 501)));
        assertEquals("6 UNC today", card.value().get());
        assertEquals("Mining \u00b7 chips registered: 2 \u00b7 registering: 1\nBlocks won today: 3 \u00b7 total earned 120 UNC", card.detail().get());
        mining.set(MiningStatus.STOPPED);
        assertTrue(card.detail().get().startsWith("Not mining \u00b7 chips registered: 2"), card.detail().get());
        mining.set(MiningStatus.RUNNING);
        assertEquals("Verified at block #501", card.caption().get());

        launch.set(new MiningOnLaunch.Launch(MiningOnLaunch.State.FAILED, "no chip is registered"));
        assertEquals("Start on launch: mining did not start: no chip is registered", card.caption().get());

        services.i18n.languageProperty().set(Language.CHINESE_SIMPLIFIED);
        assertEquals("今日 6 UNC", card.value().get());
        assertEquals("挖矿中 · 已注册芯片：2 · 注册中：1\n今日出块：3 · 累计收益 120 UNC", card.detail().get());
    }

    @Test
    void balanceAndLeaseCards_verifiedFigures_captionNamesTheBlockTheyWereReadAt() {
        TestServices services = new TestServices(temp);
        OverviewViewModel model = model(services);
        wallet.set(new WalletService.Snapshot(WalletService.Status.LOCKED, List.of(), List.of(), Optional.empty(), false));
        assertEquals("Unlock the wallet to see its verified balance", card(model, "balance").caption().get());

        Account a = new Account(Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "address"), AccountKind.HD, "a", 0);
        Account b = new Account(Address.parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "address"), AccountKind.HD, "b", 1);
        wallet.set(new WalletService.Snapshot(WalletService.Status.UNLOCKED, List.of(
                new WalletService.AccountBalance(a, Optional.of(UncAmount.ofUnc(1200)), 90, TrustLevel.FULL),
                new WalletService.AccountBalance(b, Optional.of(UncAmount.ofUnc(34)), 88, TrustLevel.FULL)), List.of(), Optional.empty(), false));
        assertEquals("1,234 UNC", card(model, "balance").value().get());
        assertEquals("Accounts: 2", card(model, "balance").detail().get());
        assertEquals("Verified at block #88", card(model, "balance").caption().get(), "the oldest verified read of the total");
        wallet.set(new WalletService.Snapshot(WalletService.Status.UNLOCKED, List.of(
                new WalletService.AccountBalance(a, Optional.of(UncAmount.ofUnc(5)), 7, TrustLevel.LINKAGE_ONLY)), List.of(), Optional.empty(), false));
        assertEquals("\u26a0 Linkage-only at block #7 \u2014 NOT consensus-verified", card(model, "balance").caption().get());

        leases.set("Renting 1 \u00b7 Providing 0\nCredit 3 UNC \u00b7 Income 0 UNC");
        leasesAt.set(91);
        assertEquals("Renting 1 \u00b7 Providing 0\nCredit 3 UNC \u00b7 Income 0 UNC", card(model, "leases").value().get());
        assertEquals("Verified at block #91", card(model, "leases").caption().get());
    }
}
