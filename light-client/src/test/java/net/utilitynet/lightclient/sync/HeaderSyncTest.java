package net.utilitynet.lightclient.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.utilitynet.lightclient.rpc.EndpointPool;
import net.utilitynet.lightclient.rpc.EndpointStatus;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.lightclient.rpc.NoUsableEndpointException;
import net.utilitynet.lightclient.store.HeaderStore;
import net.utilitynet.lightclient.store.StoreException;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.lightclient.testing.ChainRpcServer;
import net.utilitynet.lightclient.testing.PociTestChain;
import net.utilitynet.lightclient.verify.TrustLevel;
import net.utilitynet.protocol.header.BlockHeader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sync over real HTTP against loopback nodes serving chains built and sealed with protocol's code. */
class HeaderSyncTest {
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(PociTestChain.GENESIS_TIME + 100_000), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closeables) {
            c.close();
        }
    }

    private ChainRpcServer serve(List<BlockHeader> chain) throws Exception {
        ChainRpcServer s = new ChainRpcServer(chain);
        closeables.add(s);
        return s;
    }

    private HeaderStore store(String name) {
        HeaderStore s = HeaderStore.open(dir.resolve(name));
        closeables.add(s);
        return s;
    }

    private static SyncConfig config(SyncMode mode, PociTestChain chain) {
        return SyncConfig.of(mode, new TrustAnchor(0, chain.genesis().hash()), PociTestChain.RULES).withBatchSize(7);
    }

    private static HeaderSync sync(HeaderStore store, SyncConfig config, ChainRpcServer... servers) {
        List<HttpRpcClient> clients = new ArrayList<>();
        for (ChainRpcServer s : servers) {
            clients.add(new HttpRpcClient(s.uri()));
        }
        return new HeaderSync(new EndpointPool(clients), store, config, CLOCK);
    }

    @Test
    void syncToHead_freshStore_verifiesEveryHeaderAndReportsProgress() throws Exception {
        PociTestChain chain = new PociTestChain().grow(30);
        HeaderStore store = store("a.db");
        HeaderSync sync = sync(store, config(SyncMode.FULL, chain), serve(chain.headers));
        List<SyncProgress> progress = new ArrayList<>();
        sync.addListener(new SyncListener() {
            @Override
            public void onProgress(SyncProgress p) {
                progress.add(p);
            }
        });
        StoredHeader head = sync.syncToHead();
        assertEquals(30, head.number());
        assertTrue(head.hasHash(chain.headers.get(30).hash()));
        assertEquals(31, store.count());
        assertEquals(TrustLevel.ANCHOR, store.byNumber(0).orElseThrow().trust());
        assertEquals(TrustLevel.FULL, store.byNumber(17).orElseThrow().trust());
        assertEquals(30, progress.get(progress.size() - 1).current());
        assertEquals(30, progress.get(progress.size() - 1).target());
        assertTrue(progress.get(0).current() < 30, "progress is reported per batch");
    }

    @Test
    void syncToHead_reopenedStore_resumesFromStoredHead() throws Exception {
        PociTestChain chain = new PociTestChain().grow(30);
        ChainRpcServer server = serve(chain.range(0, 13));
        try (HeaderStore first = HeaderStore.open(dir.resolve("r.db"))) {
            assertEquals(12, sync(first, config(SyncMode.FULL, chain), server).syncToHead().number());
        }
        server.serve(chain.headers);
        int before = server.rpc().requestCount();
        HeaderStore reopened = store("r.db");
        assertEquals(30, sync(reopened, config(SyncMode.FULL, chain), server).syncToHead().number());
        // head number + 3 batches of 7 (13…30) + nothing re-fetched from 0…12
        assertEquals(4, server.rpc().requestCount() - before);
    }

    @Test
    void syncToHead_storeFromAnotherAnchor_refused() throws Exception {
        PociTestChain chain = new PociTestChain().grow(8);
        ChainRpcServer server = serve(chain.headers);
        HeaderStore store = store("x.db");
        sync(store, config(SyncMode.FULL, chain), server).syncToHead();
        SyncConfig other = SyncConfig.of(SyncMode.FULL, new TrustAnchor(8, chain.headers.get(8).hash()), PociTestChain.RULES);
        assertThrows(StoreException.class, () -> sync(store, other, server).syncToHead());
    }

    @Test
    void syncToHead_wrongTrustedCheckpointHash_endpointRejected() throws Exception {
        PociTestChain chain = new PociTestChain().grow(4);
        SyncConfig wrong = SyncConfig.of(SyncMode.FULL, new TrustAnchor(0, new byte[32]), PociTestChain.RULES);
        NoUsableEndpointException e = assertThrows(NoUsableEndpointException.class,
                () -> sync(store("w.db"), wrong, serve(chain.headers)).syncToHead());
        assertTrue(e.health().get(0).reason().contains("trusted-checkpoint"), e.health().get(0).reason());
    }

    @Test
    void syncToHead_oneEndpointServesBadSeal_markedLyingAndHonestOneCompletes() throws Exception {
        PociTestChain honest = new PociTestChain().grow(20);
        PociTestChain forged = honest.forkAt(9, 0, "");
        forged.append(UnaryOperator.identity(), h -> net.utilitynet.protocol.poci.Sealer.seal(h, PociTestChain.key32("forger")));
        List<BlockHeader> forgedServed = new ArrayList<>(forged.headers);
        forgedServed.addAll(honest.range(11, 21));
        ChainRpcServer liar = serve(forgedServed);
        HeaderStore store = store("l.db");
        EndpointPool pool = new EndpointPool(List.of(new HttpRpcClient(liar.uri()), new HttpRpcClient(serve(honest.headers).uri())));
        HeaderSync sync = new HeaderSync(pool, store, config(SyncMode.FULL, honest), CLOCK);
        assertEquals(20, sync.syncToHead().number());
        assertTrue(store.byNumber(10).orElseThrow().hasHash(honest.headers.get(10).hash()));
        assertEquals(EndpointStatus.LYING, pool.health().get(0).status());
        assertTrue(pool.health().get(0).reason().contains("block 10: seal"),
                pool.health().get(0).reason());
        assertEquals(EndpointStatus.HEALTHY, pool.health().get(1).status());
    }

    @Test
    void syncToHead_endpointSwitchesToLongerFork_rollsBackAndNotifiesReorg() throws Exception {
        PociTestChain chain = new PociTestChain().grow(12);
        ChainRpcServer server = serve(chain.headers);
        HeaderStore store = store("f.db");
        HeaderSync sync = sync(store, config(SyncMode.FULL, chain), server);
        sync.syncToHead();
        List<Reorg> reorgs = new ArrayList<>();
        sync.addListener(new SyncListener() {
            @Override
            public void onReorg(Reorg r) {
                reorgs.add(r);
            }
        });
        PociTestChain fork = chain.forkAt(6, 9, "fork");
        server.serve(fork.headers);
        assertEquals(15, sync.syncToHead().number());
        assertEquals(1, reorgs.size());
        assertEquals(6, reorgs.get(0).commonAncestor());
        assertEquals(6, reorgs.get(0).removed().size());
        assertTrue(store.byNumber(12).orElseThrow().hasHash(fork.headers.get(12).hash()));
        assertTrue(store.byHash(chain.headers.get(12).hash()).isEmpty());
    }

    @Test
    void syncToHead_secondEndpointOnLongerValidFork_crossCheckAdoptsIt() throws Exception {
        PociTestChain chain = new PociTestChain().grow(12);
        PociTestChain fork = chain.forkAt(10, 4, "fork");
        HeaderStore store = store("c.db");
        HeaderSync sync = sync(store, config(SyncMode.FULL, chain), serve(chain.headers), serve(fork.headers));
        assertEquals(14, sync.syncToHead().number());
        assertTrue(store.byNumber(11).orElseThrow().hasHash(fork.headers.get(11).hash()));
    }

    @Test
    void syncToHead_secondEndpointOnForgedLongerBranch_crossCheckMarksItLyingAndKeepsHonestHead() throws Exception {
        PociTestChain chain = new PociTestChain().grow(12);
        PociTestChain forged = chain.forkAt(10, 0, "forged");
        forged.append(UnaryOperator.identity(), h -> net.utilitynet.protocol.poci.Sealer.seal(h, PociTestChain.key32("forger")));
        forged.grow(4);
        ChainRpcServer honest = serve(chain.headers);
        ChainRpcServer liar = serve(forged.headers);
        EndpointPool pool = new EndpointPool(List.of(new HttpRpcClient(honest.uri()), new HttpRpcClient(liar.uri())));
        HeaderStore store = store("x2.db");
        // the honest endpoint answers the sync; the liar is only asked in the cross-check
        HeaderSync sync = new HeaderSync(pool, store, config(SyncMode.FULL, chain), CLOCK);
        assertEquals(12, sync.syncToHead().number());
        assertTrue(store.byNumber(12).orElseThrow().hasHash(chain.headers.get(12).hash()));
        assertEquals(EndpointStatus.LYING, pool.health().get(1).status());
        assertTrue(pool.health().get(1).reason().contains("block 11: seal"), pool.health().get(1).reason());
    }

    @Test
    void syncToHead_cancelledFromListener_throwsAndKeepsVerifiedBatches() throws Exception {
        PociTestChain chain = new PociTestChain().grow(30);
        HeaderStore store = store("k.db");
        HeaderSync sync = sync(store, config(SyncMode.FULL, chain), serve(chain.headers));
        sync.addListener(new SyncListener() {
            @Override
            public void onProgress(SyncProgress p) {
                sync.cancel();
            }
        });
        SyncCancelledException e = assertThrows(SyncCancelledException.class, sync::syncToHead);
        assertTrue(e.getMessage().contains("7"), e.getMessage());
        assertEquals(7, store.head().orElseThrow().number());
    }

    @Test
    void syncToHead_skipMode_followsCheckpointsAndFullyVerifiesLastTwoEpochs() throws Exception {
        PociTestChain chain = new PociTestChain().grow(43);
        HeaderStore store = store("s.db");
        ChainRpcServer server = serve(chain.headers);
        assertEquals(43, sync(store, config(SyncMode.SKIP, chain), server).syncToHead().number());
        // 43/8 = 5 → window opens at the checkpoint of epoch 3 (block 24)
        assertEquals(TrustLevel.CHECKPOINT, store.byNumber(8).orElseThrow().trust());
        assertEquals(TrustLevel.CHECKPOINT, store.byNumber(24).orElseThrow().trust());
        assertTrue(store.byNumber(23).isEmpty(), "headers before the window are not fetched");
        assertEquals(TrustLevel.FULL, store.byNumber(25).orElseThrow().trust());
        assertEquals(1 + 3 + 19, store.count());
    }

    @Test
    void syncToHead_skipModeCheckpointWithTooFewSeals_endpointMarkedLying() throws Exception {
        PociTestChain chain = new PociTestChain().grow(15);
        chain.append(UnaryOperator.identity(), h -> PociTestChain.withExtra(h, x -> x.withCheckpoint(
                x.checkpoint().withCommittedSeals(x.checkpoint().committedSeals().subList(0, 1)))));
        chain.grow(30);
        EndpointPool pool = new EndpointPool(List.of(new HttpRpcClient(serve(chain.headers).uri())));
        HeaderSync sync = new HeaderSync(pool, store("q.db"), config(SyncMode.SKIP, chain), CLOCK);
        assertThrows(NoUsableEndpointException.class, sync::syncToHead);
        assertEquals(EndpointStatus.LYING, pool.health().get(0).status());
        assertTrue(pool.health().get(0).reason().contains("block 16: checkpoint-quorum"), pool.health().get(0).reason());
    }

    @Test
    void syncToHead_headersAheadOfLocalClock_stopsBeforeThemWithoutBlamingEndpoint() throws Exception {
        PociTestChain chain = new PociTestChain().grow(10);
        Clock early = Clock.fixed(Instant.ofEpochSecond(PociTestChain.GENESIS_TIME + 2 * 6 - 15), ZoneOffset.UTC);
        EndpointPool pool = new EndpointPool(List.of(new HttpRpcClient(serve(chain.headers).uri())));
        HeaderSync sync = new HeaderSync(pool, store("e.db"), config(SyncMode.FULL, chain), early);
        assertEquals(6, sync.syncToHead().number());
        assertEquals(EndpointStatus.HEALTHY, pool.health().get(0).status());
    }

    @Test
    void syncToHead_linkageOnly_storesHeadersLabelledNotConsensusVerified() throws Exception {
        PociTestChain chain = new PociTestChain().grow(10);
        HeaderStore store = store("n.db");
        SyncConfig linkage = SyncConfig.of(SyncMode.LINKAGE_ONLY, new TrustAnchor(0, chain.genesis().hash()), null);
        assertEquals(10, sync(store, linkage, serve(chain.headers)).syncToHead().number());
        assertEquals(TrustLevel.LINKAGE_ONLY, store.byNumber(5).orElseThrow().trust());
        assertTrue(!TrustLevel.LINKAGE_ONLY.consensusVerified());
    }
}
