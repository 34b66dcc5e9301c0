package net.utilitynet.lightclient.store;

import java.nio.file.Path;
import java.util.List;

/** Child process for the kill -9 test: appends batches forever and reports each commit on stdout. */
public final class HeaderStoreWriter {
    static final int BATCH = 100;

    private HeaderStoreWriter() {
    }

    public static void main(String[] args) {
        try (HeaderStore store = HeaderStore.open(Path.of(args[0]))) {
            byte[] parent = new byte[32];
            for (long n = 1; ; n += BATCH) {
                List<StoredHeader> batch = HeaderStoreTest.chain(parent, n, BATCH, "w");
                store.append(batch);
                parent = batch.get(BATCH - 1).hash();
                System.out.println("committed " + (n + BATCH - 1));
                System.out.flush();
            }
        }
    }
}
