package net.utilitynet.protocol.modules;

import net.utilitynet.protocol.ProtocolException;

/** Calldata, return data or a log that does not match the module ABI. */
public class AbiException extends ProtocolException {
    public AbiException(String message) {
        super(message);
    }

    public AbiException(String message, Throwable cause) {
        super(message, cause);
    }
}
