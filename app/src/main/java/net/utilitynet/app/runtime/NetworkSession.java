package net.utilitynet.app.runtime;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.utilitynet.app.networks.NetworkDefinition;
import net.utilitynet.devnet.Devnet;
import net.utilitynet.devnet.DevnetConfig;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.LightClientConfig;
import net.utilitynet.lightclient.sync.SyncMode;
import net.utilitynet.lightclient.sync.TrustAnchor;
import net.utilitynet.wallet.chain.ChainAccess;
import net.utilitynet.wallet.chain.LightClientChainAccess;

/**
 * One started network: the embedded devnet when the network is the built-in one (its own process, reached over
 * loopback HTTP like any node), the light client on the network's endpoints with its header store in the network's
 * data folder, and the wallet's {@link ChainAccess} on top. Closing stops them in reverse order.
 */
public final class NetworkSession implements AutoCloseable {

    /** {@code data/<network>/devnet/}: the embedded devnet's chain database. */
    public static final String DEVNET_FOLDER = "devnet";
    /** {@code data/<network>/headers.db}: the light client's verified headers. */
    public static final String HEADERS_FILE = "headers.db";
    /**
     * {@code data/<network>/headers-skip.db}: headers verified by skip sync. Kept apart because a skip-synced store has
     * gaps below its window, which a fully verifying client must not inherit.
     */
    public static final String SKIP_HEADERS_FILE = "headers-skip.db";

    private final NetworkDefinition network;
    private final Devnet devnet;
    private final LightClient lightClient;
    private final ChainAccess chainAccess;
    private final TrustAnchor anchor;

    private NetworkSession(NetworkDefinition network, Devnet devnet, LightClient lightClient, TrustAnchor anchor) {
        this.network = network;
        this.devnet = devnet;
        this.lightClient = lightClient;
        this.anchor = anchor;
        this.chainAccess = new LightClientChainAccess(lightClient);
    }

    /**
     * Starts the network's parts (blocking: devnet start, one RPC call for the genesis when no checkpoint is
     * configured); nothing is synced yet.
     *
     * @param folder            the network's data folder ({@code data/<network-id>})
     * @param devnetBlockTimeMs the embedded devnet's block interval (0: blocks on demand)
     */
    public static NetworkSession open(NetworkDefinition network, Path folder, long devnetBlockTimeMs) throws IOException {
        return open(network, folder, devnetBlockTimeMs, false);
    }

    /** As {@link #open(NetworkDefinition, Path, long)}; {@code linkageOnly} checks hashes and parent links only. */
    public static NetworkSession open(NetworkDefinition network, Path folder, long devnetBlockTimeMs, boolean linkageOnly)
            throws IOException {
        return open(network, folder, devnetBlockTimeMs, linkageOnly ? SyncMode.LINKAGE_ONLY : SyncMode.FULL);
    }

    /**
     * As {@link #open(NetworkDefinition, Path, long)} with the {@code requested} verification ({@link ChainSetup#mode});
     * skip sync keeps its headers in {@link #SKIP_HEADERS_FILE}.
     */
    public static NetworkSession open(NetworkDefinition network, Path folder, long devnetBlockTimeMs, SyncMode requested)
            throws IOException {
        SyncMode mode = ChainSetup.mode(network.chainId(), requested);
        Files.createDirectories(folder);
        Devnet devnet = null;
        try {
            List<URI> endpoints;
            if (network.embedded()) {
                devnet = Devnet.start(DevnetConfig.defaults(folder.resolve(DEVNET_FOLDER))
                        .withBlockTimeMs(devnetBlockTimeMs).withWsPort(-1));
                endpoints = List.of(devnet.rpcUrl());
            } else {
                endpoints = network.rpcUrls().stream().map(URI::create).toList();
            }
            TrustAnchor anchor = ChainSetup.anchor(network, endpoints.get(0));
            LightClient client = LightClient.open(LightClientConfig.of(endpoints,
                    folder.resolve(mode == SyncMode.SKIP ? SKIP_HEADERS_FILE : HEADERS_FILE), ChainSetup.syncConfig(network.chainId(), mode, anchor)));
            return new NetworkSession(network, devnet, client, anchor);
        } catch (IOException | RuntimeException e) {
            if (devnet != null) {
                devnet.close();
            }
            throw e;
        }
    }

    public NetworkDefinition network() {
        return network;
    }

    /** The embedded devnet, when this network is the built-in one. */
    public Optional<Devnet> devnet() {
        return Optional.ofNullable(devnet);
    }

    public LightClient lightClient() {
        return lightClient;
    }

    /** Verified balances, nonces and inclusions for the wallet. */
    public ChainAccess chainAccess() {
        return chainAccess;
    }

    public TrustAnchor anchor() {
        return anchor;
    }

    /** Stops syncing and closes the header store, then the devnet (its database is consistent at every instant). */
    @Override
    public void close() {
        try {
            lightClient.close();
        } finally {
            if (devnet != null) {
                devnet.close();
            }
        }
    }
}
