package net.utilitynet.lightclient.store;

import net.utilitynet.lightclient.verify.TrustLevel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Hash;

class HeaderStoreTest {
    @TempDir
    Path dir;

    /** A chain of stand-in header records whose hashes link; the store only sees bytes. */
    static List<StoredHeader> chain(byte[] parent, long from, int count, String salt) {
        List<StoredHeader> out = new ArrayList<>();
        for (long n = from; n < from + count; n++) {
            byte[] rlp = (salt + n).getBytes(StandardCharsets.UTF_8);
            byte[] hash = Hash.sha3(concat(parent, rlp));
            out.add(new StoredHeader(n, hash, parent, rlp, TrustLevel.FULL));
            parent = hash;
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void append_thenReopen_headAndHeadersSurvive() {
        Path file = dir.resolve("headers.db");
        List<StoredHeader> headers = chain(new byte[32], 1, 50, "a");
        try (HeaderStore store = HeaderStore.open(file)) {
            store.append(headers);
            store.putMeta("anchor", new byte[] {1, 2});
        }
        try (HeaderStore store = HeaderStore.open(file)) {
            assertEquals(50, store.head().orElseThrow().number());
            assertEquals(headers.get(9), store.byNumber(10).orElseThrow());
            assertEquals(headers.get(9), store.byHash(headers.get(9).hash()).orElseThrow());
            assertArrayEquals(new byte[] {1, 2}, store.meta("anchor").orElseThrow());
            assertEquals(5, store.range(3, 7).size());
        }
    }

    @Test
    void append_headerNotLinkingToStoredParent_rejectedAndNothingWritten() {
        try (HeaderStore store = HeaderStore.open(dir.resolve("h.db"))) {
            store.append(chain(new byte[32], 1, 10, "a"));
            List<StoredHeader> fork = new ArrayList<>(chain(store.byNumber(10).orElseThrow().hash(), 11, 3, "b"));
            fork.addAll(chain(new byte[32], 14, 1, "c")); // does not link to 13
            assertThrows(StoreException.class, () -> store.append(fork));
            assertEquals(10, store.head().orElseThrow().number(), "the whole batch was rolled back");
        }
    }

    @Test
    void replaceAbove_fork_removesOldBranchAndStoresNewOneAtomically() {
        try (HeaderStore store = HeaderStore.open(dir.resolve("h.db"))) {
            List<StoredHeader> main = chain(new byte[32], 1, 20, "a");
            store.append(main);
            List<StoredHeader> fork = chain(main.get(14).hash(), 16, 8, "fork");
            List<StoredHeader> removed = store.replaceAbove(15, fork);
            assertEquals(main.subList(15, 20), removed);
            assertEquals(23, store.head().orElseThrow().number());
            assertEquals(fork.get(0), store.byNumber(16).orElseThrow());
            assertTrue(store.byHash(main.get(19).hash()).isEmpty());
        }
    }

    @Test
    void open_afterKill9DuringWrites_everyCommittedBatchPresentAndChainIntact() throws Exception {
        Path file = dir.resolve("killed.db");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HeaderStoreWriter.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        long committed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    committed = Long.parseLong(line.substring(10));
                    if (committed >= 2000) {
                        break;
                    }
                }
            }
            child.destroyForcibly(); // SIGKILL on Linux and macOS
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(committed >= 2000, "writer reported progress before the kill");
        try (HeaderStore store = HeaderStore.open(file)) {
            long head = store.head().orElseThrow().number();
            assertTrue(head >= committed, "committed " + committed + " but head is " + head);
            assertEquals(0, head % HeaderStoreWriter.BATCH, "only whole batches");
            List<StoredHeader> all = store.range(1, head);
            assertEquals(head, all.size());
            for (int i = 1; i < all.size(); i++) {
                assertArrayEquals(all.get(i - 1).hash(), all.get(i).parentHash(), "link at " + all.get(i).number());
            }
        }
    }
}
