package net.utilitynet.protocol.crypto;

import net.utilitynet.protocol.ProtocolException;

/** A signature, key or hash that cannot be used: wrong size, out of range, high-s, or not recoverable. */
public class SignatureException extends ProtocolException {
    public SignatureException(String message) {
        super(message);
    }
}
