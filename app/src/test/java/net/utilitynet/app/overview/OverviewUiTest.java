package net.utilitynet.app.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import net.utilitynet.app.config.DataDirectory;
import net.utilitynet.app.config.Language;
import net.utilitynet.app.config.Theme;
import net.utilitynet.app.fx.FxBridge;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.market.LeaseSummary;
import net.utilitynet.app.market.MarketAccess;
import net.utilitynet.app.miner.MinerMiningState;
import net.utilitynet.app.miner.MiningSummary;
import net.utilitynet.app.networks.NetworkCatalog;
import net.utilitynet.app.runtime.MiningOnLaunch;
import net.utilitynet.app.services.ConnectionState;
import net.utilitynet.app.services.ConnectionState.Phase;
import net.utilitynet.app.services.LiveValue;
import net.utilitynet.app.shell.ThemeStyles;
import net.utilitynet.app.ui.ConnectionViewModel;
import net.utilitynet.app.wallet.WalletService;
import net.utilitynet.devnet.Devnet;
import net.utilitynet.devnet.DevnetConfig;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.LightClientConfig;
import net.utilitynet.lightclient.rpc.EndpointPool;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.lightclient.state.Verified;
import net.utilitynet.lightclient.sync.SyncConfig;
import net.utilitynet.lightclient.sync.SyncMode;
import net.utilitynet.lightclient.sync.TrustAnchor;
import net.utilitynet.lightclient.verify.ChainRules;
import net.utilitynet.miner.Miner;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.protocol.chain.DevnetAccounts;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.keystore.ScryptCost;
import net.utilitynet.wallet.outbox.Outbox;
import net.utilitynet.wallet.store.WalletStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.web3j.utils.Numeric;

/**
 * The Overview page on real parts: a devnet with on-demand blocks, a POCI light client, a miner whose simulated chip
 * is registered and wins the blocks of epoch 1, the wallet's verified balance and the account's verified lease
 * summary. Writes {@code target/overview-shots/overview-{light,dark,zh}.png} for looking at.
 */
@ExtendWith(ApplicationExtension.class)
class OverviewUiTest {
    private static final ChainParams PARAMS = ChainParams.devnet();

    @TempDir
    static Path dir;
    private static Devnet devnet;
    private static LightClient light;
    private static Outbox outbox;
    private static Miner miner;
    private static Address account;

    private Stage stage;

    @BeforeAll
    static void mineAnEpoch() throws Exception {
        devnet = Devnet.start(DevnetConfig.defaults(dir.resolve("devnet")).withBlockTimeMs(0).withWsPort(-1));
        String genesis = new HttpRpcClient(devnet.rpcUrl()).call("eth_getBlockByNumber", "0x0", false).get("hash").asText();
        // on-demand blocks are at least 1 s apart, so devnet time runs ahead of the wall clock
        light = LightClient.open(new LightClientConfig(List.of(devnet.rpcUrl()), dir.resolve("headers.db"),
                SyncConfig.of(SyncMode.FULL, new TrustAnchor(0, Numeric.hexStringToByteArray(genesis)), ChainRules.of(PARAMS)),
                HttpRpcClient.DEFAULT_TIMEOUT, HttpRpcClient.DEFAULT_MAX_RESPONSE_BYTES, EndpointPool.Policy.DEFAULT,
                Clock.offset(Clock.systemUTC(), Duration.ofHours(2))));
        outbox = Outbox.open(dir.resolve("outbox.db"), Clock.systemUTC());
        WalletStore wallet = WalletStore.create(dir.resolve("wallet.json"), "devnet", "overview test password".toCharArray(), Optional.empty(),
                "", 60, new ScryptCost(1 << 10, 8, 1), new SecureRandom());
        account = wallet.importPrivateKey(DevnetAccounts.privateKey(0), "miner").address();
        light.sync().join();
        miner = Miner.open(new Miner.Setup(dir.resolve("miner.db"), account, account, 1, List::of, List.of(), Runnable::run,
                Clock.systemUTC()), light, PARAMS, wallet, outbox);
        miner.register(miner.addSimulatedChip().join().chip()).join();
        mineTo(light.verifiedHead().orElseThrow().number() + 1);
        miner.start();
        mineTo(PARAMS.epochLength() + 12); // epoch 1: the registration put the miner in the set; it wins every block
    }

    private static void mineTo(long head) {
        while (light.verifiedHead().orElseThrow().number() < head) {
            devnet.mineBlock();
            light.sync().join();
        }
    }

