package net.utilitynet.app.services;

/** The mining agent's state as the shell and the tray show it. */
public enum MiningStatus {
    /** No miner is wired into this build: start and stop stay disabled. */
    UNAVAILABLE,
    STOPPED,
    STARTING,
    RUNNING,
    STOPPING;

    public boolean canStart() {
        return this == STOPPED;
    }

    public boolean canStop() {
        return this == RUNNING || this == STARTING;
    }
}
