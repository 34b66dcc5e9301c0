package net.utilitynet.app.network;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.networks.FieldError;
import net.utilitynet.app.networks.NetworkDefinition;
import net.utilitynet.app.networks.NetworkDraft;
import net.utilitynet.app.networks.NetworkField;
import net.utilitynet.app.networks.NetworkSyncMode;
import net.utilitynet.app.networks.NetworkValidator;

/**
 * The add/edit network form: one text per field (RPC URLs one per line), the sync mode (full or skip), and one error
 * text per field, filled by {@link #validate()} with the validator's messages in the user's language.
 */
public final class NetworkEditorViewModel {

    private final Collection<NetworkDefinition> others;
    private final I18n i18n;
    private final NetworkValidator validator = new NetworkValidator();
    private final boolean editing;
    private final Map<NetworkField, StringProperty> values = new EnumMap<>(NetworkField.class);
    private final Map<NetworkField, StringProperty> errors = new EnumMap<>(NetworkField.class);
    private final ObjectProperty<NetworkSyncMode> syncMode = new SimpleObjectProperty<>(this, "syncMode", NetworkSyncMode.FULL);

    NetworkEditorViewModel(NetworkDraft existing, Collection<NetworkDefinition> others, I18n i18n) {
        this.others = List.copyOf(others);
        this.i18n = i18n;
        this.editing = existing != null;
        for (NetworkField field : NetworkField.values()) {
            values.put(field, new SimpleStringProperty(this, field.name(), ""));
            errors.put(field, new SimpleStringProperty(this, field.name() + "Error", ""));
        }
        if (existing != null) {
            value(NetworkField.NAME).set(existing.name());
            value(NetworkField.CHAIN_ID).set(existing.chainId());
            value(NetworkField.RPC_URLS).set(String.join("\n", existing.rpcUrls()));
            value(NetworkField.CHECKPOINT_NUMBER).set(existing.checkpointNumber());
            value(NetworkField.CHECKPOINT_HASH).set(existing.checkpointHash());
            syncMode.set(existing.syncMode());
        }
    }

    public boolean editing() {
        return editing;
    }

    public StringProperty value(NetworkField field) {
        return values.get(field);
    }

    public StringProperty error(NetworkField field) {
        return errors.get(field);
    }

    /** Full or skip sync; never null. */
    public ObjectProperty<NetworkSyncMode> syncMode() {
        return syncMode;
    }

    /** The form as a draft (RPC URLs split by line). */
    public NetworkDraft draft() {
        return new NetworkDraft(value(NetworkField.NAME).get(), value(NetworkField.CHAIN_ID).get(),
                Arrays.stream(value(NetworkField.RPC_URLS).get().split("\\R")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList(),
                value(NetworkField.CHECKPOINT_NUMBER).get(), value(NetworkField.CHECKPOINT_HASH).get(),
                syncMode.get() == null ? NetworkSyncMode.FULL : syncMode.get());
    }

    /** Checks the form; sets each field's error text (empty when fine); true when there is none. */
    public boolean validate() {
        List<FieldError> found = validator.validate(draft(), others);
        for (NetworkField field : NetworkField.values()) {
            error(field).set(String.join("\n", found.stream().filter(e -> e.field() == field)
                    .map(e -> i18n.get(e.messageKey(), e.arguments().toArray())).toList()));
        }
        return found.isEmpty();
    }
}
