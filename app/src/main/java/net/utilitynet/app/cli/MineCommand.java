package net.utilitynet.app.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.UserFacingException;
import net.utilitynet.app.market.MarketAccess;
import net.utilitynet.app.market.ProviderAccess;
import net.utilitynet.app.miner.MinerFactory;
import net.utilitynet.app.networks.NetworkDefinition;
import net.utilitynet.app.runtime.NetworkSession;
import net.utilitynet.devnet.Devnet;
import net.utilitynet.devnet.DevnetConfig;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.LightClientConfig;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.lightclient.sync.SyncConfig;
import net.utilitynet.lightclient.sync.SyncMode;
import net.utilitynet.lightclient.sync.TrustAnchor;
import net.utilitynet.lightclient.verify.ChainRules;
import net.utilitynet.miner.Miner;
import net.utilitynet.miner.access.AccessConfig;
import net.utilitynet.miner.access.LeaseAccess;
import net.utilitynet.miner.market.LeaseProvider;
import net.utilitynet.wallet.chain.LightClientChainAccess;
import net.utilitynet.miner.agent.AgentStatus;
import net.utilitynet.miner.attest.simulated.SimulatedChip;
import net.utilitynet.miner.register.RegistrationStatus;
import net.utilitynet.miner.store.RegisteredChip;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.outbox.Outbox;
import net.utilitynet.wallet.secure.Passwords;
import net.utilitynet.wallet.store.WalletStore;
import org.web3j.utils.Numeric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code utilitynet mine}: headless mining. Unlocks the wallet, verifies the chain with the light client, registers
 * chips when asked, runs the mining agent on every verified head and writes one log line per event to standard
 * output (suited to journald), and serves leases of this account: the lease access gateway (or the provider's grant
 * hook) with access grants delivered on every verified head. Stops on SIGTERM / Ctrl+C. On the embedded devnet
 * network without {@code --rpc} it runs the devnet in this process.
 */
