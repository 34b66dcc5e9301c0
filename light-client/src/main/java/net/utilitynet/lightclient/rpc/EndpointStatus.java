package net.utilitynet.lightclient.rpc;

/** What the pool currently thinks of an endpoint. */
public enum EndpointStatus {
    /** Answers quickly and nothing it sent failed verification. */
    HEALTHY,
    /** Answers, but slower than the pool's threshold; used only when no healthy endpoint is left. */
    SLOW,
    /** Did not answer (connection, timeout, malformed answer); retried after a back-off. */
    DOWN,
    /** Sent an answer that failed verification; never used again in this session. */
    LYING
}
