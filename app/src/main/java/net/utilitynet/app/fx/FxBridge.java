package net.utilitynet.app.fx;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * The one place that hops to the JavaFX application thread. View-models receive {@link #EXECUTOR}
 * as their "ui executor" (tests pass {@code Runnable::run}), so service callbacks, which arrive on
 * background threads, touch properties only on the FX thread.
 */
public final class FxBridge {

    /** Runs a task on the FX thread: at once when already there, else with {@code Platform.runLater}. */
    public static final Executor EXECUTOR = FxBridge::runOnFxThread;

    private FxBridge() {
    }

    public static void runOnFxThread(Runnable task) {
        if (Platform.isFxApplicationThread()) {
            task.run();
        } else {
            Platform.runLater(task);
        }
    }
}
