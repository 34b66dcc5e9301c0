package net.utilitynet.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import net.utilitynet.app.AppContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real shell with the real runtime: the embedded devnet starts, the light client verifies, the UI says so. */
@ExtendWith(ApplicationExtension.class)
class RuntimeUiTest {

    private static final long WAIT_SECONDS = 60;

    @TempDir
    static Path temp;

    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        context = AppContext.open(Files.createTempDirectory(temp, "data"));
        new ShellWindow(context, stage).show();
        context.runtime().start(); // what GuiLauncher does before the toolkit starts
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @Test
    void launch_embeddedDevnet_statusBarReachesVerifiedHeadAndNetworkPageShowsIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> text(robot, "#status-sync").startsWith("Verified head #"));
        assertTrue(text(robot, "#status-sync").matches("Verified head #[0-9,]+ \\([0-9,]+ (s|min|h|d) ago\\)"), text(robot, "#status-sync"));

        robot.clickOn("#nav-network");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> text(robot, "#network-endpoints .badge").equals("Healthy"));
        assertTrue(text(robot, "#network-mode").startsWith("POCI verified"), text(robot, "#network-mode"));
        assertTrue(text(robot, "#network-head").startsWith("#"), text(robot, "#network-head"));
        assertTrue(text(robot, "#network-head-hash").matches("0x[0-9a-f]{64}"), text(robot, "#network-head-hash"));
        assertTrue(text(robot, "#network-devnet").startsWith("http://127.0.0.1:"), text(robot, "#network-devnet"));
        assertTrue(text(robot, "#network-checkpoint").startsWith("0:0x"), text(robot, "#network-checkpoint"));
        assertEquals(1.0, robot.lookup("#network-sync-progress").queryAs(ProgressBar.class).getProgress());
    }
}
