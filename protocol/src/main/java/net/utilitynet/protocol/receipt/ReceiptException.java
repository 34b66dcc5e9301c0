package net.utilitynet.protocol.receipt;

import net.utilitynet.protocol.ProtocolException;

/** A receipt or log with invalid fields, or one whose reported bloom does not match its logs. */
public class ReceiptException extends ProtocolException {
    public ReceiptException(String message) {
        super(message);
    }
}
