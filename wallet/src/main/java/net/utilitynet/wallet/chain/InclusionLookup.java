package net.utilitynet.wallet.chain;

import java.util.Optional;

/**
 * What one receipt lookup established. The outbox tracker may give a transaction up only on {@link Answer#NOT_FOUND}
 * answers: an {@link Answer#UNKNOWN} lookup (its block is not verified yet, or the lookup failed) says nothing about
 * whether the transaction was included.
 */
public record InclusionLookup(Answer answer, Optional<Inclusion> inclusion) {

    public enum Answer {
        /** Included, proven against a verified header. */
        PROVEN,
        /** The node has no receipt for it: pending, dropped, or never sent. */
        NOT_FOUND,
        /** No usable answer now: the receipt's block is not verified yet, or the lookup failed. */
        UNKNOWN
    }

    public static final InclusionLookup NOT_FOUND = new InclusionLookup(Answer.NOT_FOUND, Optional.empty());
    public static final InclusionLookup UNKNOWN = new InclusionLookup(Answer.UNKNOWN, Optional.empty());

    public InclusionLookup {
        if ((answer == Answer.PROVEN) != inclusion.isPresent()) {
            throw new IllegalArgumentException("an inclusion comes with PROVEN and only with it");
        }
    }

    public static InclusionLookup proven(Inclusion inclusion) {
        return new InclusionLookup(Answer.PROVEN, Optional.of(inclusion));
    }
}
