package net.utilitynet.app.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.UserFacingException;
import net.utilitynet.app.link.HandoffServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the GUI from the command line on an opened data directory: listens for second starts (their links and
 * "come to the front" requests go to the {@link LinkRouter}), runs JavaFX until the last window closes, then
 * flushes pending writes and releases the lock. A second start that finds no window to hand over to is told who
 * holds the directory, in a dialog as well as on stderr.
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
     * Runs the app on an opened context until it exits; returns the exit code. Closes the context.
     *
     * @param screenshots when not null: visit every page in both themes, write PNGs there and exit
     * @param link        a link from the command line, opened once the window is up
     */
    public static int launch(AppContext context, Path screenshots, Optional<String> link) {
        JAVAFX_LOG.setFilter(log -> log.getMessage() == null || !log.getMessage().startsWith("Unsupported JavaFX configuration"));
        LinkRouter router = new LinkRouter(context.networks());
        if (link.isPresent()) {
            router.open(link);
        }
        HandoffServer handoff = listenForSecondStarts(context, router);
        try {
            MacLinkEvents.install(router);
            UtilityNetApp.prepare(context, screenshots, router);
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
            if (handoff != null) {
                handoff.close();
            }
            context.close();
        }
    }

    /** A second start on this data directory hands its link to this window instead of being refused. */
    private static HandoffServer listenForSecondStarts(AppContext context, LinkRouter router) {
        try {
            return HandoffServer.start(context.dataDirectory(), router::open);
        } catch (IOException e) {
            LOG.warn("Second starts cannot reach this window (they will be refused as before): {}", e.toString());
            return null;
        }
    }

    /** Shows the refusal in a dialog when a display is there; without one, stderr is enough. */
    public static void showLockedDialog(String message) {
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
