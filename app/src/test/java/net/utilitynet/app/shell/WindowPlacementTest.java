package net.utilitynet.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import javafx.geometry.Rectangle2D;
import net.utilitynet.app.config.WindowBounds;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Rectangle2D LEFT = new Rectangle2D(0, 0, 1920, 1040);
    private static final Rectangle2D RIGHT = new Rectangle2D(1920, 0, 1280, 1000);

    @Test
    void clamp_windowInsideScreen_isUnchanged() {
        WindowBounds saved = new WindowBounds(100, 50, 1200, 800, false);
        assertEquals(saved, WindowPlacement.clamp(saved, List.of(LEFT, RIGHT)));
    }

    @Test
    void clamp_windowOnScreenThatIsGone_isCentredKeepingSize() {
        WindowBounds saved = new WindowBounds(5000, 200, 1200, 800, true);
        WindowBounds placed = WindowPlacement.clamp(saved, List.of(LEFT));
        assertFalse(placed.positioned());
        assertEquals(1200, placed.width());
        assertEquals(true, placed.maximized());
    }

    @Test
    void clamp_windowHangingOffRightEdge_isMovedInsideThatScreen() {
        WindowBounds placed = WindowPlacement.clamp(new WindowBounds(2800, 600, 1000, 700, false), List.of(LEFT, RIGHT));
        assertEquals(new WindowBounds(2200, 300, 1000, 700, false), placed);
    }

    @Test
    void clamp_windowLargerThanScreen_shrinksToScreenItOverlapsMost() {
        WindowBounds placed = WindowPlacement.clamp(new WindowBounds(1900, -20, 3000, 2000, false), List.of(LEFT, RIGHT));
        assertEquals(new WindowBounds(1920, 0, 1280, 1000, false), placed);
    }

    @Test
    void clamp_tinySavedSize_growsToMinimum() {
        WindowBounds placed = WindowPlacement.clamp(new WindowBounds(10, 10, 100, 50, false), List.of(LEFT));
        assertEquals(new WindowBounds(10, 10, WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT, false), placed);
    }
}
