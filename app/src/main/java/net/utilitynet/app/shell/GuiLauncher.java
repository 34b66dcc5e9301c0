package net.utilitynet.app.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.UserFacingException;
import net.utilitynet.app.link.HandoffServer;
import org.slf4j.Logger;
import sun.misc.Signal;
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
    /** Exit code after SIGTERM (128 + 15), what the JVM's own handling of the signal gives. */
    private static final int SIGTERM_EXIT_CODE = 143;
    /** How long SIGTERM waits for the window to close before the JVM exits anyway. */
    private static final long SIGTERM_WAIT_MS = 5000;

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
        // Off the way to the first window (the file is forced to disk); a second start waits for it a few seconds.
        CompletableFuture<HandoffServer> handoff = CompletableFuture.supplyAsync(
                () -> listenForSecondStarts(context, router), context.executors().io())
                .exceptionally(error -> {
                    LOG.error("Listening for second starts failed", error);
                    return null;
                });
        AtomicBoolean terminated = new AtomicBoolean();
        quitOnSigterm(terminated);
        try {
            MacLinkEvents.install(router);
            UtilityNetApp.prepare(context, screenshots, router);
            // Devnet, light client and sync start on their own threads while the toolkit starts.
            context.runtime().start();
            Application.launch(UtilityNetApp.class);
            return terminated.get() ? SIGTERM_EXIT_CODE : UtilityNetApp.exitCode();
        } catch (UnsupportedOperationException e) {
            // Glass says "Unable to open DISPLAY" when there is no graphical session.
            throw new UserFacingException("The desktop app cannot start: " + e.getMessage()
                    + ". Run it in a desktop session (on a server: xvfb-run ./utilitynet),"
                    + " or use the command line: utilitynet --help.", e);
        } finally {
            LOG.info("GUI closed");
            HandoffServer listening = handoff.join();
            if (listening != null) {
                listening.close();
            }
            context.close();
        }
    }

    /**
     * SIGTERM (logout, systemd, {@code kill}) would start the JVM's shutdown while GTK's loop still runs on the FX
     * thread: that crashed the JVM now and then (SIGSEGV in {@code GtkApplication._runLoop}), and once shutdown has
     * begun the toolkit runs nothing posted to it, so it cannot be ended from a shutdown hook. The signal therefore
     * quits the app like Quit does (toolkit ends, {@code launch} returns, the context closes, exit code 143); if the
     * window has not closed within 5 s the JVM exits anyway. Where the OS has no SIGTERM, nothing changes.
     */
    private static void quitOnSigterm(AtomicBoolean terminated) {
        try {
            Signal.handle(new Signal("TERM"), signal -> {
                if (!terminated.compareAndSet(false, true)) {
                    return;
                }
                LOG.info("SIGTERM: closing the window and quitting");
                Platform.exit();
                Thread watchdog = new Thread(() -> {
                    try {
                        Thread.sleep(SIGTERM_WAIT_MS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    LOG.warn("The window did not close within {} ms of SIGTERM; exiting anyway", SIGTERM_WAIT_MS);
                    System.exit(SIGTERM_EXIT_CODE);
                }, "utilitynet-sigterm-watchdog");
                watchdog.setDaemon(true);
                watchdog.start();
            });
        } catch (IllegalArgumentException e) {
            LOG.debug("No SIGTERM on this system: {}", e.toString());
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
