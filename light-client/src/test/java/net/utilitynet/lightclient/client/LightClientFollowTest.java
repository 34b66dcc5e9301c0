package net.utilitynet.lightclient.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.LightClientConfig;
import net.utilitynet.lightclient.rpc.EndpointPool;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.lightclient.sync.Reorg;
import net.utilitynet.lightclient.sync.SyncConfig;
import net.utilitynet.lightclient.sync.SyncListener;
import net.utilitynet.lightclient.sync.SyncMode;
import net.utilitynet.lightclient.sync.TrustAnchor;
import net.utilitynet.lightclient.testing.ChainRpcServer;
import net.utilitynet.lightclient.testing.PociTestChain;
import net.utilitynet.lightclient.verify.UnverifiableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LightClient facade: following the head on its own thread, reorg events, and unverifiable queries. */
class LightClientFollowTest {
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(PociTestChain.GENESIS_TIME + 100_000), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private LightClient client(ChainRpcServer node, PociTestChain chain) {
        SyncConfig sync = SyncConfig.of(SyncMode.FULL, new TrustAnchor(0, chain.genesis().hash()), PociTestChain.RULES)
                .withPollInterval(Duration.ofMillis(50));
        return LightClient.open(new LightClientConfig(List.of(node.uri()), dir.resolve("h.db"), sync, HttpRpcClient.DEFAULT_TIMEOUT,
                HttpRpcClient.DEFAULT_MAX_RESPONSE_BYTES, EndpointPool.Policy.DEFAULT, CLOCK));
    }

    @Test
    void startFollowing_nodeGrowsThenReorgs_newHeadsAndReorgReachListeners() throws Exception {
        PociTestChain chain = new PociTestChain().grow(10);
        PociTestChain fork = chain.forkAt(7, 8, "fork");
        try (ChainRpcServer node = new ChainRpcServer(chain.range(0, 6)); LightClient client = client(node, chain)) {
            CountDownLatch reachedTen = new CountDownLatch(1);
            CountDownLatch reorged = new CountDownLatch(1);
            Reorg[] seen = new Reorg[1];
            client.addSyncListener(new SyncListener() {
                @Override
                public void onVerifiedHead(StoredHeader head) {
                    if (head.number() == 10) {
                        reachedTen.countDown();
                    }
                }

                @Override
                public void onReorg(Reorg reorg) {
                    seen[0] = reorg;
                    reorged.countDown();
                }
            });
            client.startFollowing();
            node.serve(chain.headers);
            assertTrue(reachedTen.await(30, TimeUnit.SECONDS), "followed to block 10");
            node.serve(fork.headers);
            assertTrue(reorged.await(30, TimeUnit.SECONDS), "followed the longer fork");
            client.stopFollowing();
            assertEquals(7, seen[0].commonAncestor());
            assertTrue(client.verifiedHead().orElseThrow().number() >= 11);
        }
    }

    @Test
    void verifiedBalance_beforeAnySync_unverifiable() throws Exception {
        PociTestChain chain = new PociTestChain().grow(2);
        try (ChainRpcServer node = new ChainRpcServer(chain.headers); LightClient client = client(node, chain)) {
            CompletionException e = assertThrows(CompletionException.class, () -> client.verifiedBalance(new byte[20]).join());
            assertTrue(e.getCause() instanceof UnverifiableException, e.getCause().toString());
        }
    }
}
