package net.utilitynet.protocol.poci;

import net.utilitynet.protocol.ProtocolException;

/** POCI extraData (or a claim or checkpoint inside it) that is malformed; the message names the field. */
public class ExtraDataException extends ProtocolException {
    public ExtraDataException(String message) {
        super(message);
    }

    public ExtraDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
