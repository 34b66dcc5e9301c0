package net.utilitynet.lightclient.localrpc;

/** A JSON-RPC error answered by the verified local RPC. */
final class LocalRpcException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Server error code used when a value cannot be verified (instead of answering unverified data). */
    static final int UNVERIFIABLE = -32000;

    final int code;

    LocalRpcException(int code, String message) {
        super(message);
        this.code = code;
    }

    static LocalRpcException unverifiable(String message) {
        return new LocalRpcException(UNVERIFIABLE, "not verifiable: " + message);
    }
}
