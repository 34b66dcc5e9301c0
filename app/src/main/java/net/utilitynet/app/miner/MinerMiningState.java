package net.utilitynet.app.miner;

import java.util.concurrent.CompletableFuture;
import net.utilitynet.app.services.LiveValue;
import net.utilitynet.app.services.MiningState;
import net.utilitynet.app.services.MiningStatus;
import net.utilitynet.miner.Miner;
import net.utilitynet.miner.agent.AgentState;
import net.utilitynet.miner.agent.AgentStatus;

/**
 * The shell's and tray's {@link MiningState} on a real {@link Miner}: Start/Stop go to the mining agent and the
 * status follows the agent's listener. The full {@link AgentStatus} (blocks won, last claim, next heartbeat) is
 * kept in {@link #agentStatus()} for the Miner page. Wire it with
 * {@code new MinerMiningState(miner)} where {@code AppContext} now uses {@code MiningState.unavailable()}.
 */
public final class MinerMiningState implements MiningState {
    private final Miner miner;
    private final LiveValue<MiningStatus> status;
    private final LiveValue<AgentStatus> agentStatus;

    public MinerMiningState(Miner miner) {
        this.miner = miner;
        this.agentStatus = new LiveValue<>(miner.status());
        this.status = new LiveValue<>(map(miner.status().state()));
        miner.addListener(s -> {
            agentStatus.set(s);
            status.set(map(s.state()));
        });
    }

    @Override
    public LiveValue<MiningStatus> status() {
        return status;
    }

    public Miner miner() {
        return miner;
    }

    /** Everything the agent reports, updated after each verified head (on the miner's thread). */
    public LiveValue<AgentStatus> agentStatus() {
        return agentStatus;
    }

    @Override
    public CompletableFuture<Void> start() {
        status.set(MiningStatus.STARTING);
        return CompletableFuture.runAsync(miner::start).whenComplete((ok, error) -> {
            if (error != null) {
                status.set(map(miner.status().state()));
            }
        });
    }

    @Override
    public CompletableFuture<Void> stop() {
        status.set(MiningStatus.STOPPING);
        return CompletableFuture.runAsync(miner::stop).whenComplete((ok, error) -> status.set(map(miner.status().state())));
    }

    static MiningStatus map(AgentState s) {
        return s == AgentState.RUNNING ? MiningStatus.RUNNING : MiningStatus.STOPPED;
    }
}
