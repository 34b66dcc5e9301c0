package net.utilitynet.app.shell;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.stage.Stage;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.fx.FxBridge;

/**
 * The JavaFX application. JavaFX creates it by reflection, so {@link GuiLauncher} hands over the
 * opened context through {@link #prepare} before {@code Application.launch}.
 */
public final class UtilityNetApp extends Application {

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
        tray = TrayIconController.install(window, context.miningState(), context.desktopNotices());
        pendingRouter.attach(window);
    }

    @Override
    public void stop() {
        if (tray != null) {
            tray.remove();
        }
    }
}