    @AfterAll
    static void stop() {
        miner.close();
        light.close();
        outbox.close();
        devnet.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void overview_realMinerWalletAndLeases_cardsShowVerifiedFiguresAndTheirBlocks(FxRobot robot) throws Exception {
        long head = light.verifiedHead().orElseThrow().number();
        I18n i18n = new I18n(Language.ENGLISH);
        LiveValue<ConnectionState> state = new LiveValue<>(new ConnectionState(Phase.SYNCED, head, "", head, 0, 2));
        NetworkCatalog networks = NetworkCatalog.load(new DataDirectory(dir.resolve("home")).create(), Runnable::run);
        Verified<BigInteger> balance = light.verifiedBalance(account.bytes()).join();
        LiveValue<WalletService.Snapshot> wallet = new LiveValue<>(new WalletService.Snapshot(WalletService.Status.UNLOCKED,
                List.of(new WalletService.AccountBalance(new net.utilitynet.wallet.store.Account(account,
                        net.utilitynet.wallet.store.AccountKind.IMPORTED, "miner", -1), Optional.of(UncAmount.ofWei(balance.value())),
                        balance.blockNumber(), balance.trust())), List.of(), Optional.empty(), false));
        MiningSummary.Figures figures = new MiningSummary(miner, Clock.systemDefaultZone()).read().join();
        assertEquals(1, figures.registeredChips());
        assertTrue(figures.rewards().since().blocksWon() > 0, "the miner won blocks today: " + figures);
        MinerMiningState mining = new MinerMiningState(miner);
        LeaseSummary[] leases = new LeaseSummary[1];
        OverviewViewModel[] model = new OverviewViewModel[1];
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            ConnectionViewModel connection = new ConnectionViewModel(() -> state, networks, i18n, FxBridge.EXECUTOR);
            leases[0] = new LeaseSummary(MarketAccess.reader(light, PARAMS), account, i18n, Runnable::run, FxBridge.EXECUTOR);
            model[0] = new OverviewViewModel(connection, i18n, new OverviewSources(wallet, leases[0].value(), leases[0].verifiedAt(),
                    mining.status(), new LiveValue<>(Optional.of(figures)),
                    new LiveValue<>(new MiningOnLaunch.Launch(MiningOnLaunch.State.STARTED, ""))), FxBridge.EXECUTOR);
            ScrollPane page = new ScrollPane(new OverviewView(model[0]).root());
            page.setFitToWidth(true);
            page.getStyleClass().add("page-scroll");
            scene[0] = new Scene(page, 980, 640);
            ThemeStyles.apply(scene[0].getStylesheets(), Theme.LIGHT);
            stage.setScene(scene[0]);
            stage.show();
        });
        leases[0].refresh().join();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(UncAmount.ofWei(figures.rewards().since().reward()).format(4) + " today", text(robot, "#overview-mining-value"));
        assertEquals("Mining \u00b7 chips registered: 1\nBlocks won today: " + figures.rewards().since().blocksWon() + " \u00b7 total earned "
                + UncAmount.ofWei(figures.rewards().total().reward()).format(4), text(robot, "#overview-mining-detail"));
        assertEquals("Verified at block #" + figures.verifiedAt(), text(robot, "#overview-mining-caption"));
        assertEquals(UncAmount.ofWei(balance.value()).format(4), text(robot, "#overview-balance-value"));
        assertEquals("Verified at block #" + balance.blockNumber(), text(robot, "#overview-balance-caption"));
        assertEquals("Renting 0 \u00b7 Providing 0\nCredit 0 UNC \u00b7 Income 0 UNC", text(robot, "#overview-leases-value"));
        assertEquals("Verified at block #" + head, text(robot, "#overview-leases-caption"));
        assertEquals("#" + head, text(robot, "#overview-sync-value"));
        assertTrue(text(robot, "#overview-notice").startsWith("Every figure above is proven"), text(robot, "#overview-notice"));
        shot(robot, "overview-light.png");

        robot.interact(() -> ThemeStyles.apply(scene[0].getStylesheets(), Theme.DARK));
        shot(robot, "overview-dark.png");
        robot.interact(() -> {
            ThemeStyles.apply(scene[0].getStylesheets(), Theme.LIGHT);
            i18n.languageProperty().set(Language.CHINESE_SIMPLIFIED);
        });
        assertTrue(text(robot, "#overview-mining-detail").startsWith("挖矿中 · 已注册芯片：1"), text(robot, "#overview-mining-detail"));
        assertEquals("租用 0 · 出租 0\n额度 0 UNC · 收入 0 UNC", text(robot, "#overview-leases-value"), "re-translated at once");
        shot(robot, "overview-zh.png");
        mining.stop().join();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void shot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path out = Path.of("target", "overview-shots");
        Files.createDirectories(out);
        javafx.scene.image.Image image = robot.robotContext().getCaptureSupport().captureNode(stage.getScene().getRoot());
        ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name).toFile());
    }
}
