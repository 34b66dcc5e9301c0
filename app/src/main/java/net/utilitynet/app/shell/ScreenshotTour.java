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
import net.utilitynet.app.config.Settings;
import net.utilitynet.app.config.SettingsStore;
import net.utilitynet.app.config.Theme;
import net.utilitynet.app.fx.FxBridge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code utilitynet gui --screenshots DIR} (used by scripts/screenshots.sh): shows every page in
 * each theme (and in Chinese) and writes {@code <page>-<theme>[-zh].png}, then exits. Theme and
 * language go through the settings (so the Settings page shows them); the user's settings are
 * restored at the end. PNGs are encoded off the FX thread.
 */
final class ScreenshotTour {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotTour.class);
    /** Time for the page to settle (first layout, ListView cells) before it is captured. */
    private static final Duration SETTLE = Duration.millis(400);

    private final ShellWindow window;
    private final SettingsStore settings;
    private final Settings original;
    private final Path dir;
    private final Executor encoder;
    private final IntConsumer exitCode;
    private final List<Runnable> steps = new ArrayList<>();
    private final List<CompletableFuture<Void>> writes = new ArrayList<>();

    ScreenshotTour(ShellWindow window, SettingsStore settings, Path dir, Executor encoder, IntConsumer exitCode) {
        this.window = window;
        this.settings = settings;
        this.original = settings.current();
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
            settings.update(s -> s.withTheme(theme).withLanguage(language));
            window.model().select(page);
        });
        steps.add(() -> capture(fileName));
    }

    private void next(int index) {
        if (index == steps.size()) {
            settings.update(s -> original);
            CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).whenComplete((ok, error) -> {
                if (error != null) {
                    LOG.error("Screenshots failed", error);
                    exitCode.accept(1);
                }
                FxBridge.runOnFxThread(Platform::exit);
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
