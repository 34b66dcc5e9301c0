package net.utilitynet.devnet.state;

import java.math.BigInteger;

/** Read access to committed account state at one state root. */
public interface StateReader {
    long nonce(Address address);

    BigInteger balance(Address address);

    /** The 32-byte storage word at {@code slot} (all zeros when unset). */
    byte[] storage(Address address, byte[] slot);
}
