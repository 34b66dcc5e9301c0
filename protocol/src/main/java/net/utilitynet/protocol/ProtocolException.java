package net.utilitynet.protocol;

/** Base of every typed error the protocol library throws for bad input; the message names the problem and the fix. */
public class ProtocolException extends RuntimeException {
    public ProtocolException(String message) {
        super(message);
    }

    public ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
