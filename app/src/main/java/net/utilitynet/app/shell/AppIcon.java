package net.utilitynet.app.shell;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.IntStream;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

/**
 * The app icon, drawn with Java2D at each size the desktop asks for (sharp at any scale, no
 * bitmap files to keep in sync): an accent-blue rounded square with the hexagon mark.
 */
public final class AppIcon {

    private static final Color TOP = new Color(0x3B7BF6);
    private static final Color BOTTOM = new Color(0x1F4FC4);

    private AppIcon() {
    }

    /** The icon at {@code size}×{@code size} pixels, for AWT (the tray). Safe on any thread. */
    public static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setPaint(new GradientPaint(0, 0, TOP, 0, size, BOTTOM));
            double arc = size * 0.45;
            g.fill(new RoundRectangle2D.Double(0, 0, size, size, arc, arc));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke((float) (size * 0.09), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(hexagon(size / 2.0, size / 2.0, size * 0.30));
            g.fill(hexagon(size / 2.0, size / 2.0, size * 0.09));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The icon in the sizes window managers pick from, for {@code Stage.getIcons()}. FX thread. */
    public static List<Image> images() {
        return IntStream.of(16, 32, 48, 64, 128, 256).mapToObj(size -> (Image) SwingFXUtils.toFXImage(draw(size), null)).toList();
    }

    private static Path2D hexagon(double cx, double cy, double radius) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i < 6; i++) {
            double angle = Math.toRadians(60 * i - 90);
            double x = cx + radius * Math.cos(angle);
            double y = cy + radius * Math.sin(angle);
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        return path;
    }
}
