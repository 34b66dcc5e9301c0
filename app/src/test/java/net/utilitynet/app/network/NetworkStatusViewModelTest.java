package net.utilitynet.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import net.utilitynet.app.runtime.RuntimeStatus;
import net.utilitynet.app.services.ConnectionState;
import net.utilitynet.app.services.ConnectionState.Phase;
import net.utilitynet.app.services.LiveValue;
import net.utilitynet.app.ui.TestServices;
import net.utilitynet.lightclient.rpc.EndpointHealth;
import net.utilitynet.lightclient.rpc.EndpointStatus;
import net.utilitynet.lightclient.sync.SyncMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkStatusViewModelTest {

    @TempDir
    Path temp;

    private final LiveValue<RuntimeStatus> status = new LiveValue<>(RuntimeStatus.IDLE);
    private final AtomicInteger retries = new AtomicInteger();

    private NetworkStatusViewModel model(TestServices services) {
        return new NetworkStatusViewModel(status, services.connection, services.i18n,
                () -> CompletableFuture.runAsync(retries::incrementAndGet, Runnable::run), TestServices.SAME_THREAD);
    }

    @Test
    void synced_pociNetwork_showsHeadEpochValidatorsMinersEndpointsAndMode() {
        TestServices services = new TestServices(temp);
        NetworkStatusViewModel model = model(services);
        ConnectionState synced = new ConnectionState(Phase.SYNCED, 1300, "", 1300, 0, 2);
        status.set(new RuntimeStatus(synced, SyncMode.FULL, "0:0xabc", "http://127.0.0.1:41237",
                new RuntimeStatus.Head(1300, "0x1234", 1_700_000_000, "FULL"),
                new RuntimeStatus.Epoch(43, 30, List.of("0xf39f"), 1200, 3),
                List.of(new EndpointHealth("http://127.0.0.1:41237", EndpointStatus.HEALTHY, "", Instant.EPOCH, Duration.ofMillis(4)),
                        new EndpointHealth("http://10.0.0.2:8545", EndpointStatus.LYING, "block 17: seal: not the validator", Instant.EPOCH, null))));

        assertEquals(1.0, model.progressProperty().get());
        assertEquals("#1,300 \u00b7 2 s ago \u00b7 every rule verified", model.headProperty().get());
        assertEquals("0x1234", model.headHashProperty().get());
        assertEquals("43 (blocks 1,290\u20131,319)", model.epochProperty().get());
        assertEquals("0xf39f", model.validatorsProperty().get());
        assertEquals("3 miners \u00b7 total power 1,200", model.minersProperty().get());
        assertTrue(model.modeProperty().get().startsWith("POCI verified"));
        assertTrue(model.consensusVerifiedProperty().get());
        assertEquals(new NetworkStatusViewModel.EndpointRow("http://127.0.0.1:41237", "Healthy", "4 ms", "healthy"), model.endpoints().get(0));
        assertEquals(new NetworkStatusViewModel.EndpointRow("http://10.0.0.2:8545", "Lying", "block 17: seal: not the validator", "lying"),
                model.endpoints().get(1));
        assertFalse(model.failedProperty().get());

        status.set(new RuntimeStatus(new ConnectionState(Phase.SYNCED, 1300, "", 1300, 0, 2, true), SyncMode.SKIP, "0:0xabc", "",
                new RuntimeStatus.Head(1300, "0x1234", 1_700_000_000, "FULL"), null, List.of()));
        assertTrue(model.modeProperty().get().startsWith("POCI verified by skip sync"), model.modeProperty().get());
        assertTrue(model.consensusVerifiedProperty().get(), "skip sync is consensus-verified");
    }

    @Test
    void syncing_showsFractionAndLinkageOnlyIsLabelled() {
        TestServices services = new TestServices(temp);
        NetworkStatusViewModel model = model(services);
        status.set(new RuntimeStatus(new ConnectionState(Phase.SYNCING, 250, "", 1000, 300, -1), SyncMode.LINKAGE_ONLY, "5:0xdef", "",
                null, null, List.of()));
        assertEquals(0.25, model.progressProperty().get(), 1e-9);
        assertEquals("Linkage only \u2014 hashes and parent links checked, NOT consensus-verified", model.modeProperty().get());
        assertFalse(model.consensusVerifiedProperty().get());
        assertEquals("\u2014 (not a POCI-verified network)", model.epochProperty().get());
        assertEquals("Not running (remote network)", model.devnetProperty().get());
    }

    @Test
    void failed_showsTheReasonWithTheFix_andRetryReachesTheRuntime() {
        TestServices services = new TestServices(temp);
        NetworkStatusViewModel model = model(services);
        status.set(RuntimeStatus.IDLE.connection().equals(ConnectionState.NOT_CONNECTED)
                ? new RuntimeStatus(new ConnectionState(Phase.FAILED, -1, "http://127.0.0.1:1 down: connection refused"),
                null, "", "", null, null, List.of()) : RuntimeStatus.IDLE);
        assertTrue(model.failedProperty().get());
        assertTrue(model.problemProperty().get().startsWith("http://127.0.0.1:1 down: connection refused \u2014 check that the node is running"),
                model.problemProperty().get());
        model.retry().join();
        assertEquals(1, retries.get());
    }
}
