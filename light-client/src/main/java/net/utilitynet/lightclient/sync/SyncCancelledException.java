package net.utilitynet.lightclient.sync;

/** The sync was cancelled by the user; everything verified until then is stored. */
public final class SyncCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SyncCancelledException(long verifiedHead) {
        super("sync cancelled at verified block " + verifiedHead);
    }
}
