package net.utilitynet.app.networks;

import java.util.List;
import java.util.Optional;

/** All known networks (built-in devnet first) and the id of the active one. */
public record Networks(List<NetworkDefinition> all, String activeId) {

    public Networks {
        all = List.copyOf(all);
        if (all.stream().noneMatch(n -> n.id().equals(activeId))) {
            throw new IllegalArgumentException("active network " + activeId + " is not in the list");
        }
    }

    public NetworkDefinition active() {
        return find(activeId).orElseThrow();
    }

    public Optional<NetworkDefinition> find(String id) {
        return all.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public List<NetworkDefinition> userDefined() {
        return all.stream().filter(n -> !n.builtIn()).toList();
    }
}
