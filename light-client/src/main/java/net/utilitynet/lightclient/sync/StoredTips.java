package net.utilitynet.lightclient.sync;

import java.util.ArrayList;
import java.util.List;
import net.utilitynet.lightclient.store.HeaderStore;
import net.utilitynet.lightclient.store.StoreException;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.lightclient.verify.ChainTip;
import net.utilitynet.lightclient.verify.HeaderVerifier;
import net.utilitynet.lightclient.verify.LinkedTip;
import net.utilitynet.lightclient.verify.TrustLevel;
import net.utilitynet.lightclient.verify.VerifiedTip;
import net.utilitynet.protocol.header.BlockHeader;

/** Rebuilds a {@link ChainTip} at any stored height, so that sync resumes after a restart and after a reorg. */
final class StoredTips {
    private final HeaderStore store;
    private final SyncMode mode;
    private final HeaderVerifier verifier;

    StoredTips(HeaderStore store, SyncMode mode, HeaderVerifier verifier) {
        this.store = store;
        this.mode = mode;
        this.verifier = verifier;
    }

    /** The tip whose head is the stored header at {@code number}. */
    ChainTip tipAt(long number) {
        StoredHeader head = store.byNumber(number).orElseThrow(() -> new StoreException(
                "header store: block " + number + " is missing; delete the store to re-sync"));
        if (mode == SyncMode.LINKAGE_ONLY) {
            return new LinkedTip(decode(head));
        }
        long epochLength = verifier.rules().epochLength();
        long checkpointHeight = number - number % epochLength;
        List<StoredHeader> stored = store.range(checkpointHeight, number);
        if (stored.size() != number - checkpointHeight + 1) {
            throw new StoreException("header store: headers " + checkpointHeight + "…" + number
                    + " are not all stored; delete the store to re-sync");
        }
        List<BlockHeader> since = new ArrayList<>();
        for (StoredHeader s : stored.subList(1, stored.size())) {
            since.add(decode(s));
        }
        return VerifiedTip.resume(verifier, decode(stored.get(0)), since);
    }

    static BlockHeader decode(StoredHeader s) {
        return BlockHeader.decode(s.rlp());
    }

    static StoredHeader toStored(BlockHeader h, TrustLevel trust) {
        return new StoredHeader(h.number(), h.hash(), h.parentHash(), h.encoded(), trust);
    }

    static List<StoredHeader> toStored(List<BlockHeader> headers, TrustLevel trust) {
        return headers.stream().map(h -> toStored(h, trust)).toList();
    }
}
