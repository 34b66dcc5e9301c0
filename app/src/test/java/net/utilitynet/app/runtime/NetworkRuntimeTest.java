package net.utilitynet.app.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import net.utilitynet.app.config.DataDirectory;
import net.utilitynet.app.networks.NetworkCatalog;
import net.utilitynet.app.networks.NetworkDefinition;
import net.utilitynet.app.networks.NetworkDraft;
import net.utilitynet.app.networks.NetworkSyncMode;
import net.utilitynet.app.config.Language;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.ui.ConnectionViewModel;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.app.services.ConnectionState;
import net.utilitynet.app.services.ConnectionState.Phase;
import net.utilitynet.app.services.LiveValue;
import net.utilitynet.devnet.Devnet;
import net.utilitynet.devnet.DevnetConfig;
import net.utilitynet.lightclient.rpc.EndpointStatus;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.lightclient.sync.SyncMode;
import net.utilitynet.wallet.address.Address;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime against the real embedded devnet over loopback HTTP, with real SQLite stores. */
class NetworkRuntimeTest {

    private static final String DEV_ACCOUNT_0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

    @TempDir
    Path temp;

    @Test
    void start_embeddedDevnetWithHistory_syncsToVerifiedHeadFollowsAndResumesAfterClose() throws Exception {
        DataDirectory dir = new DataDirectory(temp).create();
        Path devnetFolder = dir.data(NetworkDefinition.DEVNET_ID).resolve(NetworkSession.DEVNET_FOLDER);
        try (Devnet before = Devnet.start(DevnetConfig.defaults(devnetFolder).withBlockTimeMs(0).withWsPort(-1))) {
            for (int i = 0; i < 70; i++) {
                before.mineBlock();
            }
        }
        NetworkCatalog catalog = NetworkCatalog.load(dir, Runnable::run);
        URI devnetUrl;
        try (NetworkRuntime runtime = new NetworkRuntime(dir, catalog, 0, Clock.systemUTC())) {
            runtime.start();
            await(runtime.state(), s -> s.phase() == Phase.SYNCED && s.headNumber() == 70);

            RuntimeStatus status = runtime.status().get();
            assertEquals(SyncMode.FULL, status.mode());
            assertTrue(status.anchor().startsWith("0:0x"), status.anchor());
            devnetUrl = URI.create(status.devnetUrl());
            assertEquals("127.0.0.1", devnetUrl.getHost());
            String nodeHash = new HttpRpcClient(devnetUrl).call("eth_getBlockByNumber", "0x46", false).get("hash").asText();
            assertEquals(nodeHash, status.head().hash());
            assertEquals("FULL", status.head().trust());
            assertEquals(EndpointStatus.HEALTHY, status.endpoints().get(0).status());
            RuntimeStatus withEpoch = await(runtime.status(), s -> s.epoch() != null && s.epoch().minerCount() >= 0);
            assertEquals(2, withEpoch.epoch().number());
            assertEquals(1, withEpoch.epoch().validators().size());
            assertEquals(0, withEpoch.epoch().minerCount());

            NetworkSession session = runtime.session().get().orElseThrow();
            BigInteger balance = session.chainAccess().verifiedBalance(Address.parse(DEV_ACCOUNT_0, "address"));
            assertEquals(new BigInteger("10000000000000000000000"), balance);

            session.devnet().orElseThrow().mineBlock();
            await(runtime.state(), s -> s.phase() == Phase.SYNCED && s.headNumber() == 71);
        }
        URI closedUrl = devnetUrl;
        assertThrows(RuntimeException.class, () -> new HttpRpcClient(closedUrl).call("eth_blockNumber"),
                "the devnet stops with the runtime");

        try (NetworkRuntime again = new NetworkRuntime(dir, catalog, 0, Clock.systemUTC())) {
            again.start();
            ConnectionState resumed = await(again.state(), s -> s.phase() == Phase.SYNCED);
            assertEquals(71, resumed.headNumber(), "header store and chain database both kept block 71");
        }
    }

