package net.utilitynet.app.runtime;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.utilitynet.app.config.DataDirectory;
import net.utilitynet.app.networks.NetworkCatalog;
import net.utilitynet.app.networks.NetworkDefinition;
import net.utilitynet.app.services.ConnectionState;
import net.utilitynet.app.services.ConnectionState.Phase;
import net.utilitynet.app.services.ConnectionStatus;
import net.utilitynet.app.services.LiveValue;
import net.utilitynet.devnet.DevnetConfig;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.rpc.EndpointHealth;
import net.utilitynet.lightclient.rpc.EndpointStatus;
import net.utilitynet.lightclient.rpc.NoUsableEndpointException;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.lightclient.sync.SyncCancelledException;
import net.utilitynet.lightclient.sync.SyncListener;
import net.utilitynet.lightclient.sync.SyncMode;
import net.utilitynet.lightclient.sync.SyncProgress;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.poci.Checkpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.utils.Numeric;

/**
 * Runs the active network: opens a {@link NetworkSession} for it (embedded devnet, light client, chain access),
 * syncs in the background and then follows the head; when the active network changes it closes the old session
 * and opens the new one; {@link #close()} stops everything. All of it happens on one named thread
 * ({@code utilitynet-runtime}); callers never block, and state is published as {@link LiveValue}s.
 */
