package net.utilitynet.app.shell;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.config.WindowBounds;
import net.utilitynet.app.fx.FxBridge;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.services.MiningStatus;
import net.utilitynet.app.ui.ConnectionViewModel;
import net.utilitynet.app.wallet.PaymentRequests;

/**
 * The main window: builds the shell on a stage, applies theme and language live, restores and
 * remembers its geometry, and decides what closing means (exit, or keep mining in the tray).
 */
public final class ShellWindow {

    private final AppContext context;
    private final Stage stage;
    private final ShellViewModel model;
    private final Scene scene;
    private final PaymentRequests paymentRequests = new PaymentRequests();
    private boolean trayAvailable;

    public ShellWindow(AppContext context, Stage stage) {
        this.context = context;
        this.stage = stage;
        I18n i18n = new I18n(context.settings().current().language());
        ConnectionViewModel connection = new ConnectionViewModel(context.connectionStatus(), context.networks(),
                i18n, FxBridge.EXECUTOR);
        this.model = new ShellViewModel(context.settings(), context.miningState(), connection, i18n, FxBridge.EXECUTOR);
        ShellView view = new ShellView(model, Screens.create(context, i18n, connection, paymentRequests, FxBridge.EXECUTOR));
        WindowBounds bounds = WindowPlacement.clamp(context.settings().current().window(),
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList());
        this.scene = new Scene(view.root(), bounds.width(), bounds.height());
        ThemeStyles.apply(scene.getStylesheets(), model.themeProperty().get());
        model.themeProperty().addListener((obs, old, theme) -> ThemeStyles.apply(scene.getStylesheets(), theme));
        for (Page page : Page.values()) {
            scene.getAccelerators().put(new KeyCodeCombination(page.shortcut(), KeyCombination.SHORTCUT_DOWN),
                    () -> model.select(page));
        }
        stage.setScene(scene);
        stage.titleProperty().bind(model.windowTitle());
        stage.getIcons().setAll(AppIcon.images());
        stage.setMinWidth(WindowPlacement.MIN_WIDTH);
        stage.setMinHeight(WindowPlacement.MIN_HEIGHT);
        if (bounds.positioned()) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(bounds.maximized());
        stage.setOnCloseRequest(this::onCloseRequest);
    }

    public void show() {
        stage.show();
    }

    /** Shows the window on top of the others: restored from the tray or the task bar, focused. */
    public void toFront() {
        stage.show();
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
    }

    /** Payment links on their way to the Wallet page's Send tab. */
    public PaymentRequests paymentRequests() {
        return paymentRequests;
    }

    public Scene scene() {
        return scene;
    }

    public ShellViewModel model() {
        return model;
    }

    /** Set by the tray controller once its icon is showing: only then can closing keep the app running. */
    void setTrayAvailable(boolean available) {
        trayAvailable = available;
    }

    private void onCloseRequest(WindowEvent event) {
        rememberGeometry();
        if (keepsRunningInTray(trayAvailable, model.miningProperty().get(), context.settings().current().keepMiningInTray())) {
            stage.hide();
            event.consume();
        } else {
            Platform.exit();
        }
    }

    /**
     * Closing the window exits the app, except while mining runs, the user chose to keep mining in
     * the tray, and a tray icon exists to bring the window back.
     */
    static boolean keepsRunningInTray(boolean trayAvailable, MiningStatus mining, boolean keepMiningInTray) {
        return trayAvailable && mining.canStop() && keepMiningInTray;
    }

    /** Records size, position and maximised state (written on the io executor). */
    public void rememberGeometry() {
        WindowBounds previous = context.settings().current().window();
        WindowBounds bounds = stage.isMaximized()
                ? new WindowBounds(previous.x(), previous.y(), previous.width(), previous.height(), true)
                : new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        context.settings().update(settings -> settings.withWindow(bounds));
    }

    Stage stage() {
        return stage;
    }
}
