package net.utilitynet.app.shell;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.UserFacingException;
import net.utilitynet.app.config.InstanceLockedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the GUI from the command line: opens the data directory (a second instance is told who
 * holds it, in a dialog as well as on stderr), runs JavaFX until the last window closes, then
 * flushes pending writes and releases the lock.
 */
public final class GuiLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(GuiLauncher.class);
    /**
     * JavaFX warns "Unsupported JavaFX configuration" when loaded from the classpath, which is how
     * this app runs by design (docs/ui.md). Only that record is filtered; other JavaFX warnings
     * stay. Kept in a field so that the logger (and its filter) is not garbage-collected.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private GuiLauncher() {
    }

    /**
     * Runs the app until it exits; returns the exit code.
     *
     * @param screenshots when not null: visit every page in both themes, write PNGs there and exit
     */
    public static int launch(Path dataDir, Path screenshots) {
        JAVAFX_LOG.setFilter(log -> log.getMessage() == null || !log.getMessage().startsWith("Unsupported JavaFX configuration"));
        AppContext context;
        try {
            context = AppContext.open(dataDir);
        } catch (InstanceLockedException e) {
            showLockedDialog(e.getMessage());
            throw e;
        }
        try {
            UtilityNetApp.prepare(context, screenshots);
            // Devnet, light client and sync start on their own threads while the toolkit starts.
            context.runtime().start();
            Application.launch(UtilityNetApp.class);
            return UtilityNetApp.exitCode();
        } catch (UnsupportedOperationException e) {
            // Glass says "Unable to open DISPLAY" when there is no graphical session.
            throw new UserFacingException("The desktop app cannot start: " + e.getMessage()
                    + ". Run it in a desktop session (on a server: xvfb-run ./utilitynet),"
                    + " or use the command line: utilitynet --help.", e);
        } finally {
            LOG.info("GUI closed");
            context.close();
        }
    }

    /** Shows the refusal in a dialog when a display is there; without one, stderr is enough. */
    private static void showLockedDialog(String message) {
        CountDownLatch closed = new CountDownLatch(1);
        try {
            Platform.startup(() -> {
                try {
                    Alert alert = new Alert(Alert.AlertType.ERROR, message);
                    alert.setHeaderText("UtilityNet Desktop is already running");
                    alert.setTitle("UtilityNet Desktop");
                    alert.showAndWait();
                } finally {
                    closed.countDown();
                    Platform.exit();
                }
            });
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            LOG.debug("No display for the lock dialog: {}", e.toString());
        }
    }
}
