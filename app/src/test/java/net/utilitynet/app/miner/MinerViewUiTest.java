package net.utilitynet.app.miner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import net.utilitynet.app.config.DataDirectory;
import net.utilitynet.app.config.Language;
import net.utilitynet.app.config.Theme;
import net.utilitynet.app.fx.FxBridge;
import net.utilitynet.app.runtime.MiningOnLaunch;
import net.utilitynet.app.services.LiveValue;
import net.utilitynet.app.services.MiningState;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.networks.NetworkCatalog;
import net.utilitynet.app.services.ConnectionStatus;
import net.utilitynet.app.shell.ThemeStyles;
import net.utilitynet.app.ui.ConnectionViewModel;
import net.utilitynet.devnet.Devnet;
import net.utilitynet.devnet.DevnetConfig;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.LightClientConfig;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.lightclient.sync.SyncConfig;
import net.utilitynet.lightclient.sync.SyncMode;
import net.utilitynet.lightclient.sync.TrustAnchor;
import net.utilitynet.lightclient.verify.ChainRules;
import net.utilitynet.miner.Miner;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.protocol.chain.DevnetAccounts;
import net.utilitynet.wallet.address.Address;
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

/** The Miner page on a real miner over a real devnet, headless: a simulated chip's card, Attest & register, Start. */
@ExtendWith(ApplicationExtension.class)
class MinerViewUiTest {
    @TempDir
    static Path dir;
    private static Devnet devnet;
    private static LightClient light;
    private static Outbox outbox;
    private static Miner miner;
    private MinerViewModel model;

    @BeforeAll
    static void chain() throws Exception {
        ChainParams params = ChainParams.devnet();
        devnet = Devnet.start(DevnetConfig.defaults(dir.resolve("devnet")).withBlockTimeMs(0));
        String genesis = new HttpRpcClient(devnet.rpcUrl()).call("eth_getBlockByNumber", "0x0", false).get("hash").asText();
        light = LightClient.open(LightClientConfig.of(List.of(devnet.rpcUrl()), dir.resolve("headers.db"),
                SyncConfig.of(SyncMode.FULL, new TrustAnchor(0, Numeric.hexStringToByteArray(genesis)), ChainRules.of(params))));
        outbox = Outbox.open(dir.resolve("outbox.db"), Clock.systemUTC());
        WalletStore wallet = WalletStore.create(dir.resolve("wallet.json"), "devnet", "ui test password".toCharArray(), Optional.empty(),
                "", 60, new ScryptCost(1 << 10, 8, 1), new SecureRandom());
        Address account = wallet.importPrivateKey(DevnetAccounts.privateKey(0), "miner").address();
        light.sync().join();
        miner = Miner.open(new Miner.Setup(dir.resolve("miner.db"), account, account, 1, List::of, List.of(), Runnable::run,
                Clock.systemUTC()), light, params, wallet, outbox);
    }

    @AfterAll
    static void stop() {
        miner.close();
        light.close();
        outbox.close();
        devnet.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        I18n i18n = new I18n(Language.ENGLISH);
        ConnectionViewModel connection = new ConnectionViewModel(ConnectionStatus.notConnected(),
                NetworkCatalog.load(new DataDirectory(dir.resolve("home")).create(), Runnable::run), i18n, Runnable::run);
        model = new MinerViewModel(new MinerMiningState(miner), new LiveValue<>(new MiningOnLaunch.Launch(MiningOnLaunch.State.OFF, "")), connection,
                i18n, FxBridge.EXECUTOR);
        Scene scene = new Scene(new MinerView(model).root(), 1100, 760);
        ThemeStyles.apply(scene.getStylesheets(), Theme.LIGHT);
        stage.setScene(scene);
        stage.show();
    }

    private static boolean labelStartingWith(FxRobot robot, String prefix) {
        return robot.lookup((javafx.scene.Node n) -> n instanceof Label l && l.getText() != null && l.getText().startsWith(prefix))
                .tryQuery().isPresent();
    }

    private static void shot(FxRobot robot, String name) throws Exception {
        javafx.scene.image.Image image = robot.robotContext().getCaptureSupport().captureNode(robot.lookup(".miner-page").query());
        ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", Path.of("target", name).toFile());
    }

    @Test
    void minerPage_noMinerYetAndStartOnLaunchOn_saysWhatItWaitsFor(FxRobot robot) throws Exception {
        I18n i18n = new I18n(Language.ENGLISH);
        LiveValue<MiningOnLaunch.Launch> launch = new LiveValue<>(new MiningOnLaunch.Launch(MiningOnLaunch.State.WAITING_FOR_UNLOCK, ""));
        robot.interact(() -> {
            ConnectionViewModel connection = new ConnectionViewModel(ConnectionStatus.notConnected(),
                    NetworkCatalog.load(new DataDirectory(dir.resolve("home")).create(), Runnable::run), i18n, Runnable::run);
            robot.lookup(".miner-page").query().getScene().setRoot(new MinerView(new MinerViewModel(MiningState.unavailable(), launch,
                    connection, i18n, FxBridge.EXECUTOR)).root());
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label line = robot.lookup("#miner-launch").queryAs(Label.class);
        assertTrue(line.isVisible());
        assertEquals("Start on launch is on: waiting for the wallet to be unlocked.", line.getText());
        shot(robot, "miner-page-waiting.png");
        launch.set(new MiningOnLaunch.Launch(MiningOnLaunch.State.OFF, ""));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!line.isVisible(), "nothing is said while start on launch is off");
    }

    @Test
    void minerPage_addRegisterAndStart_cardShowsVerifiedRegistration(FxRobot robot) throws Exception {
        robot.clickOn("#miner-add-simulated");
        model.refresh().join();
        WaitForAsyncUtils.waitForFxEvents();
        Button register = robot.lookup("#miner-register").queryButton();
        robot.clickOn(register);
        model.refresh().join();
        WaitForAsyncUtils.waitForFxEvents();
        shot(robot, "miner-page-pending.png");
        assertTrue(labelStartingWith(robot, "Registration pending: "), "the card shows the pending registration");
        devnet.mineBlock();
        light.sync().join();
        model.refresh().join();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(labelStartingWith(robot, "\u2713 Registered: rating 100"), "the card shows the verified registration");
        assertTrue(robot.lookup("#miner-register").tryQuery().isEmpty(), "a registered chip offers no second registration");
        robot.clickOn("#miner-start");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Mining", robot.lookup("#miner-status").queryAs(Label.class).getText());
        shot(robot, "miner-page.png");
        robot.clickOn("#miner-stop");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Not mining", robot.lookup("#miner-status").queryAs(Label.class).getText());
    }
}
