package net.utilitynet.app.shell;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import net.utilitynet.app.config.Language;
import net.utilitynet.app.config.Theme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code utilitynet gui --screenshots DIR} (used by scripts/screenshots.sh): shows every page in
 * each theme (and in Chinese) and writes {@code <page>-<theme>[-zh].png}, then exits. Theme and
 * language are applied to the scene and the I18n only, so the user's saved settings are not changed. PNGs are encoded off the FX thread.
 */
final class ScreenshotTour {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotTour.class);
    /** Time for the page to settle (first layout, ListView cells) before it is captured. */
    private static final Duration SETTLE = Duration.millis(400);

    private final ShellWindow window;
    private final Path dir;
    private final Executor encoder;
    private final IntConsumer exitCode;
    private final List<Runnable> steps = new ArrayList<>();
    private final List<CompletableFuture<Void>> writes = new ArrayList<>();

    ScreenshotTour(ShellWindow window, Path dir, Executor encoder, IntConsumer exitCode) {
        this.window = window;
        this.dir = dir;
        this.encoder = encoder;
        this.exitCode = exitCode;
    }

    void start() {
        for (Theme theme : Theme.values()) {
            for (Page page : Page.values()) {
                addShot(page, theme, Language.ENGLISH, page.id() + "-" + theme.name().toLowerCase(Locale.ROOT) + ".png");
            }
        }
        for (Page page : Page.values()) {
            addShot(page, Theme.LIGHT, Language.CHINESE_SIMPLIFIED, page.id() + "-light-zh.png");
        }
        next(0);
    }

    private void addShot(Page page, Theme theme, Language language, String fileName) {
        steps.add(() -> {
            ThemeStyles.apply(window.scene().getStylesheets(), theme);
            window.model().i18n().languageProperty().set(language);
            window.model().select(page);
        });
        steps.add(() -> capture(fileName));
    }

    private void next(int index) {
        if (index == steps.size()) {
            CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).whenComplete((ok, error) -> {
                if (error != null) {
                    LOG.error("Screenshots failed", error);
                    exitCode.accept(1);
                }
                Platform.runLater(Platform::exit);
            });
            return;
        }
        steps.get(index).run();
        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(event -> next(index + 1));
        settle.play();
    }

    private void capture(String fileName) {
        BufferedImage image = SwingFXUtils.fromFXImage(window.scene().snapshot(null), null);
        Path file = dir.resolve(fileName);
        writes.add(CompletableFuture.runAsync(() -> {
            try {
                Files.createDirectories(dir);
                ImageIO.write(image, "png", file.toFile());
                LOG.info("Wrote {}", file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, encoder));
    }
}
