package net.utilitynet.devnet;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import net.utilitynet.devnet.chain.BlockClock;
import net.utilitynet.devnet.chain.BlockProducer;
import net.utilitynet.devnet.chain.BlockScheduler;
import net.utilitynet.devnet.chain.Blockchain;
import net.utilitynet.devnet.chain.CheckpointFactory;
import net.utilitynet.devnet.chain.ClaimPool;
import net.utilitynet.devnet.chain.Genesis;
import net.utilitynet.devnet.chain.InclusionWatcher;
import net.utilitynet.devnet.chain.MinerSetSource;
import net.utilitynet.devnet.chain.ProducerConfig;
import net.utilitynet.devnet.execution.TransactionExecutor;
import net.utilitynet.devnet.execution.TransactionValidator;
import net.utilitynet.devnet.modules.DevFaucet;
import net.utilitynet.devnet.modules.LeaseMarket;
import net.utilitynet.devnet.modules.PociRegistry;
import net.utilitynet.devnet.execution.TransactionDecoder;
import net.utilitynet.devnet.store.LogRecord;
import net.utilitynet.protocol.modules.PociRegistryAbi;
import java.util.Arrays;
import net.utilitynet.devnet.modules.SystemModule;
import net.utilitynet.devnet.rpc.DevApi;
import net.utilitynet.devnet.rpc.EthApi;
import net.utilitynet.devnet.rpc.RpcDispatcher;
import net.utilitynet.devnet.rpc.RpcServer;
import net.utilitynet.devnet.rpc.TxApi;
import net.utilitynet.devnet.rpc.UncApi;
import net.utilitynet.devnet.rpc.WebSocketServer;
import net.utilitynet.devnet.rpc.ChainJson;
import net.utilitynet.devnet.state.Address;
import net.utilitynet.devnet.state.BufferedNodeStore;
import net.utilitynet.devnet.state.StateStore;
import net.utilitynet.devnet.store.ChainStore;
import net.utilitynet.devnet.txpool.TxAdmission;
import net.utilitynet.devnet.txpool.TxPool;
import net.utilitynet.protocol.chain.Allocation;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.protocol.chain.DevnetAccounts;
import net.utilitynet.protocol.header.BlockHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running single-node UtilityNet chain (design §4), reached over loopback JSON-RPC like any remote node.
 * {@code Devnet.start(DevnetConfig.defaults(dir))} opens or creates the chain in {@code dir}, resumes at the
 * stored head, and serves {@link #rpcUrl()}; {@link #close()} stops it (the database is always consistent).
 */
public final class Devnet implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Devnet.class);
    public static final int RPC_THREADS = 4;
    public static final int MAX_BATCH = 1000;
    public static final int POOL_MAX_TOTAL = 20_000;
    public static final int POOL_MAX_PER_SENDER = 5_000;
    public static final int WS_MAX_CONNECTIONS = 64;

    private final ChainStore store;
    private final Blockchain chain;
    private final BlockScheduler scheduler;
    private final RpcServer server;
    private final WebSocketServer ws;

    private Devnet(ChainStore store, Blockchain chain, BlockScheduler scheduler, RpcServer server, WebSocketServer ws) {
        this.store = store;
        this.chain = chain;
        this.scheduler = scheduler;
        this.server = server;
        this.ws = ws;
    }

    public static Devnet start(DevnetConfig config) throws IOException {
        ChainParams params = config.genesis();
        ChainStore store = ChainStore.open(config.dataDir());
        try {
            StateStore states = new StateStore(new BufferedNodeStore(store::trieNode));
            Blockchain chain = new Blockchain(store, states, params.epochLength());
            Genesis.createOrCheck(chain, params, params.devnetFeatures()
                    ? List.of(new Allocation(DevFaucet.address().bytes(), DevFaucet.GENESIS_BALANCE)) : List.of());
            TransactionValidator validator = new TransactionValidator(params.chainId());
            PociRegistry registry = new PociRegistry(params);
            relearnChips(store, chain, registry);
            Map<Address, SystemModule> modules = Map.of(PociRegistry.ADDRESS, registry, LeaseMarket.ADDRESS, new LeaseMarket(registry));
            MinerSetSource miners = registry;
            TransactionExecutor executor = new TransactionExecutor(modules, validator);
            TxPool pool = new TxPool(POOL_MAX_TOTAL, POOL_MAX_PER_SENDER);
            TxAdmission admission = new TxAdmission(chain, validator, pool);
            ClaimPool claims = new ClaimPool(chain, params.chainId(), params.electionFactor());
            ProducerConfig producerConfig = new ProducerConfig(params.chainId(), params.epochLength(), DevnetAccounts.validatorKey(),
                    params.validators(), params.rewardSchedule(), params.electionFactor(), Genesis.VANITY);
            BlockProducer producer = new BlockProducer(chain, pool, claims, executor, registry,
                    new CheckpointFactory(chain, params.validators(), miners), producerConfig,
                    new BlockClock(() -> System.currentTimeMillis() / 1000, config.blockTimeMs() == 0 ? BlockClock.ON_DEMAND_LAG_SECONDS : 0));
            BlockScheduler scheduler = new BlockScheduler(producer, config.blockTimeMs());

            RpcDispatcher rpc = new RpcDispatcher(MAX_BATCH);
            new EthApi(chain, pool, executor, params.chainId()).register(rpc);
            new TxApi(chain, pool, admission).register(rpc);
            new UncApi(chain, claims).register(rpc);
            if (params.devnetFeatures()) {
                DevFaucet faucet = new DevFaucet(chain, pool, admission, params.chainId());
                new DevApi(scheduler, faucet, new InclusionWatcher(chain), params).register(rpc);
            }
            RpcServer server = RpcServer.start(config.host(), config.port(), rpc, RPC_THREADS, RpcServer.DEFAULT_MAX_REQUEST_BYTES);
            WebSocketServer ws = null;
            if (config.wsPort() >= 0) {
                try {
                    ws = WebSocketServer.start(config.host(), config.wsPort(), rpc, WS_MAX_CONNECTIONS, RpcServer.DEFAULT_MAX_REQUEST_BYTES);
                } catch (IOException | RuntimeException e) {
                    server.close();
                    throw e;
                }
                WebSocketServer heads = ws;
                chain.onNewHead(h -> heads.publishNewHead(ChainJson.header(h)));
            }
            scheduler.start();
            LOG.info("devnet chain {} at block {} serving {}", params.chainId(), chain.head().number(), server.url());
            return new Devnet(store, chain, scheduler, server, ws);
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Teaches the registry the chips registered in stored blocks (their certificate chains check heartbeats). */
    private static void relearnChips(ChainStore store, Blockchain chain, PociRegistry registry) {
        byte[] topic = PociRegistryAbi.CHIP_REGISTERED.topic0();
        for (LogRecord l : store.logs(0, chain.head().number(), List.of(PociRegistry.ADDRESS.bytes()))) {
            if (!l.topics().isEmpty() && Arrays.equals(l.topics().get(0), topic)) {
                registry.learn(TransactionDecoder.decode(store.tx(l.txHash()).value().raw()).data());
            }
        }
    }

    /** The JSON-RPC endpoint, e.g. http://127.0.0.1:8545. */
    public URI rpcUrl() {
        return server.url();
    }

    /** The WebSocket endpoint (eth_subscribe newHeads), e.g. ws://127.0.0.1:8546, unless disabled. */
    public java.util.Optional<URI> wsUrl() {
        return java.util.Optional.ofNullable(ws).map(WebSocketServer::url);
    }

    /** Produces one block now and returns its header (any mode). */
    public BlockHeader mineBlock() {
        try {
            return scheduler.mineNow().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while mining", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("block production failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** The current head block number. */
    public long headNumber() {
        return chain.head().number();
    }

    @Override
    public void close() {
        if (ws != null) {
            ws.close();
        }
        server.close();
        scheduler.close();
        store.close();
    }
}
