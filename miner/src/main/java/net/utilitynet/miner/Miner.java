package net.utilitynet.miner;

import java.io.IOException;
import java.io.Writer;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.miner.access.AccessConfig;
import net.utilitynet.miner.access.AccessCredentials;
import net.utilitynet.miner.access.LeaseAccess;
import net.utilitynet.miner.agent.AgentStatus;
import net.utilitynet.miner.agent.AttestedChip;
import net.utilitynet.miner.agent.ClaimMaker;
import net.utilitynet.miner.agent.ClaimSubmitter;
import net.utilitynet.miner.agent.HeartbeatScheduler;
import net.utilitynet.miner.agent.LocalChips;
import net.utilitynet.miner.agent.MiningAgent;
import net.utilitynet.miner.agent.MiningListener;
import net.utilitynet.miner.agent.VerifiedMinerSets;
import net.utilitynet.miner.attest.AttestationFailedException;
import net.utilitynet.miner.attest.AttestationProvider;
import net.utilitynet.miner.attest.simulated.SimulatedChip;
import net.utilitynet.wallet.chain.LightClientChainAccess;
import net.utilitynet.miner.chain.MinerChain;
import net.utilitynet.miner.chain.ModuleCallSender;
import net.utilitynet.miner.detect.Chip;
import net.utilitynet.miner.keys.SimulatedChipVault;
import net.utilitynet.miner.market.DeliveredGrants;
import net.utilitynet.miner.market.LeaseProvider;
import net.utilitynet.miner.keys.VrfKeyStore;
import net.utilitynet.miner.register.ChipRegistrar;
import net.utilitynet.miner.register.RegistrationStatus;
import net.utilitynet.miner.register.SimulatedChipEnroller;
import net.utilitynet.miner.rewards.RewardScanner;
import net.utilitynet.miner.rewards.RewardsCsv;
import net.utilitynet.miner.rewards.RewardsLedger;
import net.utilitynet.miner.rewards.RewardsReport;
import net.utilitynet.miner.store.ChipBook;
import net.utilitynet.miner.store.MinerDatabase;
import net.utilitynet.miner.store.RegisteredChip;
import net.utilitynet.protocol.attestation.SimulatedChipVerifier;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.protocol.modules.MinerStats;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.outbox.Outbox;
import net.utilitynet.wallet.store.WalletStore;
import net.utilitynet.lightclient.state.Verified;

/**
 * The miner module's entry point for the app and the CLI: local chips (detected hardware and devnet simulated
 * chips), "Attest &amp; register", the mining agent (Start/Stop, status, listeners, auto-start) and the rewards
 * report. Blocking work runs on the executor given in {@link Setup}; every future completes there.
 */
public final class Miner implements AutoCloseable {
    private static final String AUTO_START = "agent.autoStart";
    private static final String ACCESS_HOST = "access.host";
    private static final String ACCESS_PORT = "access.port";
    private static final String ACCESS_PUBLIC_URL = "access.publicUrl";
    private static final String ACCESS_HOOK = "access.hook";

    /**
     * What a miner needs.
     *
     * @param database          the miner's SQLite file (per network), e.g. {@code data/devnet/miner.db}
     * @param account           the mining account (registers chips, signs heartbeats' transactions); in the wallet
     * @param payout            where block rewards go (often the same account)
     * @param rewardsFromBlock  first block the rewards ledger scans on a new database
     * @param detected          detected hardware chips (e.g. {@code ChipDetector::detect}); simulated chips come from the wallet
     * @param hardwareProviders attestation providers for hardware (e.g. NVIDIA Confidential Computing)
     * @param executor          where blocking work and the agent run (a named single thread in the app)
     */
    public record Setup(java.nio.file.Path database, Address account, Address payout, long rewardsFromBlock,
                        Supplier<List<Chip>> detected, List<AttestationProvider> hardwareProviders, Executor executor, Clock clock) {
    }

