package net.utilitynet.protocol.chain;

import net.utilitynet.protocol.ProtocolException;

/** Chain parameters / genesis JSON that cannot be used; the message names the field (JSON path) and the fix. */
public class ChainParamsException extends ProtocolException {
    public ChainParamsException(String message) {
        super(message);
    }

    public ChainParamsException(String message, Throwable cause) {
        super(message, cause);
    }
}
