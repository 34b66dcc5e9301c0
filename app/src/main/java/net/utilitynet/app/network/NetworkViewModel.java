package net.utilitynet.app.network;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import net.utilitynet.app.UserFacingException;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.networks.NetworkCatalog;
import net.utilitynet.app.networks.NetworkDefinition;
import net.utilitynet.app.networks.NetworkDraft;
import net.utilitynet.app.ui.ConnectionViewModel;

/**
 * State of the Network page: the networks (mirrored from the catalog), the selected one, which is
 * active, and what can be done with the selection. Actions return the catalog's futures; failures
 * land in {@link #messageProperty()}.
 */
public final class NetworkViewModel {

    private final NetworkCatalog catalog;
    private final ConnectionViewModel connection;
    private final I18n i18n;
    private final Executor ui;
    private final ObservableList<NetworkDefinition> networks = FXCollections.observableArrayList();
    private final ObjectProperty<NetworkDefinition> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty activeId = new SimpleStringProperty(this, "activeId", NetworkDefinition.DEVNET_ID);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanBinding editable;
    private final BooleanBinding selectable;

    public NetworkViewModel(NetworkCatalog catalog, ConnectionViewModel connection, I18n i18n, Executor ui) {
        this.catalog = catalog;
        this.connection = connection;
        this.i18n = i18n;
        this.ui = ui;
        catalog.networks().subscribe(next -> ui.execute(() -> {
            String keep = selected.get() == null ? next.activeId() : selected.get().id();
            networks.setAll(next.all());
            activeId.set(next.activeId());
            selected.set(next.find(keep).orElse(next.active()));
        }));
        editable = Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().builtIn(), selected);
        selectable = Bindings.createBooleanBinding(
                () -> selected.get() != null && !selected.get().id().equals(activeId.get()), selected, activeId);
    }

    public ObservableList<NetworkDefinition> networks() {
        return networks;
    }

    public ObjectProperty<NetworkDefinition> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty activeIdProperty() {
        return activeId;
    }

    /** True when the selection is a user-defined network (the built-in devnet cannot be edited). */
    public BooleanBinding editable() {
        return editable;
    }

    /** True when the selection is not already the active network. */
    public BooleanBinding selectable() {
        return selectable;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public boolean isActive(NetworkDefinition network) {
        return network.id().equals(activeId.get());
    }

    public String displayName(NetworkDefinition network) {
        return connection.displayName(network);
    }

    public I18n i18n() {
        return i18n;
    }

    /** A fresh editor: empty for a new network, filled for {@code existing}. */
    public NetworkEditorViewModel editor(NetworkDefinition existing) {
        List<NetworkDefinition> others = networks.stream().filter(n -> n != existing).toList();
        return new NetworkEditorViewModel(existing == null ? null : NetworkDraft.of(existing), others, i18n);
    }

    public CompletableFuture<NetworkDefinition> add(NetworkDraft draft) {
        return report(catalog.add(draft).thenApply(added -> {
            ui.execute(() -> selected.set(added));
            return added;
        }));
    }

    public CompletableFuture<NetworkDefinition> update(NetworkDefinition existing, NetworkDraft draft) {
        return report(catalog.update(existing.id(), draft));
    }

    public CompletableFuture<?> removeSelected() {
        return report(catalog.remove(selected.get().id()));
    }

    public CompletableFuture<?> useSelected() {
        return report(catalog.select(selected.get().id()));
    }

    public StringBinding text(String key, Object... arguments) {
        return i18n.text(key, arguments);
    }

    private <T> CompletableFuture<T> report(CompletableFuture<T> action) {
        return action.whenComplete((ok, error) -> ui.execute(() -> message.set(error == null ? "" : describe(error))));
    }

    private String describe(Throwable error) {
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        String detail = cause instanceof UserFacingException ? cause.getMessage() : cause.toString();
        return i18n.get("network.saveFailed", detail);
    }
}
