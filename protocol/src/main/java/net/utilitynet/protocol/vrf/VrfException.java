package net.utilitynet.protocol.vrf;

import net.utilitynet.protocol.ProtocolException;

/** An ECVRF key, proof or point that is malformed or does not verify; the message says which and why. */
public class VrfException extends ProtocolException {
    public VrfException(String message) {
        super(message);
    }
}
