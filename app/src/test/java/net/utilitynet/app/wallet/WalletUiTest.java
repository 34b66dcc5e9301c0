package net.utilitynet.app.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import net.utilitynet.app.fx.FxBridge;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.config.Language;
import net.utilitynet.app.shell.ThemeStyles;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.history.HistoryRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Wallet page driven by mouse and keyboard (Monocle) on a real devnet and light client:
 * create → faucet → verified balance → send to another dev account → history confirmed.
 */
@ExtendWith(ApplicationExtension.class)
class WalletUiTest {
    private static final long WAIT = 90;
    private static final String PASSWORD = "Tr0ub4dor&3-horse";

    @TempDir
    static Path temp;

    private DevnetChain chain;
    private WalletService service;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory(temp, "wallet-ui");
        chain = DevnetChain.start(dir, 300);
        service = new WalletService(dir.resolve("data"), chain.network(), chain.chain, () -> Duration.ofMinutes(15),
                OnboardingViewModelTest.TEST_COST, java.util.concurrent.ForkJoinPool.commonPool());
        service.start().get();
        I18n i18n = new I18n(Language.ENGLISH);
        WalletView view = new WalletView(new WalletViewModel(service, i18n, FxBridge.EXECUTOR), i18n);
        Scene scene = new Scene(new StackPane(view.root()), 1100, 900);
        scene.getStylesheets().add(ThemeStyles.BASE);
        stage.setScene(scene);
        stage.show();
    }

    /**
     * With UTILITYNET_WALLET_SHOTS=DIR in the environment, writes DIR/wallet-NAME-light.png and -dark.png of the
     * page at this point (for looking at the screens; the assertions do not depend on it).
     */
    private static void shot(FxRobot robot, String name) throws Exception {
        String dir = System.getenv("UTILITYNET_WALLET_SHOTS");
        if (dir == null) {
            return;
        }
        Scene scene = robot.lookup("#wallet-network").query().getScene();
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> ThemeStyles.apply(scene.getStylesheets(), dark ? net.utilitynet.app.config.Theme.DARK : net.utilitynet.app.config.Theme.LIGHT));
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.image.WritableImage image = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> scene.snapshot(null));
            Files.createDirectories(Path.of(dir));
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    Path.of(dir, "wallet-" + name + (dark ? "-dark" : "-light") + ".png").toFile());
        }
        robot.interact(() -> ThemeStyles.apply(scene.getStylesheets(), net.utilitynet.app.config.Theme.LIGHT));
    }

    @AfterEach
    void close() {
        service.close();
        chain.close();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void type(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(() -> field.setText(text));
    }

    @Test
    void createReceiveSendHistory_onDevnet_confirmedAndVerified(FxRobot robot) throws Exception {
        // Create: 12 words shown once, three confirmed, password with strength hint.
        shot(robot, "onboarding");
        robot.clickOn("#onboarding-create");
        shot(robot, "words");
        String[] words = new String[12];
        for (int i = 1; i <= 12; i++) {
            words[i - 1] = text(robot, "#onboarding-word-" + i);
        }
        robot.clickOn("#onboarding-written");
        assertTrue(robot.lookup("#onboarding-word-1").tryQuery().isEmpty(), "words are gone after confirming they were written down");
        for (int i = 1; i <= 12; i++) {
            if (robot.lookup("#onboarding-confirm-" + i).tryQuery().isPresent()) {
                robot.clickOn("#onboarding-confirm-" + i).write(words[i - 1]);
            }
        }
        shot(robot, "confirm");
        robot.clickOn("#onboarding-confirm-check");
        robot.clickOn("#onboarding-password").write("short");
        assertEquals("Too short", text(robot, "#onboarding-strength"));
        assertTrue(robot.lookup("#onboarding-finish").queryButton().isDisabled());
        robot.interact(() -> robot.lookup("#onboarding-password").queryAs(TextField.class).setText(PASSWORD));
        robot.clickOn("#onboarding-password-confirm").write(PASSWORD);
        assertEquals("Strong", text(robot, "#onboarding-strength"));
        shot(robot, "password");
        robot.clickOn("#onboarding-finish");
        waitUntil(() -> robot.lookup("#wallet-tabs").tryQuery().isPresent());

        // Receive: the address, copy with read-back, the devnet faucet.
        Address me = Address.parse(text(robot, "#receive-address"), "address");
        assertTrue(robot.lookup("#receive-qr").queryAs(javafx.scene.image.ImageView.class).getImage() != null);
        robot.clickOn("#receive-copy");
        assertEquals(me.checksummed(), readClipboard(), "only the address is put on the clipboard");
        assertTrue(text(robot, "#receive-copy-notice").startsWith("Copied."));
        robot.clickOn("#receive-faucet");
        String balance = "#wallet-balance-" + me.lower();
        waitUntil(() -> robot.lookup(balance).tryQuery().map(n -> ((Label) n).getText().equals("100 UNC")).orElse(false));

        shot(robot, "receive");
        // Privacy mode hides the amount.
        robot.clickOn("#wallet-privacy");
        waitUntil(() -> ((Label) robot.lookup(balance).query()).getText().equals(WalletViewModel.HIDDEN));
        robot.clickOn("#wallet-privacy");

        // Send 1.5 UNC to another dev account, confirmed with the password.
        robot.clickOn("#wallet-tab-send");
        waitUntil(() -> robot.lookup("#send-fee-normal").queryAs(Labeled.class).getText().contains("UNC"));
        Address bob = DevnetChain.devAccount(2);
        type(robot, "#send-to", bob.checksummed());
        type(robot, "#send-amount", "1.5");
        robot.clickOn("#send-review");
        waitUntil(() -> robot.lookup("#send-password").tryQuery().isPresent());
        assertEquals(bob.checksummed(), text(robot, "#send-preview-to"));
        assertEquals("1.5 UNC", text(robot, "#send-preview-amount"));
        assertEquals("devnet (chain ID 21844)", text(robot, "#send-preview-network"));
        shot(robot, "preview");
        robot.clickOn("#send-password").write(PASSWORD);
        robot.clickOn("#send-confirm");
        waitUntil(() -> robot.lookup("#send-sent").tryQuery().map(Node::isVisible).orElse(false));
        waitUntil(() -> robot.lookup(".outbox-cell .verified-text").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Confirmed in block")).orElse(false));

        shot(robot, "sent");
        // History: the payment listed as sent and confirmed (verified), newest first.
        robot.clickOn("#wallet-tab-history");
        @SuppressWarnings("unchecked")
        TableView<HistoryRow> table = robot.lookup("#history-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        assertEquals(HistoryRow.Direction.SENT, table.getItems().get(0).direction());
        assertEquals(HistoryRow.Status.CONFIRMED, table.getItems().get(0).status());
        assertEquals(bob, table.getItems().get(0).entry().to().orElseThrow());
        assertFalse(robot.lookup("#history-export").queryButton().isDisabled());
        shot(robot, "history");

        // Address book: a mis-cased address is refused next to the field, a good one is saved.
        robot.clickOn("#wallet-tab-book");
        type(robot, "#book-name", "Bob");
        type(robot, "#book-address", bob.checksummed().toLowerCase().replaceFirst("0x", "0x").substring(0, 41));
        robot.clickOn("#book-add");
        assertTrue(text(robot, "#book-address-error").contains("40 hex"), text(robot, "#book-address-error"));
        type(robot, "#book-address", bob.checksummed());
        robot.clickOn("#book-add");
        waitUntil(() -> robot.lookup("#book-remove-" + bob.lower()).tryQuery().isPresent());
        shot(robot, "book");
        robot.clickOn("#wallet-tab-message");
        shot(robot, "message");
    }

    private static String readClipboard() {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, () -> Clipboard.getSystemClipboard().getString());
    }
}
