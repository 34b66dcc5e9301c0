package net.utilitynet.devnet.rpc;

/** A JSON-RPC 2.0 error: its code and a message that names the problem (and, where one exists, the fix). */
public class RpcException extends RuntimeException {
    public static final int PARSE_ERROR = -32700;
    public static final int INVALID_REQUEST = -32600;
    public static final int METHOD_NOT_FOUND = -32601;
    public static final int INVALID_PARAMS = -32602;
    public static final int INTERNAL_ERROR = -32603;
    /** Server error range: transaction rejected, execution failed, resource not available. */
    public static final int SERVER_ERROR = -32000;

    private final int code;

    public RpcException(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static RpcException invalidParams(String message) {
        return new RpcException(INVALID_PARAMS, message);
    }

    public static RpcException rejected(String message) {
        return new RpcException(SERVER_ERROR, message);
    }
}
