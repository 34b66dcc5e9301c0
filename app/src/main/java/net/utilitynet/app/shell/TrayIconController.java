package net.utilitynet.app.shell;

import java.awt.AWTException;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import net.utilitynet.app.fx.FxBridge;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.services.DesktopNotices;
import net.utilitynet.app.services.LiveValue;
import net.utilitynet.app.services.MiningState;
import net.utilitynet.app.services.MiningStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The system-tray icon (where the desktop has a tray): Open, Start mining, Stop mining, Quit.
 * AWT objects are touched only on the AWT event queue; texts are read on the FX thread and handed
 * over. Start/Stop follow {@link MiningState} and stay disabled while no miner is wired.
 */
final class TrayIconController {

    private static final Logger LOG = LoggerFactory.getLogger(TrayIconController.class);

    private final ShellWindow window;
    private final MiningState mining;
    private final DesktopNotices notices;
    private final MenuItem open = new MenuItem();
    private final MenuItem start = new MenuItem();
    private final MenuItem stop = new MenuItem();
    private final MenuItem quit = new MenuItem();
    private TrayIcon icon;
    private LiveValue.Subscription miningSubscription;

    private TrayIconController(ShellWindow window, MiningState mining, DesktopNotices notices) {
        this.window = window;
        this.mining = mining;
        this.notices = notices;
    }

    /**
     * Adds the icon when a tray exists, and then shows {@code notices} as the tray's desktop notifications; returns null
     * on headless systems. Call on the FX thread.
     */
    static TrayIconController install(ShellWindow window, MiningState mining, DesktopNotices notices) {
        if (GraphicsEnvironment.isHeadless()) {
            return null;
        }
        TrayIconController controller = new TrayIconController(window, mining, notices);
        Labels labels = controller.labels();
        EventQueue.invokeLater(() -> controller.addToTray(labels));
        // Menu texts follow the language; the tooltip also follows the mining state.
        InvalidationListener relabel = observable -> {
            Labels next = controller.labels();
            EventQueue.invokeLater(() -> controller.relabel(next));
        };
        window.model().i18n().languageProperty().addListener(relabel);
        window.model().miningText().addListener(relabel);
        return controller;
    }

    private void addToTray(Labels labels) {
        if (!SystemTray.isSupported()) {
            LOG.info("This desktop has no system tray; closing the window exits the app");
            return;
        }
        PopupMenu menu = new PopupMenu();
        menu.add(open);
        menu.addSeparator();
        menu.add(start);
        menu.add(stop);
        menu.addSeparator();
        menu.add(quit);
        open.addActionListener(e -> FxBridge.runOnFxThread(window::toFront));
        start.addActionListener(e -> report("start", mining::start));
        stop.addActionListener(e -> report("stop", mining::stop));
        quit.addActionListener(e -> FxBridge.runOnFxThread(() -> {
            window.rememberGeometry();
            Platform.exit();
        }));
        icon = new TrayIcon(AppIcon.draw(SystemTray.getSystemTray().getTrayIconSize().width), "UtilityNet Desktop", menu);
        icon.setImageAutoSize(true);
        icon.addActionListener(e -> FxBridge.runOnFxThread(window::toFront));
        relabel(labels);
        try {
            SystemTray.getSystemTray().add(icon);
        } catch (AWTException e) {
            LOG.info("The system tray refused the icon: {}", e.getMessage());
            return;
        }
        miningSubscription = mining.status().subscribe(status -> EventQueue.invokeLater(() -> follow(status)));
        TrayIcon shown = icon;
        notices.use(text -> EventQueue.invokeLater(() -> shown.displayMessage("UtilityNet Desktop", text, TrayIcon.MessageType.INFO)));
        FxBridge.runOnFxThread(() -> {
            Platform.setImplicitExit(false);
            window.setTrayAvailable(true);
        });
    }

    private void follow(MiningStatus status) {
        start.setEnabled(status.canStart());
        stop.setEnabled(status.canStop());
    }

    private void relabel(Labels labels) {
        open.setLabel(labels.open());
        start.setLabel(labels.start());
        stop.setLabel(labels.stop());
        quit.setLabel(labels.quit());
        if (icon != null) {
            icon.setToolTip(labels.tooltip());
        }
    }

    private Labels labels() {
        I18n i18n = window.model().i18n();
        return new Labels(i18n.get("tray.open"), i18n.get("tray.start"), i18n.get("tray.stop"), i18n.get("tray.quit"),
                i18n.get("tray.tooltip", window.model().miningText().get()));
    }

    private static void report(String action, Supplier<CompletableFuture<Void>> call) {
        call.get().exceptionally(error -> {
            LOG.warn("Mining {} from the tray failed: {}", action, error.getMessage());
            return null;
        });
    }

    /** Removes the icon (on the AWT event queue). */
    void remove() {
        notices.use(null);
        if (miningSubscription != null) {
            miningSubscription.close();
        }
        EventQueue.invokeLater(() -> {
            if (icon != null) {
                SystemTray.getSystemTray().remove(icon);
            }
        });
    }

    private record Labels(String open, String start, String stop, String quit, String tooltip) {
    }
}
