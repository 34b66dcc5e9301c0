package net.utilitynet.miner.agent;

/** Whether the mining agent runs. */
public enum AgentState {
    STOPPED,
    RUNNING
}
