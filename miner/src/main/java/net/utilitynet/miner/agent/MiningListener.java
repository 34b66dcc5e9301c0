package net.utilitynet.miner.agent;

/** Receives the agent's status after each verified head, on the agent's thread; UIs hop to their own thread. */
@FunctionalInterface
public interface MiningListener {
    void onStatus(AgentStatus status);
}
