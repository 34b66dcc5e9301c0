package net.utilitynet.app.networks;

import java.util.List;

/** A network as the user typed it (every field raw text, the sync mode chosen), before {@link NetworkValidator} checks it. */
public record NetworkDraft(String name, String chainId, List<String> rpcUrls, String checkpointNumber,
                           String checkpointHash, NetworkSyncMode syncMode) {

    public NetworkDraft {
        name = name == null ? "" : name;
        chainId = chainId == null ? "" : chainId;
        rpcUrls = rpcUrls == null ? List.of() : List.copyOf(rpcUrls);
        checkpointNumber = checkpointNumber == null ? "" : checkpointNumber;
        checkpointHash = checkpointHash == null ? "" : checkpointHash;
        syncMode = syncMode == null ? NetworkSyncMode.FULL : syncMode;
    }

    /** A draft of a network synced in full. */
    public NetworkDraft(String name, String chainId, List<String> rpcUrls, String checkpointNumber, String checkpointHash) {
        this(name, chainId, rpcUrls, checkpointNumber, checkpointHash, NetworkSyncMode.FULL);
    }

    /** The draft of an existing network, for editing. */
    public static NetworkDraft of(NetworkDefinition network) {
        return new NetworkDraft(network.name(), Long.toString(network.chainId()), network.rpcUrls(),
                Long.toString(network.checkpointNumber()), network.checkpointHash(), network.syncMode());
    }
}
