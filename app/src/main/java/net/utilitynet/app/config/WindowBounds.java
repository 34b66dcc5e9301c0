package net.utilitynet.app.config;

/** Where the main window was: position and size in logical pixels, and whether it was maximised. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    public static final double DEFAULT_WIDTH = 1180;
    public static final double DEFAULT_HEIGHT = 760;

    /** No remembered position: the window is centred on the primary screen. */
    public static final WindowBounds UNSET = new WindowBounds(Double.NaN, Double.NaN, DEFAULT_WIDTH, DEFAULT_HEIGHT, false);

    public boolean positioned() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
