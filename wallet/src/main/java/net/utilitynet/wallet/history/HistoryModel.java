package net.utilitynet.wallet.history;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.chain.Inclusion;

/**
 * Builds the history list from the node's index, asking a verifier (the light client's
 * {@code ChainAccess::verifiedInclusion}) about every entry; newest first.
 */
public final class HistoryModel {
    private HistoryModel() {
    }

    public static List<HistoryRow> build(Address owner, List<HistoryEntry> entries, Function<String, Optional<Inclusion>> verifier,
            long verifiedHead) {
        return entries.stream()
                .filter(e -> e.from().equals(owner) || e.to().map(owner::equals).orElse(false))
                .map(e -> row(owner, e, verifier.apply(e.hash()), verifiedHead))
                .sorted(Comparator.comparingLong((HistoryRow r) -> r.entry().blockNumber()).reversed())
                .toList();
    }

    private static HistoryRow row(Address owner, HistoryEntry e, Optional<Inclusion> proof, long head) {
        boolean out = e.from().equals(owner);
        boolean in = e.to().map(owner::equals).orElse(false);
        HistoryRow.Direction d = out && in ? HistoryRow.Direction.SELF : out ? HistoryRow.Direction.SENT : HistoryRow.Direction.RECEIVED;
        if (proof.isEmpty()) {
            return new HistoryRow(e, d, HistoryRow.Status.UNVERIFIED, 0);
        }
        Inclusion i = proof.get();
        if (i.blockNumber() != e.blockNumber() || !i.blockHash().equalsIgnoreCase(e.blockHash()) || i.succeeded() != e.succeeded()) {
            return new HistoryRow(e, d, HistoryRow.Status.MISMATCH, 0);
        }
        return new HistoryRow(e, d, i.succeeded() ? HistoryRow.Status.CONFIRMED : HistoryRow.Status.FAILED,
                Math.max(0, head - i.blockNumber() + 1));
    }
}