public final class NetworkRuntime implements ConnectionStatus, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkRuntime.class);
    private static final long RETRY_SECONDS = 15;

    private final DataDirectory dataDirectory;
    private final NetworkCatalog networks;
    private final long devnetBlockTimeMs;
    private final Clock clock;
    private final ScheduledExecutorService control = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "utilitynet-runtime");
        thread.setDaemon(true);
        return thread;
    });
    private final LiveValue<ConnectionState> state = new LiveValue<>(ConnectionState.NOT_CONNECTED);
    private final LiveValue<RuntimeStatus> status = new LiveValue<>(RuntimeStatus.IDLE);
    private final LiveValue<Optional<NetworkSession>> session = new LiveValue<>(Optional.empty());
    private LiveValue.Subscription subscription;
    private volatile boolean closed;
    /** Control thread only: the network the current session belongs to, and a counter that outdates old listeners. */
    private NetworkDefinition active;
    private volatile long generation;
    private volatile boolean initialSyncDone;
    private volatile long startedNanos;
    private volatile boolean firstHeadLogged;
    /** Whether the current session skip-syncs (shown with the verified head). */
    private volatile boolean skipSync;

    /** The app's runtime: embedded devnet blocks every 2 s. */
    public NetworkRuntime(DataDirectory dataDirectory, NetworkCatalog networks) {
        this(dataDirectory, networks, DevnetConfig.DEFAULT_BLOCK_TIME_MS, Clock.systemUTC());
    }

    public NetworkRuntime(DataDirectory dataDirectory, NetworkCatalog networks, long devnetBlockTimeMs, Clock clock) {
        this.dataDirectory = dataDirectory;
        this.networks = networks;
        this.devnetBlockTimeMs = devnetBlockTimeMs;
        this.clock = clock;
    }

    /** Starts the active network now and follows later changes of the active network; returns at once. */
    public synchronized void start() {
        if (subscription != null || closed) {
            return;
        }
        startedNanos = System.nanoTime();
        subscription = networks.networks().subscribe(next -> control.execute(() -> activate(next.active())));
        control.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    /** Phase, head, progress and head age of the active network (the status bar). */
    @Override
    public LiveValue<ConnectionState> state() {
        return state;
    }

    /** Everything the Network page shows. */
    public LiveValue<RuntimeStatus> status() {
        return status;
    }

    /** The running session (light client, chain access, devnet), empty while none is open. */
    public LiveValue<Optional<NetworkSession>> session() {
        return session;
    }

    /** Completes with the state when the active network first reaches a verified head or fails. */
    public CompletableFuture<ConnectionState> settled() {
        CompletableFuture<ConnectionState> settled = new CompletableFuture<>();
        LiveValue.Subscription subscription = state.subscribe(s -> {
            if (s.phase() == Phase.SYNCED || s.phase() == Phase.FAILED) {
                settled.complete(s);
            }
        });
        settled.whenComplete((s, e) -> subscription.close());
        return settled;
    }

    /** Tries the active network again now (after a failure). */
    public CompletableFuture<Void> retry() {
        return CompletableFuture.runAsync(() -> {
            NetworkDefinition network = active;
            if (network != null && state.get().phase() == Phase.FAILED) {
                active = null;
                activate(network);
            }
        }, control);
    }

    private void activate(NetworkDefinition network) {
        if (closed || network.equals(active)) {
            return;
        }
        closeSession();
        active = network;
        long gen = ++generation;
        initialSyncDone = false;
        publish(new ConnectionState(Phase.CONNECTING, -1, network.embedded() ? "embedded devnet" : String.join(", ", network.rpcUrls())));
        NetworkSession opened;
        try {
            opened = NetworkSession.open(network, dataDirectory.data(network.id()), devnetBlockTimeMs);
        } catch (Exception e) {
            LOG.warn("network {} did not start: {}", network.id(), e.getMessage(), e);
            publish(new ConnectionState(Phase.FAILED, -1, message(e)));
            control.schedule(() -> {
                if (generation == gen && state.get().phase() == Phase.FAILED) {
                    active = null;
                    activate(network);
                }
            }, RETRY_SECONDS, TimeUnit.SECONDS);
            return;
        }
        LightClient client = opened.lightClient();
        skipSync = client.mode() == SyncMode.SKIP;
        status.update(s -> new RuntimeStatus(s.connection(), client.mode(), opened.anchor().toString(),
                opened.devnet().map(d -> d.rpcUrl().toString()).orElse(""), null, null, client.endpointHealth()));
        session.set(Optional.of(opened));
        client.addEndpointHealthListener(h -> onHealth(gen, client));
        client.addSyncListener(new SyncListener() {
            @Override
            public void onProgress(SyncProgress progress) {
                if (generation == gen && !initialSyncDone) {
                    publish(new ConnectionState(Phase.SYNCING, progress.current(), "", progress.target(),
                            progress.headersPerSecond(), -1, skipSync));
                }
            }

            @Override
            public void onVerifiedHead(StoredHeader head) {
                if (generation == gen) {
                    onHead(client, head);
                }
            }
        });
        client.verifiedHead().ifPresent(head -> onHead(client, head));
        LOG.info("network {}: syncing from {} ({})", network.id(), opened.anchor(), client.mode());
        client.sync().whenComplete((head, error) -> control.execute(() -> onInitialSync(gen, client, head, error)));
    }

    private void onInitialSync(long gen, LightClient client, StoredHeader head, Throwable error) {
        if (generation != gen || closed) {
            return;
        }
        initialSyncDone = true;
        Throwable cause = error instanceof CompletionException ? error.getCause() : error;
        if (cause instanceof SyncCancelledException) {
            return;
        }
        if (cause != null) {
            LOG.warn("sync of {} failed: {}", active.id(), cause.getMessage());
            publish(new ConnectionState(Phase.FAILED, state.get().headNumber(), cause instanceof NoUsableEndpointException none
                    ? endpointsSummary(none.health()) : message(cause)));
        } else {
            onHead(client, head);
        }
        client.startFollowing(); // retries a failed sync too: the next verified head brings the state back to SYNCED
    }

    private void onHead(LightClient client, StoredHeader stored) {
        BlockHeader header = BlockHeader.decode(stored.rlp());
        List<EndpointHealth> health = client.endpointHealth(); // latencies change without a health event
        status.update(s -> s.withHead(new RuntimeStatus.Head(stored.number(), Numeric.toHexString(stored.hash()),
                header.timestamp(), stored.trust().name())).withEndpoints(health));
        if (initialSyncDone) {
            if (!firstHeadLogged) {
                firstHeadLogged = true;
                LOG.info("first verified head #{} {} ms after the runtime started", stored.number(),
                        (System.nanoTime() - startedNanos) / 1_000_000);
            }
            publish(new ConnectionState(Phase.SYNCED, stored.number(), "", stored.number(), 0, age(header.timestamp()), skipSync));
        } else {
            ConnectionState now = state.get();
            publish(new ConnectionState(Phase.SYNCING, stored.number(), "", Math.max(now.target(), stored.number()),
                    now.headersPerSecond(), -1, skipSync));
        }
        if (client.mode() != SyncMode.LINKAGE_ONLY) {
            updateEpoch(client, stored.number());
        }
    }

    private void updateEpoch(LightClient client, long headNumber) {
        NetworkSession current = session.get().orElse(null);
        if (current == null) {
            return;
        }
        long epochLength = ChainSetup.pociRules(current.network().chainId()).epochLength();
        long epoch = headNumber / epochLength;
        RuntimeStatus.Epoch known = status.get().epoch();
        if (known != null && known.number() == epoch) {
            return;
        }
        Optional<Checkpoint> checkpoint = client.verifiedCheckpoint(epoch);
        if (checkpoint.isEmpty()) {
            return;
        }
        List<String> validators = checkpoint.get().validators().stream().map(Numeric::toHexString).toList();
        status.update(s -> s.withEpoch(new RuntimeStatus.Epoch(epoch, epochLength, validators, checkpoint.get().totalPower(), -1)));
        client.verifiedMinerSet(epoch).whenComplete((set, error) -> {
            if (error != null) {
                LOG.warn("miner set of epoch {}: {}", epoch, message(error));
                return;
            }
            status.update(s -> s.epoch() != null && s.epoch().number() == epoch
                    ? s.withEpoch(new RuntimeStatus.Epoch(epoch, epochLength, validators, set.value().totalPower(), set.value().size())) : s);
        });
    }

    private void onHealth(long gen, LightClient client) {
        if (generation != gen) {
            return;
        }
        List<EndpointHealth> health = client.endpointHealth();
        status.update(s -> s.withEndpoints(health));
        boolean noneUsable = health.stream().allMatch(h -> h.status() == EndpointStatus.DOWN || h.status() == EndpointStatus.LYING);
        if (noneUsable && !health.isEmpty()) {
            publish(new ConnectionState(Phase.FAILED, state.get().headNumber(), endpointsSummary(health)));
        }
    }

    /** "http://a is down, http://b is lying" — short enough for the status bar; reasons are on the Network page. */
    private static String endpointsSummary(List<EndpointHealth> health) {
        return health.stream().map(h -> h.endpoint() + " is " + h.status().name().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Once a second: the age of the verified head. */
    private void tick() {
        RuntimeStatus.Head head = status.get().head();
        if (head != null && state.get().phase() == Phase.SYNCED) {
            state.update(s -> s.phase() == Phase.SYNCED
                    ? new ConnectionState(s.phase(), s.headNumber(), s.detail(), s.target(), s.headersPerSecond(), age(head.timestamp()),
                            s.skipSync())
                    : s);
            status.update(s -> s.with(state.get()));
        }
    }

    private long age(long timestampSeconds) {
        return Math.max(0, clock.instant().getEpochSecond() - timestampSeconds);
    }

    private void publish(ConnectionState next) {
        state.set(next);
        status.update(s -> s.with(next));
    }

    /** Control thread only. */
    private void closeSession() {
        Optional<NetworkSession> open = session.get();
        generation++;
        session.set(Optional.empty());
        status.set(RuntimeStatus.IDLE);
        state.set(ConnectionState.NOT_CONNECTED);
        open.ifPresent(s -> {
            LOG.info("closing network {}", s.network().id());
            s.close();
        });
        active = null;
    }

    /** Stops following the active network, closes its light client and devnet; waits up to 30 s. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (subscription != null) {
                subscription.close();
            }
        }
        try {
            control.submit(this::closeSession).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("closing the network runtime: {}", e.toString());
        } finally {
            control.shutdownNow();
        }
    }

    private static String message(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
