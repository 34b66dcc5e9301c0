package net.utilitynet.protocol.modules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.web3j.utils.Numeric;

/**
 * A registered chip as stored by the POCI registry ({@link PociRegistryLayout.ChipField} order). The 33-byte
 * compressed VRF key is stored as its prefix byte (2 or 3) and its 32-byte x coordinate.
 */
public record ChipRecord(byte[] owner, byte[] payout, byte[] vrfPubKey, long rating, long registeredEpoch,
                         long lastHeartbeatEpoch, long heartbeatCount, boolean active) {

    public ChipRecord {
        owner = check(owner, 20, "owner");
        payout = check(payout, 20, "payout");
        vrfPubKey = check(vrfPubKey, 33, "vrfPubKey");
        if (vrfPubKey[0] != 2 && vrfPubKey[0] != 3) {
            throw new AbiException("chip.vrfPubKey: must be compressed P-256 (prefix 2 or 3)");
        }
        if (rating < 0 || registeredEpoch < 0 || lastHeartbeatEpoch < 0 || heartbeatCount < 0) {
            throw new AbiException("chip: rating, epochs and counts must not be negative");
        }
    }

    /** The storage words in slot order (see {@link PociRegistryLayout#chipSlots}). */
    public List<byte[]> toWords() {
        List<byte[]> w = new ArrayList<>();
        w.add(StorageSlots.addressWord(owner));
        w.add(StorageSlots.addressWord(payout));
        w.add(StorageSlots.word(vrfPubKey[0]));
        w.add(Arrays.copyOfRange(vrfPubKey, 1, 33));
        w.add(StorageSlots.word(rating));
        w.add(StorageSlots.word(registeredEpoch));
        w.add(StorageSlots.word(lastHeartbeatEpoch));
        w.add(StorageSlots.word(heartbeatCount));
        w.add(StorageSlots.word(active));
        return w;
    }

    /** Reads the record from its storage words; empty when every word is zero (no such chip). */
    public static Optional<ChipRecord> fromWords(List<byte[]> words) {
        StorageWords s = new StorageWords(words, PociRegistryLayout.ChipField.values().length, "chip");
        if (s.allZero()) {
            return Optional.empty();
        }
        long prefix = s.uint64(2, "vrfKeyPrefix");
        byte[] key = new byte[33];
        key[0] = (byte) prefix;
        System.arraycopy(s.bytes32(3), 0, key, 1, 32);
        if (prefix != 2 && prefix != 3) {
            throw new AbiException("chip.vrfKeyPrefix: must be 2 or 3 but is " + prefix);
        }
        return Optional.of(new ChipRecord(s.address(0, "owner"), s.address(1, "payout"), key, s.uint64(4, "rating"),
                s.uint64(5, "registeredEpoch"), s.uint64(6, "lastHeartbeatEpoch"), s.uint64(7, "heartbeatCount"),
                s.bool(8, "active")));
    }

    @Override public byte[] owner() { return owner.clone(); }
    @Override public byte[] payout() { return payout.clone(); }
    @Override public byte[] vrfPubKey() { return vrfPubKey.clone(); }

    private static byte[] check(byte[] v, int size, String field) {
        if (v == null || v.length != size) {
            throw new AbiException("chip." + field + ": expected " + size + " bytes");
        }
        return v.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChipRecord c && Arrays.equals(owner, c.owner) && Arrays.equals(payout, c.payout)
                && Arrays.equals(vrfPubKey, c.vrfPubKey) && rating == c.rating && registeredEpoch == c.registeredEpoch
                && lastHeartbeatEpoch == c.lastHeartbeatEpoch && heartbeatCount == c.heartbeatCount && active == c.active;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(vrfPubKey);
    }

    @Override
    public String toString() {
        return "ChipRecord[owner=" + Numeric.toHexString(owner) + ", rating=" + rating + ", active=" + active + "]";
    }
}
