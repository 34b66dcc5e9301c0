package net.utilitynet.app.shell;

import java.util.concurrent.Executor;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import net.utilitynet.app.AppVersion;
import net.utilitynet.app.config.Settings;
import net.utilitynet.app.config.SettingsStore;
import net.utilitynet.app.config.Theme;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.services.MiningState;
import net.utilitynet.app.services.MiningStatus;
import net.utilitynet.app.ui.ConnectionViewModel;

/**
 * State of the window around the pages: the selected page, the theme and language (followed from
 * the settings store, so a change in Settings applies live), the connection and mining state.
 */
public final class ShellViewModel {

    private final I18n i18n;
    private final ConnectionViewModel connection;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(this, "page", Page.OVERVIEW);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObjectProperty<MiningStatus> mining = new SimpleObjectProperty<>(this, "mining", MiningStatus.UNAVAILABLE);
    private final StringBinding miningText;

    public ShellViewModel(SettingsStore settings, MiningState miningState, ConnectionViewModel connection,
                          I18n i18n, Executor ui) {
        this.i18n = i18n;
        this.connection = connection;
        settings.settings().subscribe(next -> ui.execute(() -> apply(next)));
        miningState.status().subscribe(next -> ui.execute(() -> mining.set(next)));
        miningText = i18n.computed(() -> i18n.get("status.mining." + mining.get().name()), mining);
    }

    private void apply(Settings settings) {
        theme.set(settings.theme());
        i18n.languageProperty().set(settings.language());
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public void select(Page next) {
        page.set(next);
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ConnectionViewModel connection() {
        return connection;
    }

    public StringBinding miningText() {
        return miningText;
    }

    public ReadOnlyObjectProperty<MiningStatus> miningProperty() {
        return mining;
    }

    public I18n i18n() {
        return i18n;
    }

    public String version() {
        return AppVersion.version();
    }

    /** The navigation label of {@code target}, with its mnemonic marker. */
    public StringBinding navigationLabel(Page target) {
        return i18n.text("nav." + target.id());
    }

    /** The window title: "UtilityNet Desktop — <network>". */
    public StringBinding windowTitle() {
        return i18n.text("app.windowTitle", connection.networkName());
    }
}
