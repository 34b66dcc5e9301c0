package net.utilitynet.app.settings;

import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import net.utilitynet.app.config.DataDirectory;
import net.utilitynet.app.config.Language;
import net.utilitynet.app.config.Settings;
import net.utilitynet.app.config.SettingsStore;
import net.utilitynet.app.config.Theme;
import net.utilitynet.app.i18n.I18n;

/**
 * State of the Settings page. Each property change goes to the {@link SettingsStore} at once (so
 * theme and language apply live through the shell) and is saved in the background; a failed save
 * is reported in {@link #saveErrorProperty()}.
 */
public final class SettingsViewModel {

    private final SettingsStore store;
    private final I18n i18n;
    private final Executor ui;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final IntegerProperty autoLockMinutes = new SimpleIntegerProperty(this, "autoLockMinutes");
    private final BooleanProperty startMiningOnLaunch = new SimpleBooleanProperty(this, "startMiningOnLaunch");
    private final BooleanProperty keepMiningInTray = new SimpleBooleanProperty(this, "keepMiningInTray");
    private final StringProperty saveError = new SimpleStringProperty(this, "saveError", "");
    private final String dataDirectory;
    /** True while properties are being set from the store, so that this does not write back. */
    private boolean showing;

    public SettingsViewModel(SettingsStore store, DataDirectory dataDirectory, I18n i18n, Executor ui) {
        this.store = store;
        this.i18n = i18n;
        this.ui = ui;
        this.dataDirectory = dataDirectory.root().toString();
        store.settings().subscribe(settings -> ui.execute(() -> show(settings)));
        language.addListener((obs, old, value) -> save(s -> s.withLanguage(value)));
        theme.addListener((obs, old, value) -> save(s -> s.withTheme(value)));
        autoLockMinutes.addListener((obs, old, value) -> save(s -> s.withAutoLockMinutes(value.intValue())));
        startMiningOnLaunch.addListener((obs, old, value) -> save(s -> s.withStartMiningOnLaunch(value)));
        keepMiningInTray.addListener((obs, old, value) -> save(s -> s.withKeepMiningInTray(value)));
    }

    private void show(Settings settings) {
        showing = true;
        try {
            language.set(settings.language());
            theme.set(settings.theme());
            autoLockMinutes.set(settings.autoLockMinutes());
            startMiningOnLaunch.set(settings.startMiningOnLaunch());
            keepMiningInTray.set(settings.keepMiningInTray());
        } finally {
            showing = false;
        }
    }

    private void save(UnaryOperator<Settings> change) {
        if (showing) {
            return;
        }
        store.update(change).whenComplete((saved, error) -> ui.execute(() -> saveError.set(
                error == null ? "" : i18n.get("settings.saveFailed", rootMessage(error)))));
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public IntegerProperty autoLockMinutesProperty() {
        return autoLockMinutes;
    }

    public BooleanProperty startMiningOnLaunchProperty() {
        return startMiningOnLaunch;
    }

    public BooleanProperty keepMiningInTrayProperty() {
        return keepMiningInTray;
    }

    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError;
    }

    public String dataDirectory() {
        return dataDirectory;
    }

    public StringBinding text(String key) {
        return i18n.text(key);
    }
}
