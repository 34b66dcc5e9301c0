package net.utilitynet.protocol.json;

import net.utilitynet.protocol.ProtocolException;

/** A JSON-RPC answer whose shape is wrong: a missing field, a malformed hex string, a wrong size. */
public class RpcFormatException extends ProtocolException {
    public RpcFormatException(String message) {
        super(message);
    }
}
