package net.utilitynet.wallet.outbox;

import java.time.Instant;
import java.util.Optional;

import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.tx.TxParams;

/**
 * One row of the outbox: the exact signed bytes plus the parameters they encode (kept so that a
 * speed-up or cancel can be built without decoding). {@code replaces} is the hash a speed-up or
 * cancel supersedes.
 */
public record OutboxEntry(String hash, Address from, TxParams params, byte[] raw, Kind kind, Optional<String> replaces,
        OutboxState state, int broadcasts, Optional<String> lastError, long blockNumber, String blockHash, long confirmations,
        Instant createdAt) {

    public enum Kind { SEND, SPEED_UP, CANCEL }

    public OutboxEntry {
        raw = raw.clone();
    }

    @Override
    public byte[] raw() {
        return raw.clone();
    }

    @Override
    public String toString() {
        return "OutboxEntry[" + hash + ", " + kind + ", " + state + ", nonce " + params.nonce() + "]";
    }
}
