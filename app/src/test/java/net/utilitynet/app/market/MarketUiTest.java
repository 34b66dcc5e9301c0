package net.utilitynet.app.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import net.utilitynet.app.config.DataDirectory;
import net.utilitynet.app.config.Language;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.networks.NetworkCatalog;
import net.utilitynet.app.services.ConnectionStatus;
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
import net.utilitynet.miner.access.AccessConfig;
import net.utilitynet.miner.access.LeaseAccess;
import net.utilitynet.miner.attest.simulated.SimulatedChip;
import net.utilitynet.miner.market.LeaseProvider;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.protocol.chain.DevnetAccounts;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.chain.LightClientChainAccess;
import net.utilitynet.wallet.keystore.ScryptCost;
import net.utilitynet.wallet.market.MarketChain;
import net.utilitynet.wallet.market.MarketReader;
import net.utilitynet.wallet.market.MarketTransactions;
import net.utilitynet.wallet.market.RenterClient;
import net.utilitynet.wallet.outbox.Outbox;
import net.utilitynet.wallet.store.WalletStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.web3j.utils.Numeric;

/** The Market page driven headless (Monocle) by mouse and keyboard against a real devnet: deposit, rent, grant, errors. */
@ExtendWith(ApplicationExtension.class)
class MarketUiTest {
    private static final ChainParams PARAMS = ChainParams.devnet();
    @TempDir
    static Path temp;

    private Devnet devnet;
    private LightClient light;
    private Outbox pOut;
    private Outbox rOut;
    private Miner miner;
    private LeaseProvider provider;
    private LeaseAccess access;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory(temp, "market");
        devnet = Devnet.start(DevnetConfig.defaults(dir.resolve("devnet")).withBlockTimeMs(0));
        TrustAnchor genesis = new TrustAnchor(0, Numeric.hexStringToByteArray(new HttpRpcClient(devnet.rpcUrl())
                .call("eth_getBlockByNumber", "0x0", false).get("hash").asText()));
        light = LightClient.open(LightClientConfig.of(List.of(devnet.rpcUrl()), dir.resolve("headers.db"),
                SyncConfig.of(SyncMode.FULL, genesis, ChainRules.of(PARAMS))));
        light.sync().join();
        pOut = Outbox.open(dir.resolve("p.db"), Clock.systemUTC());
        rOut = Outbox.open(dir.resolve("r.db"), Clock.systemUTC());
        WalletStore pw = wallet(dir, "provider", 0);
        WalletStore rw = wallet(dir, "renter", 1);
        Address p = pw.accounts().get(0).address();
        MarketChain chain = new MarketChain(light, PARAMS.chainId(), PARAMS.epochLength());
        MarketReader reader = new MarketReader(chain);
        miner = Miner.open(new Miner.Setup(dir.resolve("miner.db"), p, p, 1, List::of, List.of(), Runnable::run, Clock.systemUTC()),
                light, PARAMS, pw, pOut);
        SimulatedChip chip = miner.addSimulatedChip().join();
        miner.register(chip.chip()).join();
        mine();
        provider = new LeaseProvider(reader, new MarketTransactions(pw, pOut, new LightClientChainAccess(light), chain), pw, p, new SecureRandom());
        provider.list(chip.chipId().orElseThrow(), BigInteger.TEN.pow(18), 1, 5);
        access = miner.startLeaseAccess(new AccessConfig("127.0.0.1", 0, Optional.empty(), Optional.empty()), provider, Runnable::run);
        mine();
        I18n i18n = new I18n(Language.ENGLISH);
        ConnectionViewModel connection = new ConnectionViewModel(ConnectionStatus.notConnected(),
                NetworkCatalog.load(new DataDirectory(dir.resolve("home")).create(), Runnable::run), i18n, Runnable::run);
        RenterClient renter = new RenterClient(reader, new MarketTransactions(rw, rOut, new LightClientChainAccess(light), chain), rw,
                rw.accounts().get(0).address(), new SecureRandom());
        MarketViewModel vm = new MarketViewModel(connection, i18n, Optional.of(renter), Runnable::run, Runnable::run);
        Scene scene = new Scene(new MarketView(vm).root(), 1200, 900);
        scene.getStylesheets().add(getClass().getResource("/net/utilitynet/app/shell/app.css").toExternalForm());
        stage.setScene(scene);
        // TestFX reuses one stage: earlier UI tests (the shell's window placement) may have moved or sized it, which put
        // the lower buttons outside the headless screen
        stage.setMaximized(false);
        stage.setX(0);
        stage.setY(0);
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void stop() {
        access.close();
        miner.close();
        light.close();
        pOut.close();
        rOut.close();
        devnet.close();
    }

