package net.utilitynet.protocol.header;

import net.utilitynet.protocol.ProtocolException;

/** A header that is malformed (wrong field count, size or order of optional fields) or whose hash does not match. */
public class HeaderException extends ProtocolException {
    public HeaderException(String message) {
        super(message);
    }

    public HeaderException(String message, Throwable cause) {
        super(message, cause);
    }
}