    @Test
    void activeNetworkChange_stopsTheDevnetAndConnectsToTheNewNetwork_failureNamesTheEndpoint() throws Exception {
        DataDirectory dir = new DataDirectory(temp).create();
        NetworkCatalog catalog = NetworkCatalog.load(dir, Runnable::run);
        try (Devnet standalone = Devnet.start(DevnetConfig.defaults(temp.resolve("standalone")).withBlockTimeMs(0).withWsPort(-1));
             NetworkRuntime runtime = new NetworkRuntime(dir, catalog, 0, Clock.systemUTC())) {
            standalone.mineBlock();
            standalone.mineBlock();
            String genesis = new HttpRpcClient(standalone.rpcUrl()).call("eth_getBlockByNumber", "0x0", false).get("hash").asText();
            NetworkDefinition lab = catalog.add(new NetworkDraft("Lab", "21844", List.of(standalone.rpcUrl().toString()), "0", genesis))
                    .get(10, TimeUnit.SECONDS);
            NetworkDefinition dead = catalog.add(new NetworkDraft("Dead", "1", List.of("http://127.0.0.1:1"), "0",
                    "0x" + "ab".repeat(32))).get(10, TimeUnit.SECONDS);

            runtime.start();
            RuntimeStatus embedded = await(runtime.status(), s -> s.connection().phase() == Phase.SYNCED);
            URI embeddedUrl = URI.create(embedded.devnetUrl());

            catalog.select(lab.id()).get(10, TimeUnit.SECONDS);
            ConnectionState onLab = await(runtime.state(), s -> s.phase() == Phase.SYNCED && s.headNumber() == 2);
            assertEquals(2, onLab.headNumber());
            assertEquals("", runtime.status().get().devnetUrl());
            assertThrows(RuntimeException.class, () -> new HttpRpcClient(embeddedUrl).call("eth_blockNumber"),
                    "switching away stops the embedded devnet");
            assertEquals(lab.id(), runtime.session().get().orElseThrow().network().id());

            catalog.select(dead.id()).get(10, TimeUnit.SECONDS);
            ConnectionState failed = await(runtime.state(), s -> s.phase() == Phase.FAILED);
            assertEquals("http://127.0.0.1:1 is down", failed.detail());
            assertFalse(failed.connected());
            assertEquals(SyncMode.LINKAGE_ONLY, ChainSetup.mode(dead.chainId(), false));
        }
    }

    @Test
    void remoteNetworkWithSkipSync_followsCheckpointsAndVerifiesTheLastEpochsInFull_stateSaysSkipSync() throws Exception {
        DataDirectory dir = new DataDirectory(temp).create();
        NetworkCatalog catalog = NetworkCatalog.load(dir, Runnable::run);
        try (Devnet standalone = Devnet.start(DevnetConfig.defaults(temp.resolve("standalone")).withBlockTimeMs(0).withWsPort(-1));
             NetworkRuntime runtime = new NetworkRuntime(dir, catalog, 0, Clock.systemUTC())) {
            for (int i = 0; i < 130; i++) {
                standalone.mineBlock();
            }
            String genesis = new HttpRpcClient(standalone.rpcUrl()).call("eth_getBlockByNumber", "0x0", false).get("hash").asText();
            NetworkDefinition far = catalog.add(new NetworkDraft("Far", "21844", List.of(standalone.rpcUrl().toString()), "0", genesis,
                    NetworkSyncMode.SKIP)).get(10, TimeUnit.SECONDS);
            catalog.select(far.id()).get(10, TimeUnit.SECONDS);

            runtime.start();
            ConnectionState synced = await(runtime.state(), s -> s.phase() == Phase.SYNCED && s.headNumber() == 130);
            assertTrue(synced.skipSync(), "the state says the head was reached by skip sync");
            assertEquals(SyncMode.SKIP, runtime.status().get().mode());
            LightClient client = runtime.session().get().orElseThrow().lightClient();
            assertEquals("CHECKPOINT", client.storedVerifiedHeader(30).orElseThrow().trust().name(), "epoch 1's checkpoint on its seals");
            assertTrue(client.storedVerifiedHeader(3).isEmpty(), "headers before the window are not fetched");
            assertEquals("FULL", runtime.status().get().head().trust(), "the head's epochs are verified header by header");
            assertTrue(java.nio.file.Files.exists(dir.data(far.id()).resolve(NetworkSession.SKIP_HEADERS_FILE)), "skip sync keeps its own store");

            I18n i18n = new I18n(Language.ENGLISH);
            ConnectionViewModel connection = new ConnectionViewModel(runtime, catalog, i18n, Runnable::run);
            assertTrue(connection.stateText().get().startsWith("Verified head #130"), connection.stateText().get());
            assertTrue(connection.stateText().get().endsWith("(skip sync)"), connection.stateText().get());

            // changing the setting of the active network reopens it in the new mode, on the fully verified store
            catalog.update(far.id(), new NetworkDraft("Far", "21844", List.of(standalone.rpcUrl().toString()), "0", genesis,
                    NetworkSyncMode.FULL)).get(10, TimeUnit.SECONDS);
            standalone.mineBlock();
            ConnectionState full = await(runtime.state(), s -> s.phase() == Phase.SYNCED && s.headNumber() == 131 && !s.skipSync());
            assertEquals(131, full.headNumber());
            assertEquals(SyncMode.FULL, runtime.status().get().mode());
            assertEquals("FULL", runtime.session().get().orElseThrow().lightClient().storedVerifiedHeader(3).orElseThrow().trust().name(),
                    "the full store has every header, none inherited from skip sync");
        }
        assertEquals(NetworkSyncMode.FULL, new NetworkDefinition("devnet", "d", 21844, List.of(), 0, "", true, NetworkSyncMode.SKIP).syncMode(),
                "the embedded devnet always syncs in full");
    }

    /** Completes when the value matches; fails after 60 s with the last value seen. */
    static <T> T await(LiveValue<T> value, Predicate<T> condition) throws Exception {
        CompletableFuture<T> reached = new CompletableFuture<>();
        try (LiveValue.Subscription ignored = value.subscribe(v -> {
            if (condition.test(v)) {
                reached.complete(v);
            }
        })) {
            return reached.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not reached within 60 s; last value: " + value.get(), e);
        }
    }
}