    private final Setup setup;
    private final LightClient light;
    private final MinerChain chain;
    private final MinerDatabase db;
    private final ChipBook book;
    private final RewardsLedger ledger;
    private final LocalChips chips;
    private final ChipRegistrar registrar;
    private final SimulatedChipEnroller enroller;
    private final ModuleCallSender sender;
    private final MiningAgent agent;

    private Miner(Setup setup, LightClient light, ChainParams params, WalletStore wallet, Outbox outbox) {
        this.setup = setup;
        this.light = light;
        this.chain = new MinerChain(light, params);
        this.db = MinerDatabase.open(setup.database());
        this.book = new ChipBook(db, setup.clock());
        this.ledger = new RewardsLedger(db);
        SimulatedChipVault vault = new SimulatedChipVault(wallet);
        Optional<SimulatedChipVerifier> simVerifier = params.devnetFeatures()
                ? params.vendorRootFor(SimulatedChip.VENDOR).map(r -> new SimulatedChipVerifier(r.certificate()))
                : Optional.empty();
        this.chips = new LocalChips(setup.detected(), setup.hardwareProviders(), vault, simVerifier);
        VrfKeyStore vrf = new VrfKeyStore(wallet, new SecureRandom());
        this.sender = new ModuleCallSender(wallet, outbox, new LightClientChainAccess(light), chain);
        this.registrar = new ChipRegistrar(chain, sender, book, vrf);
        this.enroller = new SimulatedChipEnroller(chain, vault);
        VerifiedMinerSets sets = new VerifiedMinerSets(chain);
        this.agent = new MiningAgent(chain, sender,
                new HeartbeatScheduler(chain, book, db, chips, sender, setup.account()), sets,
                new ClaimMaker(params.chainId(), params.electionFactor(), vrf), new ClaimSubmitter(chain),
                new RewardScanner(chain, ledger, sets, setup.account().bytes(), setup.rewardsFromBlock()), ledger,
                setup.account(), setup.executor(), setup.clock());
    }

    /**
     * Opens the miner on an unlocked wallet store and the wallet's outbox. The light client must be syncing (or be
     * synced by the caller); the agent acts on its verified heads.
     */
    public static Miner open(Setup setup, LightClient light, ChainParams params, WalletStore wallet, Outbox outbox) {
        return new Miner(setup, light, params, wallet, outbox);
    }

    /** Hardware and simulated chips of this machine with their attestation providers. */
    public CompletableFuture<List<AttestedChip>> localChips() {
        return async(chips::all);
    }

    /** Devnet only: a new simulated chip, certified by the devnet, kept in the wallet. */
    public CompletableFuture<SimulatedChip> addSimulatedChip() {
        return async(() -> enroller.enroll(SimulatedChipEnroller.MODEL));
    }

