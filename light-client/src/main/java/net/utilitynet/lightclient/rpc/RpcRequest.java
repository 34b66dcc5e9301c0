package net.utilitynet.lightclient.rpc;

import java.util.List;

/** One JSON-RPC call: a method and its positional parameters (Jackson-serialisable values). */
public record RpcRequest(String method, List<Object> params) {
    public RpcRequest {
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("method: missing; name a JSON-RPC method such as eth_blockNumber");
        }
        params = List.copyOf(params);
    }

    public static RpcRequest of(String method, Object... params) {
        return new RpcRequest(method, List.of(params));
    }
}
