package net.utilitynet.lightclient.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.utilitynet.lightclient.rpc.EndpointPool;
import net.utilitynet.lightclient.rpc.EndpointStatus;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.lightclient.verify.UnverifiableException;
import net.utilitynet.lightclient.store.HeaderStore;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.lightclient.testing.ChainRpcServer;
import net.utilitynet.lightclient.testing.PociTestChain;
import net.utilitynet.lightclient.testing.TamperingProxy;
import net.utilitynet.lightclient.verify.TrustLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryProofsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(PociTestChain.GENESIS_TIME + 100_000), ZoneOffset.UTC);
    private static PociTestChain chain;
    private static ChainRpcServer node;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        chain = new PociTestChain().grow(43);
        node = new ChainRpcServer(chain.headers);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static SyncConfig skip() {
        return SyncConfig.of(SyncMode.SKIP, new TrustAnchor(0, chain.genesis().hash()), PociTestChain.RULES).withBatchSize(16);
    }

    @Test
    void verifiedHeaderAt_blockSkippedBySkipSync_provenByHistoryRootAndStored() {
        try (HeaderStore store = HeaderStore.open(dir.resolve("p.db"))) {
            EndpointPool pool = new EndpointPool(List.of(new HttpRpcClient(node.uri())));
            new HeaderSync(pool, store, skip(), CLOCK).syncToHead();
            assertTrue(store.byNumber(13).isEmpty());
            StoredHeader proven = new HistoryProofs(pool, store, PociTestChain.RULES).verifiedHeaderAt(13);
            assertEquals(TrustLevel.HISTORY_PROOF, proven.trust());
            assertTrue(proven.hasHash(chain.headers.get(13).hash()));
            assertEquals(proven, store.byNumber(13).orElseThrow());
        }
    }

    @Test
    void verifiedHeaderAt_branchTampered_endpointLyingAndHonestAnswerUsed() throws Exception {
        try (HeaderStore store = HeaderStore.open(dir.resolve("t.db"));
             TamperingProxy proxy = new TamperingProxy(node.uri())) {
            EndpointPool pool = new EndpointPool(List.of(new HttpRpcClient(proxy.uri()), new HttpRpcClient(node.uri())));
            new HeaderSync(pool, store, skip(), CLOCK).syncToHead();
            proxy.tamper((m, p, r) -> {
                if (m.equals("unc_getHeaderProof")) {
                    ((ArrayNode) r.get("branch")).set(0, TextNode.valueOf("0x" + "11".repeat(32)));
                }
                return r;
            });
            StoredHeader proven = new HistoryProofs(pool, store, PociTestChain.RULES).verifiedHeaderAt(5);
            assertTrue(proven.hasHash(chain.headers.get(5).hash()));
            assertEquals(1, proxy.alteredCount());
            assertEquals(EndpointStatus.LYING, pool.health().get(0).status());
            assertTrue(pool.health().get(0).reason().contains("block 5: history-proof"), pool.health().get(0).reason());
        }
    }

    @Test
    void verifiedHeaderAt_checkpointNotSynced_unverifiable() {
        try (HeaderStore store = HeaderStore.open(dir.resolve("u.db"))) {
            EndpointPool pool = new EndpointPool(List.of(new HttpRpcClient(node.uri())));
            assertThrows(UnverifiableException.class, () -> new HistoryProofs(pool, store, PociTestChain.RULES).verifiedHeaderAt(5));
        }
    }
}
