package net.utilitynet.protocol.modules;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A lease of the lease market ({@link LeaseMarketLayout.LeaseField} order). */
public record LeaseRecord(BigInteger offerId, byte[] renter, byte[] chipId, long hours, long startBlock, long startTime,
                          BigInteger escrow, State state, EndReason endReason, int rating) {

    /** Stored as its ordinal. */
    public enum State { NONE, ACTIVE, ENDED }

    /** Stored as its ordinal; also the {@code reason} of the LeaseEnded log. */
    public enum EndReason { NONE, RENTER_ENDED, PROVIDER_ENDED, EXPIRED, CHIP_OFFLINE }

    public LeaseRecord {
        renter = OfferRecord.sized(renter, 20, "renter");
        chipId = OfferRecord.sized(chipId, 32, "chipId");
        if (offerId.signum() < 0 || escrow.signum() < 0 || hours < 0 || startBlock < 0 || startTime < 0) {
            throw new AbiException("lease: ids, amounts, hours, block and time must not be negative");
        }
        if (rating < 0 || rating > 5) {
            throw new AbiException("lease.rating: 0 (not rated) or 1..5 but is " + rating);
        }
    }

    public List<byte[]> toWords() {
        return List.of(StorageSlots.word(offerId), StorageSlots.addressWord(renter), chipId.clone(), StorageSlots.word(hours),
                StorageSlots.word(startBlock), StorageSlots.word(startTime), StorageSlots.word(escrow),
                StorageSlots.word(state.ordinal()), StorageSlots.word(endReason.ordinal()), StorageSlots.word(rating));
    }

    /** Empty when every word is zero (no such lease). */
    public static Optional<LeaseRecord> fromWords(List<byte[]> words) {
        StorageWords s = new StorageWords(words, LeaseMarketLayout.LeaseField.values().length, "lease");
        if (s.allZero()) {
            return Optional.empty();
        }
        long state = s.uint64(7, "state");
        long reason = s.uint64(8, "endReason");
        if (state >= State.values().length || reason >= EndReason.values().length) {
            throw new AbiException("lease.state/endReason: unknown value " + state + "/" + reason);
        }
        return Optional.of(new LeaseRecord(s.uint256(0), s.address(1, "renter"), s.bytes32(2), s.uint64(3, "hours"),
                s.uint64(4, "startBlock"), s.uint64(5, "startTime"), s.uint256(6), State.values()[(int) state],
                EndReason.values()[(int) reason], (int) s.uint64(9, "rating")));
    }

    @Override public byte[] renter() { return renter.clone(); }
    @Override public byte[] chipId() { return chipId.clone(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof LeaseRecord r && offerId.equals(r.offerId) && Arrays.equals(renter, r.renter)
                && Arrays.equals(chipId, r.chipId) && hours == r.hours && startBlock == r.startBlock
                && startTime == r.startTime && escrow.equals(r.escrow) && state == r.state && endReason == r.endReason
                && rating == r.rating;
    }

    @Override
    public int hashCode() {
        return offerId.hashCode() * 31 + Arrays.hashCode(chipId);
    }
}
