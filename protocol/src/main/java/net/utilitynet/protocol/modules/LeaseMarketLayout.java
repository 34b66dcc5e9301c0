package net.utilitynet.protocol.modules;

import java.math.BigInteger;
import java.util.List;

/** Storage layout of the lease market account (docs/protocol.md §Storage), shared by writer and proof readers. */
public final class LeaseMarketLayout {
    /** {@code mapping(address => uint256)} compute credit in wei. */
    public static final long CREDIT_SLOT = 0;
    /** {@code uint256 nextOfferId}; offer ids start at 1 (0 means none). */
    public static final long NEXT_OFFER_ID_SLOT = 1;
    /** {@code mapping(uint256 offerId => Offer)}. */
    public static final long OFFERS_SLOT = 2;
    /** {@code uint256 nextLeaseId}; lease ids start at 1. */
    public static final long NEXT_LEASE_ID_SLOT = 3;
    /** {@code mapping(uint256 leaseId => Lease)}. */
    public static final long LEASES_SLOT = 4;
    /** {@code mapping(address provider => uint256)} settled, unclaimed income in wei. */
    public static final long INCOME_SLOT = 5;
    /** {@code mapping(bytes32 chipId => uint256 leaseId)} the chip's active lease (0 when none): one active lease per chip. */
    public static final long ACTIVE_LEASE_BY_CHIP_SLOT = 6;
    /** {@code mapping(address provider => RatingTotals)}. */
    public static final long PROVIDER_RATINGS_SLOT = 7;

    public enum OfferField { CHIP_ID, PROVIDER, PRICE_PER_HOUR, MIN_HOURS, MAX_HOURS, ENC_KEY_HASH, ACTIVE }

    public enum LeaseField { OFFER_ID, RENTER, CHIP_ID, HOURS, START_BLOCK, START_TIME, ESCROW, STATE, END_REASON, RATING }

    public enum RatingField { SUM, COUNT }

    private LeaseMarketLayout() {
    }

    public static byte[] creditSlot(byte[] account) {
        return StorageSlots.mapping(StorageSlots.addressWord(account), CREDIT_SLOT);
    }

    public static byte[] incomeSlot(byte[] provider) {
        return StorageSlots.mapping(StorageSlots.addressWord(provider), INCOME_SLOT);
    }

    public static byte[] nextOfferIdSlot() {
        return StorageSlots.slot(NEXT_OFFER_ID_SLOT);
    }

    public static byte[] nextLeaseIdSlot() {
        return StorageSlots.slot(NEXT_LEASE_ID_SLOT);
    }

    public static byte[] offerSlot(BigInteger offerId, OfferField field) {
        return StorageSlots.field(StorageSlots.mapping(StorageSlots.word(offerId), OFFERS_SLOT), field.ordinal());
    }

    public static List<byte[]> offerSlots(BigInteger offerId) {
        return StorageSlots.fields(StorageSlots.mapping(StorageSlots.word(offerId), OFFERS_SLOT), OfferField.values().length);
    }

    public static byte[] leaseSlot(BigInteger leaseId, LeaseField field) {
        return StorageSlots.field(StorageSlots.mapping(StorageSlots.word(leaseId), LEASES_SLOT), field.ordinal());
    }

    public static List<byte[]> leaseSlots(BigInteger leaseId) {
        return StorageSlots.fields(StorageSlots.mapping(StorageSlots.word(leaseId), LEASES_SLOT), LeaseField.values().length);
    }

    public static byte[] activeLeaseSlot(byte[] chipId) {
        return StorageSlots.mapping(StorageSlots.bytes32(chipId), ACTIVE_LEASE_BY_CHIP_SLOT);
    }

    public static byte[] providerRatingSlot(byte[] provider, RatingField field) {
        return StorageSlots.field(StorageSlots.mapping(StorageSlots.addressWord(provider), PROVIDER_RATINGS_SLOT), field.ordinal());
    }
}
