package net.utilitynet.devnet.rpc;

import com.fasterxml.jackson.databind.JsonNode;

/** One JSON-RPC method: reads its typed parameters and returns the JSON result or throws {@link RpcException}. */
@FunctionalInterface
public interface RpcMethod {
    JsonNode call(RpcParams params);
}
