package net.utilitynet.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Stage;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.config.DataDirectory;
import net.utilitynet.app.config.SettingsStore;
import net.utilitynet.app.config.WindowBounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window comes back where it was, and remembers where it is. */
@ExtendWith(ApplicationExtension.class)
class ShellWindowGeometryTest {

    @TempDir
    static Path temp;

    private AppContext context;
    private ShellWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory(temp, "data");
        // A previous session left the window at (40, 30), 900×600.
        SettingsStore.load(new DataDirectory(dir).create(), Runnable::run, Locale.ENGLISH)
                .update(s -> s.withWindow(new WindowBounds(40, 30, 900, 600, false))).join();
        context = AppContext.open(dir);
        window = new ShellWindow(context, stage);
        window.show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void open_savedBounds_restoresPositionAndSize(FxRobot robot) {
        assertEquals(40, window.stage().getX());
        assertEquals(30, window.stage().getY());
        assertEquals(900, window.scene().getWidth());
        assertEquals(600, window.scene().getHeight());
        assertFalse(window.stage().isMaximized());
    }

    @Test
    void rememberGeometry_afterMove_storesNewBounds(FxRobot robot) {
        robot.interact(() -> {
            window.stage().setX(120);
            window.stage().setY(90);
            window.rememberGeometry();
        });
        WindowBounds saved = context.settings().current().window();
        assertEquals(120, saved.x());
        assertEquals(90, saved.y());
    }
}
