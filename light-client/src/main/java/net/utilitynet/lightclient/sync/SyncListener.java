package net.utilitynet.lightclient.sync;

import net.utilitynet.lightclient.store.StoredHeader;

/** Receives sync events on the sync thread; implementations hand them to the UI thread themselves. */
public interface SyncListener {
    default void onProgress(SyncProgress progress) {
    }

    /** A new verified head (after a batch or a reorg). */
    default void onVerifiedHead(StoredHeader head) {
    }

    default void onReorg(Reorg reorg) {
    }
}