    /** "Attest &amp; register" for a local chip (found by its local id). */
    public CompletableFuture<RegisteredChip> register(Chip chip) {
        return async(() -> {
            AttestedChip local = chip.uuid().flatMap(chips::find).orElseThrow(() -> new IllegalArgumentException(
                    "chip " + chip.label() + " is not on this machine; detect chips again"));
            try {
                return registrar.register(local.chip(), local.provider(), setup.account(), setup.payout());
            } catch (AttestationFailedException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
    }

    /** Every chip this miner registered, with its state read from verified registry storage. */
    public CompletableFuture<List<RegistrationStatus>> registrations() {
        return async(() -> {
            sender.refresh();
            return book.all().stream().map(registrar::status).toList();
        });
    }

    public void start() {
        agent.start();
    }

    public void stop() {
        agent.stop();
    }

    public AgentStatus status() {
        return agent.status();
    }

    public void addListener(MiningListener listener) {
        agent.addListener(listener);
    }

    public void removeListener(MiningListener listener) {
        agent.removeListener(listener);
    }

    /** The agent itself (for stepping it at a given verified head). */
    public MiningAgent agent() {
        return agent;
    }

    public boolean autoStart() {
        return Boolean.parseBoolean(db.meta(AUTO_START, "false"));
    }

    public void setAutoStart(boolean on) {
        db.putMeta(AUTO_START, Boolean.toString(on));
    }

    /** At application start: starts mining when auto-start is on; returns whether it did. */
    public boolean resumeIfAutoStart() {
        if (autoStart()) {
            sender.resume();
            start();
            return true;
        }
        return false;
    }

    /**
     * The live readings of this machine's chip registered as {@code chipIdHex} (detected again on each call); empty when
     * this miner did not register it or the chip is not visible now.
     */
    public Optional<Chip> liveChip(String chipIdHex) {
        return book.byChipId(chipIdHex).flatMap(r -> chips.find(r.localId())).map(AttestedChip::chip);
    }

    /**
     * How renters get access to this machine's leased chips, as last saved ({@link #setAccessConfig}); the gateway on
     * loopback at the default port until then. Throws {@code InvalidInputException} naming the field when a saved value
     * no longer works (e.g. the hook file was removed).
     */
    public AccessConfig accessConfig() {
        AccessConfig d = AccessConfig.defaults();
        return AccessConfig.parse(db.meta(ACCESS_HOST, d.host()), Integer.parseInt(db.meta(ACCESS_PORT, Integer.toString(d.port()))),
                db.meta(ACCESS_PUBLIC_URL, ""), db.meta(ACCESS_HOOK, ""));
    }

    /** Saves how renters get access (used by the app and by {@code utilitynet mine} from then on). */
    public void setAccessConfig(AccessConfig config) {
        db.putMeta(ACCESS_HOST, config.host());
        db.putMeta(ACCESS_PORT, Integer.toString(config.port()));
        db.putMeta(ACCESS_PUBLIC_URL, config.publicUrl().map(Object::toString).orElse(""));
        db.putMeta(ACCESS_HOOK, config.hook().map(Object::toString).orElse(""));
    }

    /**
     * Starts the lease access side of {@code provider} (this mining account's {@link LeaseProvider}): the access gateway
     * or the grant hook of {@code config}, and grant delivery on every verified head, run on {@code executor}.
     * Credentials and delivered grants are kept in {@code miner.db}. Close it before this miner.
     */
    public LeaseAccess startLeaseAccess(AccessConfig config, LeaseProvider provider, Executor executor) {
        return LeaseAccess.start(config, provider, new AccessCredentials(db, setup.clock()), new DeliveredGrants(db, setup.clock()),
                this::liveChip, light, executor);
    }

    /** Ledger totals and aggregates, uptime, and the registry's verified counters for comparison. */
    public CompletableFuture<RewardsReport> rewards() {
        return async(() -> {
            Verified<MinerStats> stats = chain.verifiedMinerStats(setup.account().bytes());
            return new RewardsReport(ledger.totals(), ledger.totals(RewardsLedger.Period.DAY), ledger.totals(RewardsLedger.Period.WEEK),
                    book.count(ChipBook.HeartbeatOutcome.MADE), book.count(ChipBook.HeartbeatOutcome.MISSED),
                    stats.value().rewardsCredited(), stats.value().blocksWon(),
                    chain.verifiedBalance(setup.payout().bytes()).value(),
                    chain.verifiedUnclaimedLeaseIncome(setup.account().bytes()).value(), stats.blockNumber());
        });
    }

    /** The blocks this miner won, oldest first, from the ledger (verified headers). */
    public List<net.utilitynet.miner.rewards.LedgerBlock> wonBlocks() {
        return ledger.wonBlocks();
    }

    /** Writes the won blocks as CSV ({@link RewardsCsv}). */
    public void exportCsv(Writer out) throws IOException {
        RewardsCsv.write(ledger.wonBlocks(), out);
    }

    private <T> CompletableFuture<T> async(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, setup.executor());
    }

    @Override
    public void close() {
        agent.stop();
        db.close();
    }
}
