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
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import net.utilitynet.app.config.Language;
import net.utilitynet.app.i18n.I18n;
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
import org.web3j.utils.Numeric;

/** The provider's lease card driven headless (Monocle) against a real devnet: list, incoming rental, income, claim, delist. */
@ExtendWith(ApplicationExtension.class)
class ProviderUiTest {
    private static final ChainParams PARAMS = ChainParams.devnet();
    @TempDir
    static Path temp;

    private Devnet devnet;
    private LightClient light;
    private Outbox pOut;
    private Outbox rOut;
    private Miner miner;
    private LeaseProvider provider;
    private ProviderAccess providerAccess;
    private LeaseAccess access;
    private RenterClient renter;
    private String chipHex;

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
        I18n i18n = new I18n(Language.ENGLISH);
        renter = new RenterClient(reader, new MarketTransactions(rw, rOut, new LightClientChainAccess(light), chain), rw,
                rw.accounts().get(0).address(), new SecureRandom());
        chipHex = Numeric.toHexString(chip.chipId().orElseThrow());
        miner.setAccessConfig(new AccessConfig("127.0.0.1", 0, Optional.empty(), Optional.empty()));
        providerAccess = ProviderAccess.start(miner, provider, Runnable::run);
        access = providerAccess.access().orElseThrow();
        Scene scene = new Scene(new ProviderMarketView(new ProviderMarketViewModel(provider, providerAccess, i18n,
                Runnable::run, Runnable::run)).root(), 1200, 800);
        scene.getStylesheets().add(getClass().getResource("/net/utilitynet/app/shell/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        providerAccess.close();
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
    @SuppressWarnings("unchecked")
    void listSeeRentalClaimAndDelist_byMouseAndKeyboard(FxRobot robot) {
        assertTrue(text(robot, "#provider-income").startsWith("Settled income: 0 UNC"), text(robot, "#provider-income"));
        robot.clickOn("#provider-chip").write("0x1234");
        robot.clickOn("#provider-price").write("2");
        robot.clickOn("#provider-list");
        assertTrue(text(robot, "#provider-error").contains("32 bytes"), text(robot, "#provider-error"));
        robot.interact(() -> robot.lookup("#provider-chip").queryAs(javafx.scene.control.TextField.class).setText(chipHex));
        robot.clickOn("#provider-list");
        assertEquals("", text(robot, "#provider-error"));
        assertTrue(text(robot, "#provider-status").startsWith("Listing sent"), text(robot, "#provider-status"));
        mine();
        robot.clickOn("#provider-refresh");
        TableView<?> offers = robot.lookup("#provider-offers").queryAs(TableView.class);
        assertEquals(1, offers.getItems().size());

        BigInteger offerId = ((net.utilitynet.wallet.market.OfferView) offers.getItems().get(0)).offerId();
        renter.deposit(BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(4)));
        mine();
        renter.rent(offerId, 2);
        mine();
        robot.clickOn("#provider-refresh");
        TableView<?> incoming = robot.lookup("#provider-incoming").queryAs(TableView.class);
        assertEquals(1, incoming.getItems().size());
        BigInteger lease = ((net.utilitynet.wallet.market.LeaseView) incoming.getItems().get(0)).leaseId();
        // the access side sent the grant on the head that showed the rental: the card names the gateway and the grant's transaction
        String grantTx = access.status().delivered().get(lease);
        assertEquals("Access gateway: " + access.status().endpoint().orElseThrow() + " \u2014 every grant holds this address and a token of its own.",
                text(robot, "#provider-gateway"));
        TableColumn<Object, String> grantColumn = (TableColumn<Object, String>) incoming.getColumns().get(5);
        assertEquals("delivered (tx " + grantTx.substring(0, 10) + "\u2026" + grantTx.substring(grantTx.length() - 4) + ")",
                grantColumn.getCellData(0));
        mine();
        snapshot(robot, "market-provider-grant.png");
        renter.endLease(lease);
        mine();
        robot.clickOn("#provider-refresh");
        TableView<?> ended = robot.lookup("#provider-incoming").queryAs(TableView.class);
        assertEquals("ended by the renter", ((TableColumn<Object, String>) ended.getColumns().get(3)).getCellData(0));
        assertTrue(text(robot, "#provider-income").startsWith("Settled income: 2 UNC"), "1 of 2 hours, every epoch proven: "
                + text(robot, "#provider-income"));
        robot.clickOn("#provider-claim");
        assertTrue(text(robot, "#provider-status").startsWith("Claim sent"), text(robot, "#provider-status"));
        mine();
        robot.clickOn("#provider-refresh");
        assertTrue(text(robot, "#provider-income").startsWith("Settled income: 0 UNC"), text(robot, "#provider-income"));

        robot.interact(() -> offers.getSelectionModel().select(0));
        robot.clickOn("#provider-delist");
        mine();
        robot.clickOn("#provider-refresh");
        assertEquals(false, ((net.utilitynet.wallet.market.OfferView) offers.getItems().get(0)).active());
        snapshot(robot, "market-provider.png");
    }

    /** Writes the page as it is now to {@code target/market-shots/NAME} (for looking at it; not compared). */
    private static void snapshot(FxRobot robot, String name) {
        robot.interact(() -> {
            try {
                Path out = Path.of("target", "market-shots");
                Files.createDirectories(out);
                javafx.scene.image.WritableImage img = robot.lookup("#provider-offers").query().getScene().snapshot(null);
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png", out.resolve(name).toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
