package net.utilitynet.lightclient;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.utilitynet.lightclient.localrpc.VerifiedRpcServer;
import net.utilitynet.lightclient.rpc.EndpointHealth;
import net.utilitynet.lightclient.rpc.EndpointPool;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.lightclient.state.MinerSetVerifier;
import net.utilitynet.lightclient.state.Verified;
import net.utilitynet.lightclient.state.VerifiedReceipt;
import net.utilitynet.lightclient.state.VerifiedState;
import net.utilitynet.lightclient.store.HeaderStore;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.lightclient.sync.HeaderSync;
import net.utilitynet.lightclient.sync.HistoryProofs;
import net.utilitynet.lightclient.sync.SyncListener;
import net.utilitynet.lightclient.sync.SyncMode;
import net.utilitynet.lightclient.verify.UnverifiableException;
import net.utilitynet.lightclient.verify.VerificationException;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.merkle.MinerSet;
import net.utilitynet.protocol.poci.Checkpoint;
import net.utilitynet.protocol.poci.ExtraData;
import net.utilitynet.protocol.trie.ProvenAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * The light client's one entry point for wallet, miner and app: header sync (full, skip or linkage-only) into a
 * local store, the endpoint pool's health, and proof-verified state. Blocking work runs on the client's named
 * executors and is returned as {@link CompletableFuture}s; listeners are called on those threads.
 */
