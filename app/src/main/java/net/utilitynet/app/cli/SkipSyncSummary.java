package net.utilitynet.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.lightclient.sync.SyncConfig;
import net.utilitynet.lightclient.verify.TrustLevel;

/**
 * What a skip sync verified and how, read back from the header store: the checkpoint headers it believed on their
 * committed seals, the window it verified under every rule, and the headers it never fetched.
 *
 * @param sealedCheckpoints numbers of the stored checkpoint headers with trust CHECKPOINT, ascending
 */
record SkipSyncSummary(List<Long> sealedCheckpoints, long head, long epochLength) {

    static SkipSyncSummary of(LightClient client, StoredHeader head, long epochLength) {
        List<Long> sealed = new ArrayList<>();
        for (long n = epochLength; n <= head.number(); n += epochLength) {
            client.storedVerifiedHeader(n).filter(h -> h.trust() == TrustLevel.CHECKPOINT).ifPresent(h -> sealed.add(h.number()));
        }
        return new SkipSyncSummary(List.copyOf(sealed), head.number(), epochLength);
    }

    void print(PrintWriter out) {
        if (sealedCheckpoints.isEmpty()) {
            out.printf(Locale.ROOT, "Skip sync: the chain is within the fully verified window (the last %d epochs of %d blocks),"
                    + " so every header was verified under every POCI rule.%n", SyncConfig.DEFAULT_WINDOW_EPOCHS, epochLength);
            return;
        }
        long last = sealedCheckpoints.get(sealedCheckpoints.size() - 1);
        out.printf(Locale.ROOT, "Skip sync: %d checkpoint header%s believed on the committed seals of more than 2/3 of the previous"
                + " checkpoint's validators (trust CHECKPOINT): block%s %s%n", sealedCheckpoints.size(), sealedCheckpoints.size() == 1 ? "" : "s",
                sealedCheckpoints.size() == 1 ? "" : "s", blocks());
        out.printf(Locale.ROOT, "Fully verified under every POCI rule (trust FULL): blocks %,d…%,d%n", last + 1, head);
        out.printf(Locale.ROOT, "Not fetched: the other %,d headers below block %,d; each is proven on demand by a historyRoot branch"
                + " (trust HISTORY_PROOF).%n", last - sealedCheckpoints.size(), last);
    }

    /** "30, 60, 90", or "30, 60, …, 2,970" when there are many. */
    private String blocks() {
        List<String> all = sealedCheckpoints.stream().map(n -> String.format(Locale.ROOT, "%,d", n)).toList();
        if (all.size() <= 5) {
            return String.join(", ", all);
        }
        return all.subList(0, 2).stream().collect(Collectors.joining(", ")) + ", …, " + all.get(all.size() - 1);
    }
}
