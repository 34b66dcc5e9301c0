package net.utilitynet.app.networks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import net.utilitynet.app.UserFacingException;
import net.utilitynet.app.config.DataDirectory;
import net.utilitynet.app.config.SecureFiles;
import net.utilitynet.app.services.LiveValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The networks the user can pick: the built-in devnet plus user-defined ones, persisted in
 * {@code config/networks.json}. Changes apply in memory at once (validated) and are written on the
 * io executor; the returned future completes when the file is written.
 */
public final class NetworkCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkCatalog.class);

    private final Path file;
    private final Executor io;
    private final NetworkValidator validator = new NetworkValidator();
    private final LiveValue<Networks> networks;

    private NetworkCatalog(Path file, Executor io, Networks initial) {
        this.file = file;
        this.io = io;
        this.networks = new LiveValue<>(initial);
    }

    /** Reads {@code config/networks.json} (blocking); a missing file gives the devnet alone. */
    public static NetworkCatalog load(DataDirectory dir, Executor io) {
        Path file = dir.config().resolve("networks.json");
        NetworksFile stored;
        try {
            stored = SecureFiles.readJson(file, NetworksFile.class).orElse(NetworksFile.EMPTY);
        } catch (IOException e) {
            // Unlike settings, user networks are not silently replaced: the user must look at the file.
            throw new UserFacingException("Cannot read " + file + " (" + e.getMessage()
                    + "). Fix or remove the file, then start again.", e);
        }
        return new NetworkCatalog(file, io, stored.toNetworks());
    }

    public LiveValue<Networks> networks() {
        return networks;
    }

    public Networks current() {
        return networks.get();
    }

    public NetworkValidator validator() {
        return validator;
    }

    /** Adds a network; completes exceptionally with {@link InvalidNetworkException} when the draft is invalid. */
    public CompletableFuture<NetworkDefinition> add(NetworkDraft draft) {
        NetworkDefinition[] added = new NetworkDefinition[1];
        try {
            networks.update(current -> {
                List<FieldError> errors = validator.validate(draft, current.all());
                if (!errors.isEmpty()) {
                    throw new InvalidNetworkException(errors);
                }
                added[0] = validator.toDefinition(uniqueId(draft.name(), current), draft);
                List<NetworkDefinition> all = new ArrayList<>(current.all());
                all.add(added[0]);
                return new Networks(all, current.activeId());
            });
        } catch (UserFacingException e) {
            return CompletableFuture.failedFuture(e);
        }
        return persist().thenApply(n -> added[0]);
    }

    /** Replaces a user-defined network's fields (its id stays). */
    public CompletableFuture<NetworkDefinition> update(String id, NetworkDraft draft) {
        NetworkDefinition[] updated = new NetworkDefinition[1];
        try {
            networks.update(current -> {
                NetworkDefinition existing = userDefined(current, id);
                List<NetworkDefinition> others = current.all().stream().filter(n -> n != existing).toList();
                List<FieldError> errors = validator.validate(draft, others);
                if (!errors.isEmpty()) {
                    throw new InvalidNetworkException(errors);
                }
                updated[0] = validator.toDefinition(id, draft);
                List<NetworkDefinition> all = current.all().stream().map(n -> n == existing ? updated[0] : n).toList();
                return new Networks(all, current.activeId());
            });
        } catch (UserFacingException e) {
            return CompletableFuture.failedFuture(e);
        }
        return persist().thenApply(n -> updated[0]);
    }

    /** Removes a user-defined network; when it was active, the devnet becomes active. */
    public CompletableFuture<Networks> remove(String id) {
        try {
            networks.update(current -> {
                NetworkDefinition existing = userDefined(current, id);
                List<NetworkDefinition> all = current.all().stream().filter(n -> n != existing).toList();
                String active = current.activeId().equals(id) ? NetworkDefinition.DEVNET_ID : current.activeId();
                return new Networks(all, active);
            });
        } catch (UserFacingException e) {
            return CompletableFuture.failedFuture(e);
        }
        return persist();
    }

    /** Makes {@code id} the active network. */
    public CompletableFuture<Networks> select(String id) {
        try {
            networks.update(current -> {
                current.find(id).orElseThrow(() -> unknown(id, current));
                return new Networks(current.all(), id);
            });
        } catch (UserFacingException e) {
            return CompletableFuture.failedFuture(e);
        }
        return persist();
    }

    private static NetworkDefinition userDefined(Networks current, String id) {
        NetworkDefinition network = current.find(id).orElseThrow(() -> unknown(id, current));
        if (network.builtIn()) {
            throw new UserFacingException("The built-in network '" + id + "' cannot be changed or removed.");
        }
        return network;
    }

    private static UserFacingException unknown(String id, Networks current) {
        return new UserFacingException("No network has the id '" + id + "'. Known ids: "
                + String.join(", ", current.all().stream().map(NetworkDefinition::id).toList())
                + " (see 'utilitynet networks list').");
    }

    private CompletableFuture<Networks> persist() {
        return CompletableFuture.supplyAsync(() -> {
            Networks snapshot = networks.get();
            try {
                SecureFiles.writeJsonAtomically(file, NetworksFile.of(snapshot));
                return snapshot;
            } catch (IOException e) {
                LOG.error("Could not save networks to {}: {}", file, e.getMessage());
                throw new UncheckedIOException(e);
            }
        }, io);
    }

    /** A readable, unique, folder-safe id: the name's ASCII letters and digits, with -2, -3… on clashes. */
    static String uniqueId(String name, Networks current) {
        String slug = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        String base = slug.isEmpty() ? "network" : slug;
        String id = base;
        for (int i = 2; current.find(id).isPresent() || id.equals(NetworkDefinition.DEVNET_ID); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    /** The JSON shape of networks.json: user networks only (the devnet is built in). */
    record NetworksFile(int version, String active, List<NetworkDefinition> networks) {
        static final NetworksFile EMPTY = new NetworksFile(1, NetworkDefinition.DEVNET_ID, List.of());

        static NetworksFile of(Networks networks) {
            return new NetworksFile(1, networks.activeId(), networks.userDefined());
        }

        Networks toNetworks() {
            List<NetworkDefinition> all = new ArrayList<>();
            all.add(NetworkDefinition.EMBEDDED_DEVNET);
            (networks == null ? List.<NetworkDefinition>of() : networks).stream()
                    .filter(n -> !n.builtIn()).forEach(all::add);
            boolean activeKnown = active != null && all.stream().anyMatch(n -> n.id().equals(active));
            return new Networks(all, activeKnown ? active : NetworkDefinition.DEVNET_ID);
        }
    }
}
