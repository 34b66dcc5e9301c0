package net.utilitynet.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.miner.MinerMiningState;
import net.utilitynet.app.services.MiningStatus;
import net.utilitynet.app.wallet.WalletService;
import net.utilitynet.miner.register.RegistrationState;
import net.utilitynet.protocol.chain.DevnetAccounts;
import net.utilitynet.wallet.keystore.ScryptCost;
import net.utilitynet.wallet.store.WalletStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real shell on the real runtime (embedded devnet, POCI light client) with a wallet on disk: unlocking it on the
 * Wallet page opens the miner and the market. A simulated chip is added and registered on the Miner page, mining
 * can be started, the chip is listed on the provider card, and the Market page shows the offer and the credit.
 */
@ExtendWith(ApplicationExtension.class)
class AccountPagesUiTest {
    private static final long WAIT_SECONDS = 90;
    private static final String PASSWORD = "account pages test";

    @TempDir
    static Path temp;

    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createTempDirectory(temp, "data");
        context = AppContext.open(home);
        Path folder = context.dataDirectory().data("devnet");
        Files.createDirectories(folder);
        WalletStore store = WalletStore.create(folder.resolve(WalletService.WALLET_FILE), "devnet", PASSWORD.toCharArray(), Optional.empty(),
                "", 60, new ScryptCost(1 << 10, 8, 1), new SecureRandom());
        store.importPrivateKey(DevnetAccounts.privateKey(0), "dev 0"); // pre-funded on the devnet: pays the registration
        new ShellWindow(context, stage).show();
        context.runtime().start();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
    }

    private static void fire(FxRobot robot, String query) {
        Button b = robot.lookup(query).queryButton();
        assertTrue(!b.isDisabled(), query + " is enabled");
        robot.interact(b::fire);
    }

    /** Polls {@code done}; while it is false, fires the Refresh button {@code refresh} at most every two seconds. */
    private static void waitRefreshing(FxRobot robot, String refresh, java.util.function.BooleanSupplier done) throws Exception {
        long[] last = {0};
        waitUntil(() -> {
            if (done.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() - last[0] > TimeUnit.SECONDS.toNanos(2)) {
                last[0] = System.nanoTime();
                robot.interact(() -> robot.lookup(refresh).queryButton().fire());
            }
            return false;
        });
    }

    private MinerMiningState miner() {
        return (MinerMiningState) context.miningState().current();
    }

    @Test
    void unlockedWallet_minerRegistersSimulatedChip_listsIt_marketShowsOfferAndCredit(FxRobot robot) throws Exception {
        robot.clickOn("#nav-miner");
        assertTrue(robot.lookup("#miner-start").tryQuery().isEmpty(), "no miner while the wallet is locked: the empty state, no buttons");
        assertEquals(MiningStatus.UNAVAILABLE, context.miningState().status().get());

        robot.clickOn("#nav-wallet");
        waitUntil(() -> robot.lookup("#wallet-unlock-password").tryQuery().isPresent());
        robot.clickOn("#wallet-unlock-password").write(PASSWORD);
        robot.clickOn("#wallet-unlock");

        robot.clickOn("#nav-miner");
        waitUntil(() -> robot.lookup("#miner-add-simulated").tryQuery().isPresent());
        waitUntil(() -> context.miningState().status().get() == MiningStatus.STOPPED);
        // the header names the account that mines and uses the market: the wallet's one signing account
        ComboBox<?> account = robot.lookup("#miner-account").queryAs(ComboBox.class);
        waitUntil(() -> account.getValue() != null);
        assertEquals(1, account.getItems().size());
        assertTrue(account.getValue().toString().startsWith("dev 0 \u00b7 0x"), account.getValue().toString());
        assertTrue(account.getParent().isVisible(), "the chooser is shown while the wallet is unlocked");
        fire(robot, "#miner-add-simulated");
        waitUntil(() -> robot.lookup("#miner-register").tryQuery().isPresent());
        fire(robot, "#miner-register");
        waitUntil(() -> robot.lookup("#miner-register").tryQuery().isEmpty());
        waitRefreshing(robot, "#miner-refresh", () -> robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null
                && l.getText().startsWith("\u2713")).tryQuery().isPresent());
        assertTrue(!robot.lookup("#miner-start").queryButton().isDisabled(), "Start mining is enabled once the chip is registered");
        assertEquals("Not mining", text(robot, "#miner-status"));
        String chip = miner().miner().registrations().join().stream().filter(r -> r.state() == RegistrationState.REGISTERED)
                .findFirst().orElseThrow().chip().chipId();

        // the provider card under the miner: list the registered chip
        robot.interact(() -> {
            robot.lookup("#provider-chip").queryAs(TextField.class).setText(chip);
            robot.lookup("#provider-price").queryAs(TextField.class).setText("2");
        });
        fire(robot, "#provider-list");
        waitUntil(() -> text(robot, "#provider-status").startsWith("Listing sent"));
        assertEquals("", text(robot, "#provider-error"));

        // the renter side: the offer appears once its block is verified; a deposit becomes verified credit
        robot.clickOn("#nav-market");
        waitUntil(() -> robot.lookup("#market-account").queryAs(ComboBox.class).getValue() != null);
        assertEquals(account.getValue(), robot.lookup("#market-account").queryAs(ComboBox.class).getValue(),
                "the Market header shows the same choice");
        TableView<?> offers = robot.lookup("#market-offers").queryAs(TableView.class);
        waitRefreshing(robot, "#market-refresh", () -> offers.getItems().size() == 1);
        assertTrue(text(robot, "#market-credit").startsWith("Compute credit: 0"), text(robot, "#market-credit"));
        robot.interact(() -> robot.lookup("#market-amount").queryAs(TextField.class).setText("3"));
        fire(robot, "#market-deposit");
        waitRefreshing(robot, "#market-refresh", () -> text(robot, "#market-credit").startsWith("Compute credit: 3"));

        snapshot(robot, "market");

        robot.clickOn("#nav-overview");
        waitUntil(() -> text(robot, "#overview-leases-value").contains("Credit 3"));
        waitUntil(() -> !text(robot, "#overview-balance-value").equals("\u2014"));
        snapshot(robot, "overview");

        robot.clickOn("#nav-miner");
        waitRefreshing(robot, "#provider-refresh", () -> robot.lookup("#provider-offers").queryAs(TableView.class).getItems().size() == 1);
        robot.clickOn("#miner-start");
        waitUntil(() -> text(robot, "#miner-status").equals("Mining"));
        assertEquals(MiningStatus.RUNNING, context.miningState().status().get(), "the status bar and the tray follow the same state");
        snapshot(robot, "miner");
        robot.clickOn("#miner-stop");
        waitUntil(() -> text(robot, "#miner-status").equals("Not mining"));
    }

    /** Writes the open page, whole (not only the visible part), to {@code target/account-shots/NAME.png} for looking at. */
    private static void snapshot(FxRobot robot, String name) {
        robot.interact(() -> {
            try {
                Path out = Path.of("target", "account-shots");
                Files.createDirectories(out);
                javafx.scene.control.ScrollPane page = robot.lookup(".page-scroll").match(Node::isVisible)
                        .queryAs(javafx.scene.control.ScrollPane.class);
                javafx.scene.image.WritableImage img = page.getContent().snapshot(null, null);
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png", out.resolve(name + ".png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
