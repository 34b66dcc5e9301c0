package net.utilitynet.app.shell;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.stage.Stage;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.fx.FxBridge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. JavaFX creates it by reflection, so {@link GuiLauncher} hands over the
 * opened context through {@link #prepare} before {@code Application.launch}.
 */
public final class UtilityNetApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(UtilityNetApp.class);

    private static volatile AppContext pendingContext;
    private static volatile Path pendingScreenshots;
    private static volatile LinkRouter pendingRouter;
    private static volatile int exitCode;

    private TrayIconController tray;

    static void prepare(AppContext context, Path screenshots, LinkRouter router) {
        pendingContext = context;
        pendingScreenshots = screenshots;
        pendingRouter = router;
        exitCode = 0;
    }

    static int exitCode() {
        return exitCode;
    }

    @Override
    public void start(Stage stage) {
        AppContext context = pendingContext;
        ShellWindow window = new ShellWindow(context, stage);
        window.show();
        if (pendingScreenshots != null) {
            ScreenshotTour tour = new ScreenshotTour(window, context.settings(), pendingScreenshots, context.executors().worker(),
                    code -> exitCode = code);
            // Pictures of a settled app: after the first verified head (or a failure), at most a minute later.
            context.runtime().settled().completeOnTimeout(null, 60, TimeUnit.SECONDS)
                    .whenComplete((state, error) -> FxBridge.runOnFxThread(tour::start));
            return;
        }
        tray = TrayIconController.install(window, context.miningState());
        pendingRouter.attach(window);
        startMiningIfAsked(context);
    }

    /** Honours "start mining when the app starts" once a miner is wired (until then it cannot start). */
    private static void startMiningIfAsked(AppContext context) {
        if (context.settings().current().startMiningOnLaunch() && context.miningState().status().get().canStart()) {
            context.miningState().start().exceptionally(error -> {
                LOG.warn("Could not start mining on launch: {}", error.getMessage());
                return null;
            });
        }
    }

    @Override
    public void stop() {
        if (tray != null) {
            tray.remove();
        }
    }
}