@Command(name = "mine", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Mine headless: heartbeats and VRF claims for this wallet's registered chips; logs to stdout.")
public final class MineCommand implements java.util.concurrent.Callable<Integer> {
    static final String PASSWORD_ENV = "UTILITYNET_PASSWORD";

    @ParentCommand
    private UtilityNetCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--account", required = true, paramLabel = "ADDRESS", description = "Mining account (in this network's wallet).")
    private String account;

    @Option(names = "--payout", paramLabel = "ADDRESS", description = "Where block rewards go (default: the mining account).")
    private String payout;

    @Option(names = "--password-file", paramLabel = "FILE|-",
            description = "Wallet password from FILE or - (stdin); else $" + PASSWORD_ENV + "; else read from stdin.")
    private String passwordFile;

    @Option(names = "--network", paramLabel = "ID", description = "Network id (default: the active network).")
    private String network;

    @Option(names = "--rpc", paramLabel = "URL", description = "JSON-RPC endpoint(s) instead of the network's (repeatable).")
    private List<URI> rpc = new ArrayList<>();

    @Option(names = "--register", description = "Attest and register every attestable chip of this machine not registered yet.")
    private boolean register;

    @Option(names = "--simulated-chips", paramLabel = "N", defaultValue = "0",
            description = "Devnet only: make sure this wallet has N simulated chips, registering new ones.")
    private int simulatedChips;

    @Option(names = "--auto-start", negatable = true, description = "Remember whether the app starts mining at launch (default: unchanged).")
    private Boolean autoStart;

    @Option(names = "--gateway-host", paramLabel = "HOST",
            description = "Lease access gateway: address to listen on (saved; default 127.0.0.1; 0.0.0.0 = every interface, needs --gateway-url).")
    private String gatewayHost;

    @Option(names = "--gateway-port", paramLabel = "PORT", description = "Lease access gateway: port (saved; default "
            + AccessConfig.DEFAULT_PORT + ").")
    private Integer gatewayPort;

    @Option(names = "--gateway-url", paramLabel = "URL",
            description = "The gateway's public URL written into grants, e.g. behind NAT (saved; '' = http://HOST:PORT).")
    private String gatewayUrl;

    @Option(names = "--grant-hook", paramLabel = "FILE",
            description = "Your own grant command, run as 'FILE issue|revoke …' instead of the gateway (saved; '' = none). See docs/market.md.")
    private String grantHook;

    @Option(names = "--exit-after-blocks", paramLabel = "N", defaultValue = "0", hidden = true,
            description = "Stop after handling N verified heads (scripts and tests).")
    private long exitAfterBlocks;

    @Override
    public Integer call() throws Exception {
        char[] password = password();
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext context = root.openContext()) {
            String networkId = WalletCliSupport.networkId(context, network);
            NetworkDefinition net = context.networks().current().find(networkId).orElseThrow();
            if (net.chainId() != NetworkDefinition.DEVNET_CHAIN_ID) {
                throw new UserFacingException("--network: mining needs the chain parameters of network '" + networkId + "' (chain id "
                        + net.chainId() + "); only the devnet's are bundled with this version");
            }
            ChainParams params = ChainParams.devnet();
            Path folder = MinerCliSupport.networkFolder(context, network);
            try (Resources r = new Resources()) {
                List<URI> endpoints = rpc.isEmpty() ? net.rpcUrls().stream().map(URI::create).toList() : rpc;
                if (endpoints.isEmpty() && net.embedded()) {
                    r.devnet = Devnet.start(DevnetConfig.defaults(folder.resolve(NetworkSession.DEVNET_FOLDER)));
                    endpoints = List.of(r.devnet.rpcUrl());
                    log(out, "embedded devnet running at " + r.devnet.rpcUrl());
                }
                TrustAnchor anchor = anchor(net, endpoints.get(0), out);
                r.light = LightClient.open(LightClientConfig.of(endpoints, folder.resolve(MinerCliSupport.HEADERS_DB),
                        SyncConfig.of(SyncMode.FULL, anchor, ChainRules.of(params))));
                WalletStore wallet = WalletCliSupport.openUnlocked(folder.resolve(WalletCliSupport.WALLET_FILE), password);
                r.wallet = wallet;
                Address miner = WalletCliSupport.signingAccount(wallet, "--account", account);
                Address payTo = payout == null ? miner : WalletCliSupport.wallet(() -> Address.parse(payout, "payout"));
                r.outbox = Outbox.open(folder.resolve(MinerCliSupport.OUTBOX_DB), Clock.systemUTC());
                r.executor = Executors.newSingleThreadExecutor(t -> new Thread(t, "utilitynet-miner"));
                r.miner = MinerFactory.open(folder, miner, payTo, r.light, params, wallet, r.outbox, r.executor);
                log(out, "verifying the chain from " + anchor + " …");
                log(out, "verified head " + r.light.sync().join().number());
                prepareChips(r.miner, params, out);
                if (autoStart != null) {
                    r.miner.setAutoStart(autoStart);
                }
                saveAccessOptions(r.miner);
                startLeaseAccess(r, params, wallet, miner, out);
                return run(r, out);
            }
        } finally {
            Passwords.wipe(password);
        }
    }

    /** The gateway options are saved in {@code miner.db} (like {@code --auto-start}), so the app serves leases the same way. */
    private void saveAccessOptions(Miner miner) {
        if (gatewayHost == null && gatewayPort == null && gatewayUrl == null && grantHook == null) {
            return;
        }
        AccessConfig saved = WalletCliSupport.wallet(miner::accessConfig);
        miner.setAccessConfig(WalletCliSupport.wallet(() -> AccessConfig.parse(gatewayHost != null ? gatewayHost : saved.host(),
                gatewayPort != null ? gatewayPort : saved.port(),
                gatewayUrl != null ? gatewayUrl : saved.publicUrl().map(Object::toString).orElse(""),
                grantHook != null ? grantHook : saved.hook().map(Object::toString).orElse(""))));
    }

    /**
     * Starts the gateway (or hook) and automatic grants as the app does ({@link ProviderAccess}); when it cannot (port
     * taken, saved hook gone) mining still runs and the reason is logged.
     */
    private void startLeaseAccess(Resources r, ChainParams params, WalletStore wallet, Address account, PrintWriter out) {
        LeaseProvider provider = MarketAccess.open(MarketAccess.reader(r.light, params), wallet, r.outbox,
                new LightClientChainAccess(r.light), account).provider();
        r.access = ProviderAccess.start(r.miner, provider);
        r.access.problem().ifPresent(p -> log(out, "lease access not started: " + p
                + "; mining goes on, but leases of this account get no access grants"));
        r.access.access().ifPresent(access -> {
            LeaseAccess.Status status = access.status();
            log(out, status.endpoint().map(u -> "lease access gateway at " + u).orElseGet(() -> "access grants from the hook "
                    + status.hook().map(Object::toString).orElse("")));
            AtomicReference<java.util.Map<java.math.BigInteger, String>> problems = new AtomicReference<>(java.util.Map.of());
            access.addListener(round -> {
                round.sent().forEach(e -> log(out, "access grant sent in transaction " + e.hash()));
                if (!round.problems().equals(problems.getAndSet(round.problems()))) {
                    round.problems().forEach((lease, why) -> log(out, "access grant of lease " + lease + ": " + why));
                }
            });
            access.deliverNow(); // a round now that its lines are logged (a grant already on its way is not sent twice)
        });
    }

    private int run(Resources r, PrintWriter out) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        AtomicLong heads = new AtomicLong();
        AtomicReference<AgentStatus> previous = new AtomicReference<>();
        r.miner.addListener(s -> {
            AgentStatus p = previous.getAndSet(s);
            if (p == null || p.blocksWon() != s.blocksWon() || !p.problems().equals(s.problems())
                    || p.nextHeartbeatBlock() != s.nextHeartbeatBlock() || !p.election().equals(s.election())) {
                log(out, describe(s));
            }
            if (s.verifiedHead() >= 0 && exitAfterBlocks > 0 && heads.incrementAndGet() >= exitAfterBlocks) {
                done.countDown();
            }
        });
        CountDownLatch closed = r.closed;
        Thread hook = new Thread(() -> {
            done.countDown();
            try {
                closed.await(10, java.util.concurrent.TimeUnit.SECONDS); // let the stores close before the JVM halts
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "utilitynet-mine-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        r.miner.start();
        r.light.startFollowing();
        log(out, "mining as " + account + " (stop with Ctrl+C or SIGTERM)");
        done.await();
        r.miner.stop();
        log(out, "mining stopped; " + describe(r.miner.status()));
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already exiting because of the signal
        }
        return 0;
    }

    private void prepareChips(Miner miner, ChainParams params, PrintWriter out) {
        List<RegisteredChip> known = miner.registrations().join().stream().map(RegistrationStatus::chip).toList();
        if (simulatedChips > 0) {
            if (!params.devnetFeatures()) {
                throw new UserFacingException("--simulated-chips: simulated chips exist on the devnet only");
            }
            long have = miner.localChips().join().stream().filter(c -> c.chip().simulated()).count();
            for (long i = have; i < simulatedChips; i++) {
                SimulatedChip sim = miner.addSimulatedChip().join();
                log(out, "simulated chip " + sim.localId() + " certified by the devnet (devnet only)");
            }
        }
        if (register || simulatedChips > 0) {
            miner.localChips().join().stream()
                    .filter(c -> c.chip().attestation().capable() && (register || c.chip().simulated()))
                    .filter(c -> known.stream().noneMatch(k -> c.chip().uuid().filter(k.localId()::equals).isPresent()))
                    .forEach(c -> {
                        RegisteredChip reg = miner.register(c.chip()).join();
                        log(out, "registration of " + c.chip().label() + " sent: chip " + reg.chipId() + ", transaction " + reg.registerTx());
                    });
        }
        for (RegistrationStatus s : miner.registrations().join()) {
            log(out, s.chip().model() + " " + s.chip().chipId() + ": " + s.state().name().toLowerCase(java.util.Locale.ROOT) + " — " + s.reason());
        }
    }

    private TrustAnchor anchor(NetworkDefinition net, URI endpoint, PrintWriter out) {
        if (!net.checkpointHash().isEmpty()) {
            return new TrustAnchor(net.checkpointNumber(), Numeric.hexStringToByteArray(net.checkpointHash()));
        }
        // The devnet has no configured checkpoint: its genesis is trusted on first use (our own process when embedded).
        String genesis = new HttpRpcClient(endpoint).call("eth_getBlockByNumber", "0x0", false).get("hash").asText();
        log(out, "trusting the devnet genesis " + genesis + " from " + endpoint);
        return new TrustAnchor(0, Numeric.hexStringToByteArray(genesis));
    }

    private char[] password() {
        if (passwordFile != null) {
            return WalletCliSupport.secret(passwordFile, "--password-file", System.in);
        }
        String env = System.getenv(PASSWORD_ENV);
        if (env != null && !env.isEmpty()) {
            return env.toCharArray();
        }
        return WalletCliSupport.secret("-", "--password-file", System.in);
    }

    static String describe(AgentStatus s) {
        return "head " + s.verifiedHead() + ", blocks won " + s.blocksWon()
                + s.lastClaim().map(c -> ", last claim for block " + c.height() + (c.best() ? " (best)" : " (outbid)")).orElse("")
                + (s.nextHeartbeatBlock() > 0 ? ", next heartbeat at block " + s.nextHeartbeatBlock() : "")
                + (s.election().isEmpty() ? "" : ", " + s.election())
                + (s.problems().isEmpty() ? "" : ", problems: " + String.join("; ", s.problems()));
    }

    private static void log(PrintWriter out, String line) {
        synchronized (out) {
            out.println(Instant.now() + " " + line);
            out.flush();
        }
    }

    /** Everything the command opened, closed in reverse order. */
    private static final class Resources implements AutoCloseable {
        Devnet devnet;
        LightClient light;
        WalletStore wallet;
        Outbox outbox;
        ExecutorService executor;
        Miner miner;
        ProviderAccess access;
        final CountDownLatch closed = new CountDownLatch(1);

        @Override
        public void close() {
            try {
                closeAll();
            } finally {
                closed.countDown();
            }
        }

        private void closeAll() {
            if (access != null) {
                access.close();
            }
            if (miner != null) {
                miner.close();
            }
            if (executor != null) {
                executor.shutdownNow();
            }
            if (light != null) {
                light.close();
            }
            if (outbox != null) {
                outbox.close();
            }
            if (wallet != null) {
                wallet.lock();
            }
            if (devnet != null) {
                devnet.close();
            }
        }
    }
}
