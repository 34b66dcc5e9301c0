package net.utilitynet.protocol.modules;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A chip offer of the lease market ({@link LeaseMarketLayout.OfferField} order); the provider's key is kept as its keccak. */
public record OfferRecord(byte[] chipId, byte[] provider, BigInteger pricePerHour, long minHours, long maxHours,
                          byte[] encKeyHash, boolean active) {

    public OfferRecord {
        chipId = sized(chipId, 32, "chipId");
        provider = sized(provider, 20, "provider");
        encKeyHash = sized(encKeyHash, 32, "encKeyHash");
        if (pricePerHour.signum() < 0 || minHours < 0 || maxHours < minHours) {
            throw new AbiException("offer: price must not be negative and 0 <= minHours <= maxHours");
        }
    }

    public List<byte[]> toWords() {
        return List.of(chipId.clone(), StorageSlots.addressWord(provider), StorageSlots.word(pricePerHour),
                StorageSlots.word(minHours), StorageSlots.word(maxHours), encKeyHash.clone(), StorageSlots.word(active));
    }

    /** Empty when every word is zero (no such offer). */
    public static Optional<OfferRecord> fromWords(List<byte[]> words) {
        StorageWords s = new StorageWords(words, LeaseMarketLayout.OfferField.values().length, "offer");
        if (s.allZero()) {
            return Optional.empty();
        }
        return Optional.of(new OfferRecord(s.bytes32(0), s.address(1, "provider"), s.uint256(2), s.uint64(3, "minHours"),
                s.uint64(4, "maxHours"), s.bytes32(5), s.bool(6, "active")));
    }

    @Override public byte[] chipId() { return chipId.clone(); }
    @Override public byte[] provider() { return provider.clone(); }
    @Override public byte[] encKeyHash() { return encKeyHash.clone(); }

    static byte[] sized(byte[] v, int size, String field) {
        if (v == null || v.length != size) {
            throw new AbiException(field + ": expected " + size + " bytes");
        }
        return v.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OfferRecord r && Arrays.equals(chipId, r.chipId) && Arrays.equals(provider, r.provider)
                && pricePerHour.equals(r.pricePerHour) && minHours == r.minHours && maxHours == r.maxHours
                && Arrays.equals(encKeyHash, r.encKeyHash) && active == r.active;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(chipId);
    }
}
