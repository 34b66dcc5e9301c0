package net.utilitynet.app.shell;

import java.util.Comparator;
import java.util.List;
import javafx.geometry.Rectangle2D;
import net.utilitynet.app.config.WindowBounds;

/**
 * Puts a remembered window back where it can be seen: on the screen it overlaps most, no larger
 * than that screen, and moved inside it. A window on a screen that is gone is centred instead.
 * Pure (screens are passed in), so it is tested without a display.
 */
public final class WindowPlacement {

    static final double MIN_WIDTH = 720;
    static final double MIN_HEIGHT = 480;

    private WindowPlacement() {
    }

    public static WindowBounds clamp(WindowBounds saved, List<Rectangle2D> screens) {
        double width = Math.max(MIN_WIDTH, saved.width());
        double height = Math.max(MIN_HEIGHT, saved.height());
        if (!saved.positioned() || screens.isEmpty()) {
            return new WindowBounds(Double.NaN, Double.NaN, width, height, saved.maximized());
        }
        Rectangle2D window = new Rectangle2D(saved.x(), saved.y(), width, height);
        Rectangle2D screen = screens.stream().max(Comparator.comparingDouble(s -> overlap(s, window))).orElseThrow();
        if (overlap(screen, window) <= 0) {
            return new WindowBounds(Double.NaN, Double.NaN, Math.min(width, largest(screens).getWidth()),
                    Math.min(height, largest(screens).getHeight()), saved.maximized());
        }
        width = Math.min(width, screen.getWidth());
        height = Math.min(height, screen.getHeight());
        double x = Math.min(Math.max(saved.x(), screen.getMinX()), screen.getMaxX() - width);
        double y = Math.min(Math.max(saved.y(), screen.getMinY()), screen.getMaxY() - height);
        return new WindowBounds(x, y, width, height, saved.maximized());
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    private static Rectangle2D largest(List<Rectangle2D> screens) {
        return screens.stream().max(Comparator.comparingDouble(s -> s.getWidth() * s.getHeight())).orElseThrow();
    }
}
