package net.utilitynet.protocol.trie;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An account and storage slots proven against a state root (the result of {@link EthGetProof#verify}).
 * Everything here was checked; nothing is taken from the node's word.
 */
public record ProvenAccount(byte[] address, AccountState account, List<Slot> storage) {

    /** One proven storage slot: its 32-byte key and value (zero when absent). */
    public record Slot(byte[] key, BigInteger value) {
        public Slot {
            key = key.clone();
        }

        @Override
        public byte[] key() {
            return key.clone();
        }
    }

    public ProvenAccount {
        address = address.clone();
        storage = List.copyOf(storage);
    }

    @Override
    public byte[] address() {
        return address.clone();
    }

    /** The proven value of {@code slot32}, or empty when that slot was not part of the proof. */
    public Optional<BigInteger> storageAt(byte[] slot32) {
        return storage.stream().filter(s -> Arrays.equals(s.key, slot32)).map(Slot::value).findFirst();
    }
}
