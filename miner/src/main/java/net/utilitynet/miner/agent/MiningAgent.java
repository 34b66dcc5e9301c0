package net.utilitynet.miner.agent;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.lightclient.sync.SyncListener;
import net.utilitynet.miner.chain.MinerChain;
import net.utilitynet.miner.chain.ModuleCallSender;
import net.utilitynet.miner.rewards.RewardScanner;
import net.utilitynet.miner.rewards.RewardsLedger;
import net.utilitynet.protocol.merkle.MinerSet;
import net.utilitynet.wallet.address.Address;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mining loop, driven by the light client's verified heads (no timers): at each new verified head {@code h} it
 * updates the outbox, sends the heartbeats the epoch still needs, runs the election for {@code h+1} and sends a
 * claim when elected, and scans the new verified blocks into the rewards ledger. Work runs on the given executor
 * (a named single thread in the app; the caller's thread in tests); a failing step is reported in the status and
 * the others still run.
 */
public final class MiningAgent implements SyncListener {
    private static final Logger LOG = LoggerFactory.getLogger(MiningAgent.class);

    private final MinerChain chain;
    private final ModuleCallSender outbox;
    private final HeartbeatScheduler heartbeats;
    private final VerifiedMinerSets sets;
    private final ClaimMaker claims;
    private final ClaimSubmitter submitter;
    private final RewardScanner rewards;
    private final RewardsLedger ledger;
    private final Address miner;
    private final Executor executor;
    private final Clock clock;
    private final List<MiningListener> listeners = new CopyOnWriteArrayList<>();
    private volatile AgentStatus status;
    private long lastHandled = -1;

    public MiningAgent(MinerChain chain, ModuleCallSender outbox, HeartbeatScheduler heartbeats, VerifiedMinerSets sets,
                       ClaimMaker claims, ClaimSubmitter submitter, RewardScanner rewards, RewardsLedger ledger, Address miner,
                       Executor executor, Clock clock) {
        this.chain = chain;
        this.outbox = outbox;
        this.heartbeats = heartbeats;
        this.sets = sets;
        this.claims = claims;
        this.submitter = submitter;
        this.rewards = rewards;
        this.ledger = ledger;
        this.miner = miner;
        this.executor = executor;
        this.clock = clock;
        this.status = AgentStatus.stopped(clock.instant());
    }

    /** Starts following verified heads and handles the current one right away. */
    public synchronized void start() {
        if (status.state() == AgentState.RUNNING) {
            return;
        }
        publish(status.withState(AgentState.RUNNING, clock.instant()));
        chain.lightClient().addSyncListener(this);
        chain.lightClient().verifiedHead().ifPresent(h -> executor.execute(() -> handle(h.number())));
        LOG.info("mining started for {}", miner);
    }

    public synchronized void stop() {
        chain.lightClient().removeSyncListener(this);
        if (status.state() != AgentState.STOPPED) {
            publish(status.withState(AgentState.STOPPED, clock.instant()));
            LOG.info("mining stopped for {}", miner);
        }
    }

    public AgentStatus status() {
        return status;
    }

    public void addListener(MiningListener l) {
        listeners.add(l);
    }

    public void removeListener(MiningListener l) {
        listeners.remove(l);
    }

    @Override
    public void onVerifiedHead(StoredHeader head) {
        executor.execute(() -> handle(head.number()));
    }

    /** One round at verified head {@code head}. Public for the CLI's and tests' explicit stepping. */
    public synchronized void handle(long head) {
        if (status.state() != AgentState.RUNNING || head <= lastHandled) {
            return;
        }
        lastHandled = head;
        List<String> problems = new ArrayList<>();
        AgentStatus before = status;
        try {
            outbox.refresh();
        } catch (RuntimeException e) {
            problems.add("outbox: " + e.getMessage());
        }
        long nextHeartbeat = before.nextHeartbeatBlock();
        try {
            HeartbeatScheduler.Round round = heartbeats.onHead(head);
            nextHeartbeat = round.nextHeartbeatBlock();
            problems.addAll(round.problems());
            round.sent().forEach(tx -> LOG.info("heartbeat for epoch {} sent: {}", round.epoch(), tx));
        } catch (RuntimeException e) {
            problems.add("heartbeat: " + e.getMessage());
        }
        Optional<AgentStatus.LastClaim> lastClaim = before.lastClaim();
        String election = before.election();
        try {
            long height = head + 1;
            MinerSet set = sets.of(chain.epochOf(height));
            ClaimMaker.Decision d = claims.decide(height, chain.verifiedHeader(head).mixHash(), set, miner.bytes());
            election = d.reason();
            if (d.claim().isPresent()) {
                boolean best = submitter.submit(height, d.claim().get());
                lastClaim = Optional.of(new AgentStatus.LastClaim(height, best, clock.instant()));
                LOG.info("claim for block {} sent ({})", height, best ? "best so far" : "another claim is better");
            }
        } catch (RuntimeException e) {
            problems.add("election: " + e.getMessage());
        }
        try {
            rewards.scanTo(head).forEach(b -> LOG.info("won block {} ({} wei)", b.number(), b.reward()));
        } catch (RuntimeException e) {
            problems.add("rewards: " + e.getMessage());
        }
        problems.forEach(p -> LOG.warn("at block {}: {}", head, p));
        publish(new AgentStatus(AgentState.RUNNING, head, ledger.blocksWon(), lastClaim, nextHeartbeat, election, problems,
                clock.instant()));
    }

    private void publish(AgentStatus s) {
        status = s;
        for (MiningListener l : listeners) {
            try {
                l.onStatus(s);
            } catch (RuntimeException e) {
                LOG.warn("mining listener failed: {}", e.toString());
            }
        }
    }
}
