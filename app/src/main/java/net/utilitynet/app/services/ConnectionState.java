package net.utilitynet.app.services;

import java.util.Objects;

/**
 * What the app knows about its link to the active network.
 *
 * @param phase            where the connection stands
 * @param headNumber       the latest verified block number, or -1 when none is known
 * @param detail           a short technical detail (what is starting, the error), empty when there is none
 * @param target           while syncing: the endpoints' (untrusted) head; -1 when unknown
 * @param headersPerSecond while syncing: the recent verification rate; 0 when unknown
 * @param headAgeSeconds   seconds since the verified head's timestamp; -1 when unknown
 * @param skipSync         the network is synced by skip sync (checkpoints, then the last epochs in full), not header by header
 */
public record ConnectionState(Phase phase, long headNumber, String detail, long target, double headersPerSecond,
                              long headAgeSeconds, boolean skipSync) {

    public static final ConnectionState NOT_CONNECTED = new ConnectionState(Phase.NOT_CONNECTED, -1, "");

    public ConnectionState {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(detail, "detail");
    }

    public ConnectionState(Phase phase, long headNumber, String detail) {
        this(phase, headNumber, detail, -1, 0, -1);
    }

    /** A state of a network synced header by header (full or linkage-only). */
    public ConnectionState(Phase phase, long headNumber, String detail, long target, double headersPerSecond, long headAgeSeconds) {
        this(phase, headNumber, detail, target, headersPerSecond, headAgeSeconds, false);
    }

    public boolean connected() {
        return phase == Phase.SYNCING || phase == Phase.SYNCED;
    }

    /** Connection phases, in the order a healthy start goes through them. */
    public enum Phase { NOT_CONNECTED, CONNECTING, SYNCING, SYNCED, FAILED }
}