    private static WalletStore wallet(Path dir, String name, int devAccount) {
        WalletStore s = WalletStore.create(dir.resolve(name + ".json"), "devnet", "ui test password".toCharArray(), Optional.empty(), "", 60,
                new ScryptCost(1 << 10, 8, 1), new SecureRandom());
        s.importPrivateKey(DevnetAccounts.privateKey(devAccount), name);
        return s;
    }

    private void mine() {
        devnet.mineBlock();
        light.sync().join();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @Test
    void depositRentAndOpenTheGrant_byMouseAndKeyboard(FxRobot robot) {
        assertEquals("Compute credit: 0 UNC", text(robot, "#market-credit"));
        assertTrue(text(robot, "#market-notice").contains("credit is low"), text(robot, "#market-notice"));
        TableView<?> offers = robot.lookup("#market-offers").queryAs(TableView.class);
        assertEquals(1, offers.getItems().size());

        robot.clickOn("#market-amount").write("3");
        robot.clickOn("#market-deposit");
        assertTrue(text(robot, "#market-status").startsWith("Deposit sent"), text(robot, "#market-status") + " | error: " + text(robot, "#market-error"));
        mine();
        robot.clickOn("#market-refresh");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Compute credit: 3 UNC", text(robot, "#market-credit"));
        assertEquals("", text(robot, "#market-notice"), "credit no longer low");

        robot.interact(() -> offers.getSelectionModel().select(0));
        robot.clickOn("#market-estimate");
        assertEquals("Escrow 1 UNC for 1 h; credit 3 UNC; missing 0 UNC.", text(robot, "#market-estimate-text"));
        robot.clickOn("#market-rent");
        assertTrue(text(robot, "#market-status").startsWith("Rent sent"), text(robot, "#market-status"));
        mine();
        robot.clickOn("#market-refresh");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> leases = robot.lookup("#market-leases").queryAs(TableView.class);
        assertEquals(1, leases.getItems().size());
        assertEquals("Compute credit: 2 UNC", text(robot, "#market-credit"));

        robot.interact(() -> offers.getSelectionModel().select(0));
        robot.clickOn("#market-rent");
        assertTrue(text(robot, "#market-error").contains("already leased"), text(robot, "#market-error"));

        // the provider's access side sent the grant on the head that showed the lease; this block includes it
        assertEquals(1, access.status().delivered().size(), access.status().toString());
        mine();
        robot.interact(() -> leases.getSelectionModel().select(0));
        // The grant button sits at the bottom of a 900 px scene, below Monocle's 800 px headless screen when the
        // window opens lower after earlier tests: fire it rather than click a point that may be off-screen.
        robot.interact(() -> robot.lookup("#market-grant").queryButton().fire());
        String gateway = access.status().endpoint().orElseThrow().toString();
        assertTrue(text(robot, "#market-grant-text").matches("Lease 1: endpoint " + java.util.regex.Pattern.quote(gateway)
                + ", credentials [A-Za-z0-9_-]{43}, expires .*"), text(robot, "#market-grant-text"));
        assertEquals("", text(robot, "#market-error"));
        // "Check access" uses the grant: the provider's gateway answers for the lease and its (simulated) chip
        robot.interact(() -> robot.lookup("#market-check-access").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        String answer = text(robot, "#market-access-text");
        assertTrue(answer.startsWith("\u2713 Access works: lease 1 (" + gateway + ")") && answer.contains("Simulated chip (simulated, devnet only"),
                answer + " | error: " + text(robot, "#market-error"));
        snapshot(robot, "market-renter.png");
    }

    /** Writes the page as it is now to {@code target/market-shots/NAME} (for looking at it; not compared). */
    private static void snapshot(FxRobot robot, String name) {
        robot.interact(() -> {
            try {
                Path out = Path.of("target", "market-shots");
                Files.createDirectories(out);
                javafx.scene.image.WritableImage img = robot.lookup("#market-offers").query().getScene().snapshot(null);
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png", out.resolve(name).toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
