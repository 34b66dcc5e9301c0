import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import net.utilitynet.app.shell.AppIcon;

/**
 * Writes the app icon (the same Java2D drawing the running app uses, {@link AppIcon}) as PNGs for
 * the installers: {@code utilitynet-<size>.png}. Run from the repository root after building the app:
 * {@code java -Djava.awt.headless=true -cp "app/target/classes:app/target/lib/*" installers/icons/IconGen.java installers/icons}
 */
public final class IconGen {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "installers/icons");
        Files.createDirectories(out);
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512, 1024}) {
            BufferedImage image = AppIcon.draw(size);
            ImageIO.write(image, "png", out.resolve("utilitynet-" + size + ".png").toFile());
        }
    }
}
