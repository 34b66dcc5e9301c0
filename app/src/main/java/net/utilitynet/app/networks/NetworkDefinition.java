package net.utilitynet.app.networks;

import java.util.List;
import java.util.Objects;

/**
 * A network the app can connect to: a chain id, the JSON-RPC endpoints to ask, and the checkpoint
 * the light client trusts. The built-in devnet has no URLs: it runs embedded and is reached on a
 * loopback port chosen at start.
 *
 * @param id               stable identifier, also the folder name under {@code data/}
 * @param checkpointHash   0x-prefixed 32-byte block hash at {@code checkpointNumber}; empty for the devnet
 * @param syncMode         full or skip sync (remote networks; the embedded devnet syncs in full); FULL when a stored
 *                         definition predates the setting
 */
public record NetworkDefinition(String id, String name, long chainId, List<String> rpcUrls,
                                long checkpointNumber, String checkpointHash, boolean embedded, NetworkSyncMode syncMode) {

    public static final String DEVNET_ID = "devnet";
    public static final long DEVNET_CHAIN_ID = 21844;

    /** The built-in embedded devnet: the default network, always present, never removable. */
    public static final NetworkDefinition EMBEDDED_DEVNET =
            new NetworkDefinition(DEVNET_ID, "Local devnet (embedded)", DEVNET_CHAIN_ID, List.of(), 0, "", true, NetworkSyncMode.FULL);

    public NetworkDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        rpcUrls = List.copyOf(rpcUrls);
        Objects.requireNonNull(checkpointHash, "checkpointHash");
        syncMode = syncMode == null || embedded ? NetworkSyncMode.FULL : syncMode;
    }

    /** A network synced in full. */
    public NetworkDefinition(String id, String name, long chainId, List<String> rpcUrls, long checkpointNumber, String checkpointHash,
                             boolean embedded) {
        this(id, name, chainId, rpcUrls, checkpointNumber, checkpointHash, embedded, NetworkSyncMode.FULL);
    }

    public boolean builtIn() {
        return DEVNET_ID.equals(id);
    }
}
