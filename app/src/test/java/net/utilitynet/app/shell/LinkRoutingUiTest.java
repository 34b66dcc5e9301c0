package net.utilitynet.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.networks.NetworkDraft;
import net.utilitynet.app.wallet.WalletService;
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
 * Links reaching the real shell through the {@link LinkRouter} (as from the command line or a second start): a
 * payment link opens Wallet › Send filled in (after unlocking), a malformed one and one for another chain explain
 * themselves in a dialog. {@code UTILITYNET_LINK_SHOTS=DIR} writes PNGs of the window and the dialogs.
 */
@ExtendWith(ApplicationExtension.class)
class LinkRoutingUiTest {
    private static final long WAIT_SECONDS = 60;
    private static final String PASSWORD = "link routing test";
    private static final String TO = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

    @TempDir
    static Path temp;

    private AppContext context;
    private ShellWindow window;
    private LinkRouter router;

    @Start
    void start(Stage stage) throws Exception {
        context = AppContext.open(Files.createTempDirectory(temp, "data"));
        Path folder = context.dataDirectory().data("devnet");
        Files.createDirectories(folder);
        WalletStore store = WalletStore.create(folder.resolve(WalletService.WALLET_FILE), "devnet", PASSWORD.toCharArray(), Optional.empty(),
                "", 60, new ScryptCost(1 << 10, 8, 1), new SecureRandom());
        store.importPrivateKey(DevnetAccounts.privateKey(0), "dev 0");
        window = new ShellWindow(context, stage);
        window.show();
        router = new LinkRouter(context.networks());
        router.attach(window);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static Optional<DialogPane> dialog(FxRobot robot) {
        return robot.lookup("#link-dialog").match(Node::isVisible).tryQueryAs(DialogPane.class);
    }

    @Test
    void paymentLink_lockedWallet_unlockShowsSendFilledIn(FxRobot robot) throws Exception {
        context.runtime().start(); // connected, as in the app: verified balance and fee quotes on the filled form
        context.runtime().settled().get(WAIT_SECONDS, TimeUnit.SECONDS);
        router.open(Optional.of("utilitynet:" + TO + "@21844?value=1.5e18"));
        waitUntil(() -> robot.lookup("#wallet-unlock-password").tryQuery().isPresent());
        assertEquals("Wallet", text(robot, "#page-title"));
        waitUntil(() -> robot.lookup("#wallet-link-waiting").match(Node::isVisible).tryQuery().isPresent());
        assertTrue(text(robot, "#wallet-link-waiting").startsWith("A payment link is waiting"));

        robot.interact(() -> {
            robot.lookup("#wallet-unlock-password").queryAs(TextField.class).setText(PASSWORD);
            robot.lookup("#wallet-unlock").queryButton().fire();
        });
        waitUntil(() -> robot.lookup("#send-to").tryQuery().isPresent() && robot.lookup("#send-to").query().isVisible());
        TabPane tabs = robot.lookup("#wallet-tabs").queryAs(TabPane.class);
        assertEquals("wallet-tab-send", tabs.getSelectionModel().getSelectedItem().getId());
        assertEquals(TO, robot.lookup("#send-to").queryAs(TextField.class).getText());
        assertEquals("1.5", robot.lookup("#send-amount").queryAs(TextField.class).getText());
        assertTrue(text(robot, "#send-link-notice").contains("nothing is sent until you confirm with your password"));
        // nothing was sent: still the form, no preview and an empty outbox
        assertTrue(robot.lookup("#send-review").tryQuery().isPresent());
        assertTrue(robot.lookup("#send-confirm").tryQuery().isEmpty());
        assertTrue(window.model().pageProperty().get() == Page.WALLET);
        waitUntil(() -> robot.lookup("#send-fee-normal").queryAs(Labeled.class).getText().contains("UNC")); // fee quotes loaded
        shot(robot, window.scene(), "send-from-link");

        // a second link while the page is open replaces the form's recipient and amount
        router.open(Optional.of("ethereum:" + TO.toLowerCase()));
        waitUntil(() -> text(robot, "#send-link-notice").contains("names no amount"));
        assertEquals("", robot.lookup("#send-amount").queryAs(TextField.class).getText());
        assertEquals(TO, robot.lookup("#send-to").queryAs(TextField.class).getText(), "shown EIP-55 checksummed");
    }

    @Test
    void malformedLink_dialogNamesTheProblem_pageUnchanged(FxRobot robot) throws Exception {
        router.open(Optional.of("utilitynet:" + TO + "?value=1.5"));
        waitUntil(() -> dialog(robot).isPresent());
        DialogPane pane = dialog(robot).orElseThrow();
        assertEquals("This link cannot be opened", pane.getHeaderText());
        assertTrue(pane.getContentText().startsWith("value= is in wei and must come out whole"), pane.getContentText());
        assertTrue(pane.getContentText().endsWith("Nothing was filled in."), pane.getContentText());
        shot(robot, pane.getScene(), "link-invalid");
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
        assertEquals("Overview", text(robot, "#page-title"));
    }

    @Test
    void linkForAnotherChain_noSuchNetwork_explains_thenWithOneOffersTheSwitch(FxRobot robot) throws Exception {
        router.open(Optional.of("utilitynet:" + TO + "@1337?value=1e18"));
        waitUntil(() -> dialog(robot).isPresent());
        DialogPane none = dialog(robot).orElseThrow();
        assertEquals("This link is for another network", none.getHeaderText());
        assertTrue(none.getContentText().contains("chain ID 1337, but the active network Local devnet (embedded) uses chain ID 21844"),
                none.getContentText());
        assertTrue(none.getContentText().contains("no configured network has chain ID 1337"), none.getContentText());
        robot.interact(() -> ((Stage) none.getScene().getWindow()).close());

        context.networks().add(new NetworkDraft("Team testnet", "1337", List.of("http://127.0.0.1:1"), "0", "0x" + "ab".repeat(32)))
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
        router.open(Optional.of("utilitynet:" + TO + "@1337?value=1e18"));
        waitUntil(() -> dialog(robot).isPresent() && robot.lookup("#link-switch").tryQuery().isPresent());
        DialogPane ask = dialog(robot).orElseThrow();
        assertTrue(ask.getContentText().contains("Switch to Team testnet (chain ID 1337)"), ask.getContentText());
        assertEquals("Switch to Team testnet", text(robot, "#link-switch"));
        shot(robot, ask.getScene(), "link-other-chain");
        robot.interact(() -> robot.lookup("#link-switch").queryButton().fire());
        waitUntil(() -> context.networks().current().activeId().equals("team-testnet"));
        // the Wallet page follows the switch to chain 1337 and takes the request there (its Send tab opens, filled, once a
        // wallet of that network is unlocked); the devnet's Send form stays empty
        waitUntil(() -> robot.lookup("#wallet-network").tryQuery().map(n -> ((Labeled) n).getText().contains("1337")).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.paymentRequests().take(1337).isEmpty(), "taken by the Wallet page of chain 1337");
        assertFalse(robot.lookup("#send-to").tryQuery().map(n -> n.isVisible() && !((TextField) n).getText().isEmpty()).orElse(false));
    }

    /** Writes {@code scene} to DIR/NAME.png when UTILITYNET_LINK_SHOTS=DIR is set. */
    private static void shot(FxRobot robot, Scene scene, String name) {
        String dir = System.getenv("UTILITYNET_LINK_SHOTS");
        if (dir == null) {
            return;
        }
        robot.interact(() -> {
            try {
                Files.createDirectories(Path.of(dir));
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png",
                        Path.of(dir, name + ".png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

}
