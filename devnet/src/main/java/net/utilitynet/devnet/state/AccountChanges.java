package net.utilitynet.devnet.state;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/** The uncommitted changes to one account: new nonce and balance (null = unchanged) and written storage words. */
public final class AccountChanges {
    Long nonce;
    BigInteger balance;
    /** Keyed by the slot's hex so that equal slots collide; values are the 32-byte slot and word. */
    final Map<String, byte[][]> storage = new LinkedHashMap<>();

    public Long nonce() {
        return nonce;
    }

    public BigInteger balance() {
        return balance;
    }

    /** Written storage words: each entry is {slot, value}, both 32 bytes. */
    public Iterable<byte[][]> storageWrites() {
        return storage.values();
    }

    void mergeFrom(AccountChanges child) {
        if (child.nonce != null) {
            nonce = child.nonce;
        }
        if (child.balance != null) {
            balance = child.balance;
        }
        storage.putAll(child.storage);
    }
}
