package net.utilitynet.lightclient.rpc;

/**
 * A JSON-RPC call that produced no usable result. {@link Kind} tells the endpoint pool whether the
 * endpoint is at fault (down, slow, malformed) or whether the node answered with an error object.
 */
public class RpcException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a call failed. */
    public enum Kind {
        /** The node answered with a JSON-RPC error object; {@link #code()} carries its code. */
        ERROR_RESPONSE,
        /** Connection refused, reset, HTTP status other than 200. */
        TRANSPORT,
        /** No complete answer within the configured timeout. */
        TIMEOUT,
        /** The answer exceeded the response-size limit. */
        TOO_LARGE,
        /** The answer was not valid JSON-RPC 2.0 (bad JSON, missing id, result and error both absent). */
        MALFORMED
    }

    private final Kind kind;
    private final int code;
    private final String endpoint;

    public RpcException(Kind kind, int code, String endpoint, String message, Throwable cause) {
        super(endpoint + ": " + message, cause);
        this.kind = kind;
        this.code = code;
        this.endpoint = endpoint;
    }

    public static RpcException errorResponse(String endpoint, String method, int code, String message) {
        return new RpcException(Kind.ERROR_RESPONSE, code, endpoint, method + " failed with JSON-RPC error " + code + ": " + message, null);
    }

    public Kind kind() { return kind; }

    /** JSON-RPC error code for {@link Kind#ERROR_RESPONSE}, otherwise 0. */
    public int code() { return code; }

    /** Name of the endpoint that failed. */
    public String endpoint() { return endpoint; }

    /** True when the endpoint itself failed (as opposed to answering a well-formed error). */
    public boolean endpointFault() {
        return kind != Kind.ERROR_RESPONSE;
    }
}
