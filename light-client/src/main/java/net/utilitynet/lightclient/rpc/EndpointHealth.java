package net.utilitynet.lightclient.rpc;

import java.time.Duration;
import java.time.Instant;

/**
 * A snapshot of one endpoint's health for display (Network page, CLI): status, why, since when, and the latency
 * of the last answer (null before the first).
 */
public record EndpointHealth(String endpoint, EndpointStatus status, String reason, Instant since, Duration lastLatency) {
}
