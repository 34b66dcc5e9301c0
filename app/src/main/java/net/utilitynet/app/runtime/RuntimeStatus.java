package net.utilitynet.app.runtime;

import java.util.List;
import java.util.Objects;
import net.utilitynet.app.services.ConnectionState;
import net.utilitynet.lightclient.rpc.EndpointHealth;
import net.utilitynet.lightclient.sync.SyncMode;

/**
 * Everything the Network page shows about the running network, as one immutable snapshot.
 *
 * @param connection  phase, head, sync target and rate, head age (what the status bar shows)
 * @param mode        how headers are verified (null before a light client runs)
 * @param anchor      the trusted checkpoint as NUMBER:HASH, empty before it is known
 * @param devnetUrl   the embedded devnet's RPC URL, empty for remote networks
 * @param head        the verified head, null before the first one
 * @param epoch       the verified checkpoint of the head's epoch, null before it is known (never in linkage-only mode)
 * @param endpoints   health of each endpoint
 */
public record RuntimeStatus(ConnectionState connection, SyncMode mode, String anchor, String devnetUrl, Head head,
                            Epoch epoch, List<EndpointHealth> endpoints) {

    public static final RuntimeStatus IDLE = new RuntimeStatus(ConnectionState.NOT_CONNECTED, null, "", "", null, null, List.of());

    public RuntimeStatus {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(devnetUrl, "devnetUrl");
        endpoints = List.copyOf(endpoints);
    }

    /** The verified head: number, 0x hash, timestamp (seconds) and trust level name. */
    public record Head(long number, String hash, long timestamp, String trust) {
    }

    /**
     * An epoch's verified checkpoint.
     *
     * @param length     blocks per epoch
     * @param minerCount size of the verified miner set, -1 while it is being fetched or when it could not be verified
     */
    public record Epoch(long number, long length, List<String> validators, long totalPower, int minerCount) {
        public Epoch {
            validators = List.copyOf(validators);
        }
    }

    RuntimeStatus with(ConnectionState next) {
        return new RuntimeStatus(next, mode, anchor, devnetUrl, head, epoch, endpoints);
    }

    RuntimeStatus withHead(Head next) {
        return new RuntimeStatus(connection, mode, anchor, devnetUrl, next, epoch, endpoints);
    }

    RuntimeStatus withEpoch(Epoch next) {
        return new RuntimeStatus(connection, mode, anchor, devnetUrl, head, next, endpoints);
    }

    RuntimeStatus withEndpoints(List<EndpointHealth> next) {
        return new RuntimeStatus(connection, mode, anchor, devnetUrl, head, epoch, next);
    }
}
