package net.utilitynet.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.config.Theme;
import net.utilitynet.app.networks.NetworkDefinition;
import net.utilitynet.app.networks.NetworkSyncMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real shell on a real data directory, driven headless (Monocle) by mouse and keyboard. */
@ExtendWith(ApplicationExtension.class)
class ShellUiTest {

    /** Generous: the wait ends as soon as the condition holds, and CI machines can be very busy. */
    private static final long WAIT_SECONDS = 60;

    @TempDir
    static Path temp;

    private AppContext context;
    private ShellWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory(temp, "data");
        context = AppContext.open(dir);
        window = new ShellWindow(context, stage);
        window.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#page-title").queryAs(Label.class).getText();
    }

    @Test
    void navigation_clickEveryPage_showsItsTitle(FxRobot robot) {
        String[][] pages = {
            {"#nav-wallet", "Wallet"}, {"#nav-miner", "Miner"}, {"#nav-market", "Compute market"},
            {"#nav-network", "Network"}, {"#nav-settings", "Settings"}, {"#nav-overview", "Overview"}};
        for (String[] page : pages) {
            robot.clickOn(page[0]);
            assertEquals(page[1], title(robot), page[0]);
            assertTrue(robot.lookup(page[0]).queryAs(ToggleButton.class).isSelected(), page[0]);
        }
        assertEquals("Local devnet (embedded)", text(robot, "#status-network"));
        assertEquals("Not connected", text(robot, "#status-sync"));
        assertEquals("\u2014", text(robot, "#overview-balance-value"));
    }

    @Test
    void navigation_shortcutsCtrl1To6_selectEveryPage(FxRobot robot) {
        Page[] pages = Page.values();
        String[] titles = {"Overview", "Wallet", "Miner", "Compute market", "Network", "Settings"};
        for (int i = pages.length - 1; i >= 0; i--) {
            robot.push(new KeyCodeCombination(pages[i].shortcut(), KeyCombination.SHORTCUT_DOWN));
            assertEquals(titles[i], title(robot), pages[i].name());
        }
    }

    @Test
    void navigation_arrowKeysThenSpace_selectPageAndTabEntersPage(FxRobot robot) {
        robot.clickOn("#nav-overview");
        robot.push(KeyCode.DOWN);
        robot.push(KeyCode.DOWN);
        robot.push(KeyCode.DOWN);
        robot.push(KeyCode.DOWN);
        Node focused = window.scene().getFocusOwner();
        assertEquals("nav-network", focused.getId());
        robot.push(KeyCode.SPACE);
        assertEquals("Network", title(robot));
        robot.push(KeyCode.TAB);
        assertEquals("network-list", window.scene().getFocusOwner().getId());
    }

    @Test
    void navigation_altMnemonic_selectsPage(FxRobot robot) {
        robot.press(KeyCode.ALT).type(KeyCode.K).release(KeyCode.ALT);
        assertEquals("Compute market", title(robot));
    }

    @Test
    void settings_switchLanguageAndTheme_appliesLiveAndPersists(FxRobot robot) throws Exception {
        robot.push(new KeyCodeCombination(KeyCode.DIGIT6, KeyCombination.SHORTCUT_DOWN));
        robot.clickOn("#settings-language-chinese_simplified");
        assertEquals("设置", title(robot));
        assertEquals("概览(_O)", text(robot, "#nav-overview"));
        assertEquals("未连接", text(robot, "#status-sync"));
        assertEquals("UtilityNet Desktop — 本地开发网（内置）", window.stage().getTitle());

        robot.clickOn("#settings-theme-dark");
        assertTrue(window.scene().getStylesheets().contains(ThemeStyles.DARK));
        assertTrue(window.scene().getStylesheets().contains(ThemeStyles.BASE));

        robot.clickOn("#nav-wallet");
        assertEquals("钱包", title(robot));

        robot.clickOn("#nav-settings");
        robot.clickOn("#settings-theme-light");
        robot.clickOn("#settings-language-english");
        assertFalse(window.scene().getStylesheets().contains(ThemeStyles.DARK));
        assertEquals("Settings", title(robot));
        assertEquals("_Overview", text(robot, "#nav-overview"));

        Path file = context.dataDirectory().config().resolve("settings.json");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> Files.exists(file)
                && Files.readString(file).contains("\"theme\" : \"LIGHT\"") && Files.readString(file).contains("\"ENGLISH\""));
        assertEquals(Theme.LIGHT, context.settings().current().theme());
    }

    @Test
    void network_addWithErrorsThenFix_savesAndSelects(FxRobot robot) throws Exception {
        robot.clickOn("#nav-network");
        robot.clickOn("#network-add");
        robot.clickOn("#network-chain-id").write("abc");
        robot.clickOn("#dialog-save");
        assertTrue(robot.lookup("#network-name-error").queryLabeled().isVisible());
        assertEquals("Chain ID: \u201cabc\u201d is not a whole number; enter the network's chain ID, e.g. 21844.",
                text(robot, "#network-chain-id-error"));

        robot.clickOn("#network-name").write("Lab net");
        robot.clickOn("#network-chain-id").push(KeyCode.END).eraseText("abc".length()).write("1337");
        robot.clickOn("#network-rpc-urls").write("https://rpc.lab.example");
        robot.clickOn("#network-checkpoint-number").write("0");
        // A 66-character hash is pasted rather than typed, as a user would.
        TextField hash = robot.lookup("#network-checkpoint-hash").queryAs(TextField.class);
        robot.interact(() -> hash.setText("0x" + "ab".repeat(32)));
        robot.clickOn("#network-sync-skip");
        shot(robot, robot.lookup(".network-editor").query(), "network-editor.png");
        robot.clickOn("#dialog-save");

        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> context.networks().current().find("lab-net").isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<NetworkDefinition> list = robot.lookup("#network-list").queryAs(ListView.class);
        assertEquals(2, list.getItems().size());
        assertEquals("lab-net", list.getSelectionModel().getSelectedItem().id());
        assertEquals(NetworkSyncMode.SKIP, context.networks().current().find("lab-net").orElseThrow().syncMode());
        assertTrue(text(robot, "#network-detail-sync-mode").startsWith("Skip"), text(robot, "#network-detail-sync-mode"));
        robot.clickOn("#network-use");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Lab net", text(robot, "#status-network"));
        assertEquals("lab-net", context.networks().current().activeId());
        assertEquals("lab-net", list.getSelectionModel().getSelectedItem().id());
        assertTrue(robot.lookup("#network-use").queryButton().isDisabled());
    }

    /** Writes {@code node} to {@code target/overview-shots/NAME} for looking at. */
    static void shot(FxRobot robot, javafx.scene.Node node, String name) throws java.io.IOException {
        Path out = Path.of("target", "overview-shots");
        Files.createDirectories(out);
        javafx.scene.image.Image image = robot.robotContext().getCaptureSupport().captureNode(node);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name).toFile());
    }
}
