package net.utilitynet.lightclient;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import net.utilitynet.lightclient.rpc.EndpointPool;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.lightclient.sync.SyncConfig;

/**
 * Everything {@link LightClient#open} needs: the endpoints (one or more JSON-RPC URLs), the header store file,
 * the sync settings (mode, trust anchor, chain rules) and the RPC limits.
 */
public record LightClientConfig(List<URI> endpoints, Path storeFile, SyncConfig sync, Duration rpcTimeout,
                                long maxResponseBytes, EndpointPool.Policy poolPolicy, Clock clock) {
    public LightClientConfig {
        endpoints = List.copyOf(endpoints);
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("endpoints: none given; pass at least one --rpc URL");
        }
    }

    public static LightClientConfig of(List<URI> endpoints, Path storeFile, SyncConfig sync) {
        return new LightClientConfig(endpoints, storeFile, sync, HttpRpcClient.DEFAULT_TIMEOUT,
                HttpRpcClient.DEFAULT_MAX_RESPONSE_BYTES, EndpointPool.Policy.DEFAULT, Clock.systemUTC());
    }
}
