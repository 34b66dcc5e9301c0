package net.utilitynet.miner.agent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the miner page and the daemon log show: state, the verified head last handled, blocks won (from the rewards
 * ledger), the last claim sent, the block at which the next heartbeat is due, and the last problem, if any.
 */
public record AgentStatus(AgentState state, long verifiedHead, long blocksWon, Optional<LastClaim> lastClaim,
                          long nextHeartbeatBlock, String election, List<String> problems, Instant updated) {

    /** A claim sent to the node: for which block, whether the node held it as best, and when. */
    public record LastClaim(long height, boolean best, Instant sentAt) {
    }

    public AgentStatus {
        problems = List.copyOf(problems);
    }

    public static AgentStatus stopped(Instant now) {
        return new AgentStatus(AgentState.STOPPED, -1, 0, Optional.empty(), -1, "", List.of(), now);
    }

    AgentStatus withState(AgentState s, Instant now) {
        return new AgentStatus(s, verifiedHead, blocksWon, lastClaim, nextHeartbeatBlock, election, problems, now);
    }
}
