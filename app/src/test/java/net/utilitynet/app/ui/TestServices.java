package net.utilitynet.app.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import net.utilitynet.app.config.DataDirectory;
import net.utilitynet.app.config.Language;
import net.utilitynet.app.config.SettingsStore;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.networks.NetworkCatalog;
import net.utilitynet.app.services.ConnectionState;
import net.utilitynet.app.services.ConnectionStatus;
import net.utilitynet.app.services.LiveValue;

/** Real services on a temporary data directory, with same-thread executors: view-model tests need no toolkit or waits. */
public final class TestServices {

    public static final Executor SAME_THREAD = Runnable::run;

    public final DataDirectory dataDirectory;
    public final SettingsStore settings;
    public final NetworkCatalog networks;
    public final LiveValue<ConnectionState> connectionState = new LiveValue<>(ConnectionState.NOT_CONNECTED);
    public final ConnectionStatus connectionStatus = () -> connectionState;
    public final I18n i18n = new I18n(Language.ENGLISH);
    public final ConnectionViewModel connection;

    public TestServices(Path dir) {
        dataDirectory = new DataDirectory(dir).create();
        settings = SettingsStore.load(dataDirectory, SAME_THREAD, Locale.ENGLISH);
        networks = NetworkCatalog.load(dataDirectory, SAME_THREAD);
        connection = new ConnectionViewModel(connectionStatus, networks, i18n, SAME_THREAD);
    }
}