public final class LightClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LightClient.class);

    private final LightClientConfig config;
    private final EndpointPool pool;
    private final HeaderStore store;
    private final HeaderSync sync;
    private final VerifiedState state;
    private final VerifiedState.HeaderResolver headers;
    private final ScheduledExecutorService syncExecutor;
    private final ExecutorService queryExecutor;
    private ScheduledFuture<?> following;

    private LightClient(LightClientConfig config) {
        this.config = config;
        this.pool = new EndpointPool(config.endpoints().stream()
                .map(uri -> new HttpRpcClient(uri, config.rpcTimeout(), config.maxResponseBytes())).toList(),
                config.poolPolicy(), config.clock());
        this.store = HeaderStore.open(config.storeFile());
        this.sync = new HeaderSync(pool, store, config.sync(), config.clock());
        // Skip sync leaves gaps below its window; headers there are proven on demand by historyRoot branches.
        this.headers = config.sync().mode() == SyncMode.SKIP
                ? new HistoryProofs(pool, store, config.sync().rules())::verifiedHeaderAt : VerifiedState.storedOnly(store);
        this.state = new VerifiedState(pool, store, headers);
        this.syncExecutor = Executors.newSingleThreadScheduledExecutor(named("lightclient-sync"));
        this.queryExecutor = Executors.newFixedThreadPool(2, named("lightclient-query"));
    }

    /** Opens the store (creating it) and the endpoint pool; nothing is fetched until {@link #sync()}. */
    public static LightClient open(LightClientConfig config) {
        return new LightClient(config);
    }

    /** Verifies headers up to the endpoints' head; completes with the verified head. */
    public CompletableFuture<StoredHeader> sync() {
        return CompletableFuture.supplyAsync(sync::syncToHead, syncExecutor);
    }

    /** Stops a running sync after its current batch; its future completes with {@code SyncCancelledException}. */
    public void cancelSync() {
        sync.cancel();
    }

    /** Polls the head every {@code SyncConfig.pollInterval} and verifies new headers (reorgs reach listeners). */
    public synchronized void startFollowing() {
        if (following == null) {
            long ms = config.sync().pollInterval().toMillis();
            following = syncExecutor.scheduleWithFixedDelay(this::followOnce, 0, ms, TimeUnit.MILLISECONDS);
        }
    }

    public synchronized void stopFollowing() {
        if (following != null) {
            following.cancel(false);
            following = null;
        }
    }

    private void followOnce() {
        try {
            sync.syncToHead();
        } catch (RuntimeException e) {
            LOG.warn("following the head: {}", e.getMessage()); // the pool's health tells the UI which endpoint failed
        }
    }

    public void addSyncListener(SyncListener listener) {
        sync.addListener(listener);
    }

    public void removeSyncListener(SyncListener listener) {
        sync.removeListener(listener);
    }

    /** The highest verified header, if any (read from the store; does not touch the network). */
    public Optional<StoredHeader> verifiedHead() {
        return store.head();
    }

    /** A verified header by number, if it is in the store (no network). */
    public Optional<StoredHeader> storedVerifiedHeader(long number) {
        return store.byNumber(number);
    }

    /**
     * A verified header by number: from the store or, in skip mode, proven now by a historyRoot branch.
     * Fails with {@link net.utilitynet.lightclient.verify.UnverifiableException} when it cannot be verified yet.
     */
    public CompletableFuture<StoredHeader> verifiedHeader(long number) {
        return query(() -> headers.verifiedHeaderAt(number));
    }

    /** The verified checkpoint of {@code epoch} (validators, miner-set root, total power), if its header is stored. */
    public Optional<Checkpoint> verifiedCheckpoint(long epoch) {
        if (config.sync().mode() == SyncMode.LINKAGE_ONLY) {
            return Optional.empty();
        }
        return store.byNumber(epoch * config.sync().rules().epochLength())
                .map(h -> ExtraData.decode(BlockHeader.decode(h.rlp()).extraData()).checkpoint());
    }

    /**
     * The miner set of {@code epoch} from {@code unc_getMinerSet}, accepted only when its entries rebuild the
     * minerSetRoot and totalPower of the verified checkpoint of that epoch.
     */
    public CompletableFuture<Verified<MinerSet>> verifiedMinerSet(long epoch) {
        return query(() -> {
            long number = epoch * config.sync().rules().epochLength();
            StoredHeader at = store.byNumber(number).orElseThrow(() -> new UnverifiableException(
                    "checkpoint of epoch " + epoch + " (block " + number + ") is not verified yet; sync first"));
            Checkpoint cp = verifiedCheckpoint(epoch).orElseThrow();
            MinerSet set = pool.withFailover("unc_getMinerSet " + epoch, endpoint -> MinerSetVerifier.verify(
                    endpoint.call("unc_getMinerSet", Numeric.encodeQuantity(BigInteger.valueOf(epoch))), cp, number));
            return new Verified<>(set, at.number(), at.hash(), at.trust());
        });
    }

    /**
     * The endpoint's index of transactions touching {@code address} (wallet history): UNTRUSTED, a list of hints;
     * show an entry only after {@link #verifiedReceipt} proved it.
     */
    public CompletableFuture<JsonNode> untrustedTransactionsByAddress(byte[] address, long fromBlock, int limit) {
        return query(() -> pool.withFailover("unc_getTransactionsByAddress", endpoint -> endpoint.call(
                "unc_getTransactionsByAddress", Numeric.toHexString(address), Numeric.encodeQuantity(BigInteger.valueOf(fromBlock)),
                Numeric.encodeQuantity(BigInteger.valueOf(limit)))));
    }

    public SyncMode mode() {
        return config.sync().mode();
    }

    public List<EndpointHealth> endpointHealth() {
        return pool.health();
    }

    public void addEndpointHealthListener(Consumer<EndpointHealth> listener) {
        pool.addHealthListener(listener);
    }

    public CompletableFuture<Verified<BigInteger>> verifiedBalance(byte[] address) {
        return query(() -> state.verifiedBalance(address));
    }

    public CompletableFuture<Verified<BigInteger>> verifiedNonce(byte[] address) {
        return query(() -> state.verifiedNonce(address));
    }

    public CompletableFuture<Verified<BigInteger>> verifiedStorage(byte[] contract, byte[] slot32) {
        return query(() -> state.verifiedStorage(contract, slot32));
    }

    public CompletableFuture<Verified<ProvenAccount>> verifiedAccount(byte[] address, List<byte[]> slots) {
        return query(() -> state.verifiedAccount(address, slots));
    }

    /** The account proven at verified block {@code blockNumber} (for {@code verify-account --block N}). */
    public CompletableFuture<Verified<ProvenAccount>> verifiedAccountAt(byte[] address, long blockNumber) {
        return query(() -> state.verifiedAccountAt(address, List.of(), blockNumber));
    }

    public CompletableFuture<Verified<byte[]>> verifiedCode(byte[] address) {
        return query(() -> state.verifiedCode(address));
    }

    /** Receipt and transaction inclusion, both proven against the verified header of the block. */
    public CompletableFuture<Verified<VerifiedReceipt>> verifiedReceipt(byte[] txHash) {
        return query(() -> state.verifiedReceipt(txHash));
    }

    /**
     * Broadcasts a signed transaction through the pool and returns its hash. The node's answer is checked to be
     * keccak256 of the raw bytes; inclusion is proven later with {@link #verifiedReceipt}.
     */
    public CompletableFuture<byte[]> sendRawTransaction(byte[] signedTransaction) {
        byte[] expected = Hash.sha3(signedTransaction);
        return query(() -> pool.withFailover("eth_sendRawTransaction", endpoint -> {
            String answer = endpoint.call("eth_sendRawTransaction", Numeric.toHexString(signedTransaction)).asText();
            if (!Numeric.toHexString(expected).equalsIgnoreCase(answer)) {
                throw new VerificationException(-1, "transaction-hash", "eth_sendRawTransaction answered " + answer
                        + " but the transaction hashes to " + Numeric.toHexString(expected));
            }
            return expected;
        }));
    }

    /**
     * Starts the verified local JSON-RPC on 127.0.0.1:{@code port} (0 = any free port); close it to stop. It answers
     * only from verified data and forwards eth_sendRawTransaction.
     */
    public VerifiedRpcServer startVerifiedRpc(int port) throws java.io.IOException {
        Long chainId = config.sync().mode() == SyncMode.LINKAGE_ONLY ? null : config.sync().rules().chainId();
        return VerifiedRpcServer.start(port, state, store, chainId, raw -> {
            try {
                return sendRawTransaction(raw).join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        });
    }

    /**
     * The endpoint pool, for calls the light client has no verified form of (miner and wallet use it with
     * failover and attribution); everything it returns is UNTRUSTED until the caller verifies it.
     */
    public EndpointPool endpointPool() {
        return pool;
    }

    private <T> CompletableFuture<T> query(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, queryExecutor);
    }

    @Override
    public void close() {
        sync.cancel();
        syncExecutor.shutdownNow();
        queryExecutor.shutdownNow();
        try {
            syncExecutor.awaitTermination(10, TimeUnit.SECONDS);
            queryExecutor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
