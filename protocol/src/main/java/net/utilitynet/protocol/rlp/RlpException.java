package net.utilitynet.protocol.rlp;

import net.utilitynet.protocol.ProtocolException;

/** Malformed or non-canonical RLP, or an RLP item of the wrong shape for the field being read. */
public class RlpException extends ProtocolException {
    public RlpException(String message) {
        super(message);
    }
}
