package net.utilitynet.lightclient.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;

/**
 * The untrusted side of the light client: raw JSON-RPC answers from one endpoint. Nothing returned here is
 * verified; verifiers in {@code lightclient.verify} and {@code lightclient.state} decide what to believe.
 */
public interface RpcClient {
    /** Name of the endpoint, used to attribute failures and lies. */
    String name();

    /** One call; the JSON {@code result} (may be a JSON null). */
    JsonNode call(String method, Object... params);

    /** One HTTP round trip; results in request order. Any failed element fails the whole batch. */
    List<JsonNode> batch(List<RpcRequest> requests);

    /**
     * Duration of this thread's last completed exchange with the endpoint (network and node time only), or null
     * when unknown. The pool rates endpoints by it, so that local verification time never makes a node look slow.
     */
    default Duration lastRoundTrip() {
        return null;
    }
}
