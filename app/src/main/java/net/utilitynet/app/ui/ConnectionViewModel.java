package net.utilitynet.app.ui;

import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.networks.NetworkCatalog;
import net.utilitynet.app.networks.NetworkDefinition;
import net.utilitynet.app.services.ConnectionState;
import net.utilitynet.app.services.ConnectionStatus;

/**
 * The active network and connection state as observable texts, shared by the status bar and every
 * page's empty state. Service updates arrive on any thread and are applied through {@code ui}.
 */
public final class ConnectionViewModel {

    private final I18n i18n;
    private final ObjectProperty<ConnectionState> state = new SimpleObjectProperty<>(this, "state");
    private final ObjectProperty<NetworkDefinition> network = new SimpleObjectProperty<>(this, "network");
    private final StringBinding networkName;
    private final StringBinding stateText;
    private final BooleanBinding connected;

    public ConnectionViewModel(ConnectionStatus status, NetworkCatalog networks, I18n i18n, Executor ui) {
        this.i18n = i18n;
        status.state().subscribe(next -> ui.execute(() -> state.set(next)));
        networks.networks().subscribe(next -> ui.execute(() -> network.set(next.active())));
        networkName = i18n.computed(() -> displayName(network.get()), network);
        stateText = i18n.computed(() -> describe(state.get()), state);
        connected = Bindings.createBooleanBinding(() -> state.get() != null && state.get().connected(), state);
    }

    /** The name a user sees: the built-in devnet's name is translated. */
    public String displayName(NetworkDefinition definition) {
        if (definition == null) {
            return "";
        }
        return definition.builtIn() ? i18n.get("network.devnet.name") : definition.name();
    }

    private String describe(ConnectionState current) {
        if (current == null) {
            return "";
        }
        String text = describePhase(current);
        return current.skipSync() && current.connected() ? i18n.get("status.skipSync", text) : text;
    }

    private String describePhase(ConnectionState current) {
        String key = "status.phase." + current.phase().name();
        return switch (current.phase()) {
            case SYNCING -> current.target() > current.headNumber() && current.headNumber() >= 0
                    ? i18n.get("status.syncing.progress", current.headNumber(), current.target(), Math.round(current.headersPerSecond()))
                    : i18n.get(key, Math.max(0, current.headNumber()));
            case SYNCED -> current.headAgeSeconds() >= 0
                    ? i18n.get("status.synced.age", current.headNumber(), age(current.headAgeSeconds()))
                    : i18n.get(key, current.headNumber());
            case FAILED -> current.detail().isEmpty() ? i18n.get(key) : i18n.get("status.failed.detail", current.detail());
            default -> i18n.get(key);
        };
    }

    /** "2 s", "5 min", "3 h", "2 d". */
    public String age(long seconds) {
        if (seconds < 120) {
            return i18n.get("age.seconds", seconds);
        }
        if (seconds < 7200) {
            return i18n.get("age.minutes", seconds / 60);
        }
        return seconds < 172_800 ? i18n.get("age.hours", seconds / 3600) : i18n.get("age.days", seconds / 86_400);
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state;
    }

    public StringBinding networkName() {
        return networkName;
    }

    public StringBinding stateText() {
        return stateText;
    }

    public BooleanBinding connected() {
        return connected;
    }

    /** "network · state", the line each empty state ends with. */
    public StringBinding summary() {
        return i18n.text("status.summary", networkName, stateText);
    }
}
