package net.utilitynet.lightclient.rpc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import net.utilitynet.lightclient.verify.VerificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One or more endpoints with health. Calls go to the best usable endpoint (healthy before slow before a down one
 * whose back-off has passed; lying ones never) and fail over to the next when it is down or its answer fails
 * verification. With two or more endpoints, {@link #askAll} lets the caller cross-check their answers.
 */
public final class EndpointPool {
    private static final Logger LOG = LoggerFactory.getLogger(EndpointPool.class);

    /** Latency above which an endpoint counts as slow, and how long a down endpoint rests before a retry. */
    public record Policy(Duration slowThreshold, Duration downBackoff) {
        public static final Policy DEFAULT = new Policy(Duration.ofSeconds(3), Duration.ofSeconds(30));
    }

    private final class Entry {
        final RpcClient client;
        final int order;
        EndpointStatus status = EndpointStatus.HEALTHY;
        String reason;
        Instant since;
        Duration lastLatency;
        Instant retryAt;

        Entry(RpcClient client, int order) {
            this.client = client;
            this.order = order;
            this.since = clock.instant();
        }

        EndpointHealth snapshot() {
            return new EndpointHealth(client.name(), status, reason, since, lastLatency);
        }
    }

    private final Clock clock;
    private final Policy policy;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Consumer<EndpointHealth>> listeners = new CopyOnWriteArrayList<>();

    public EndpointPool(List<? extends RpcClient> clients, Policy policy, Clock clock) {
        if (clients.isEmpty()) {
            throw new IllegalArgumentException("endpoints: none given; configure at least one JSON-RPC URL");
        }
        this.clock = clock;
        this.policy = policy;
        for (RpcClient c : clients) {
            entries.add(new Entry(c, entries.size()));
        }
    }

    public EndpointPool(List<? extends RpcClient> clients) {
        this(clients, Policy.DEFAULT, Clock.systemUTC());
    }

    /** Health of every endpoint, in configuration order. */
    public synchronized List<EndpointHealth> health() {
        return entries.stream().map(Entry::snapshot).toList();
    }

    /** Called (on the calling thread) whenever an endpoint's status changes. */
    public void addHealthListener(Consumer<EndpointHealth> listener) {
        listeners.add(listener);
    }

    public synchronized int usableCount() {
        return (int) entries.stream().filter(e -> e.status != EndpointStatus.LYING).count();
    }

    /**
     * Runs {@code call} on the best usable endpoint, failing over to the next one when the endpoint is down or
     * its answer fails verification (that endpoint is then marked lying with the reason). When no endpoint gave an
     * answer but one refused the request with a JSON-RPC error, that refusal is thrown: the node worked and said why,
     * so "no usable endpoint" would mislead.
     */
    public <T> T withFailover(String what, EndpointCall<T> call) {
        RuntimeException last = null;
        RpcException refusal = null;
        for (Entry e : candidates()) {
            try {
                return attempt(e, call);
            } catch (VerificationException | RpcException ex) {
                last = ex;
                if (refusal == null && ex instanceof RpcException rpc && !rpc.endpointFault()) {
                    refusal = rpc;
                }
            }
        }
        if (refusal != null) {
            throw refusal;
        }
        throw new NoUsableEndpointException(what, health(), last);
    }

    /**
     * Runs {@code call} on every usable endpoint (for cross-checking); endpoints that fail are marked and left out.
     * The map is keyed by endpoint name, in preference order.
     */
    public <T> Map<String, T> askAll(EndpointCall<T> call) {
        Map<String, T> answers = new LinkedHashMap<>();
        for (Entry e : candidates()) {
            try {
                answers.put(e.client.name(), attempt(e, call));
            } catch (VerificationException | RpcException ex) {
                // recorded in the endpoint's health by attempt()
            }
        }
        return answers;
    }

    /** Marks an endpoint as lying, e.g. after a cross-check showed that its answer contradicts verified data. */
    public void markLying(String endpoint, String reason) {
        Entry target;
        synchronized (this) {
            target = entries.stream().filter(e -> e.client.name().equals(endpoint)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("endpoint " + endpoint + ": not in this pool"));
        }
        change(target, EndpointStatus.LYING, reason, target.lastLatency);
    }

    private <T> T attempt(Entry e, EndpointCall<T> call) {
        long start = System.nanoTime();
        try {
            T result = call.apply(e.client);
            Duration roundTrip = e.client.lastRoundTrip();
            Duration latency = roundTrip != null ? roundTrip : Duration.ofNanos(System.nanoTime() - start);
            boolean slow = latency.compareTo(policy.slowThreshold()) > 0;
            change(e, slow ? EndpointStatus.SLOW : EndpointStatus.HEALTHY,
                    slow ? "answered in " + latency.toMillis() + " ms" : null, latency);
            return result;
        } catch (VerificationException ex) {
            change(e, EndpointStatus.LYING, ex.getMessage(), Duration.ofNanos(System.nanoTime() - start));
            throw ex;
        } catch (RpcException ex) {
            if (ex.endpointFault()) {
                change(e, EndpointStatus.DOWN, ex.getMessage(), null);
            }
            throw ex;
        }
    }

    private void change(Entry e, EndpointStatus status, String reason, Duration latency) {
        EndpointHealth changed = null;
        synchronized (this) {
            if (e.status == EndpointStatus.LYING) {
                return; // a liar stays a liar for this session
            }
            e.lastLatency = latency != null ? latency : e.lastLatency;
            if (status == EndpointStatus.DOWN) {
                e.retryAt = clock.instant().plus(policy.downBackoff());
            }
            if (e.status != status || status == EndpointStatus.DOWN) {
                if (e.status != status) {
                    e.since = clock.instant();
                }
                e.status = status;
                e.reason = reason;
                changed = e.snapshot();
            }
        }
        if (changed != null) {
            if (status == EndpointStatus.LYING) {
                LOG.warn("endpoint {} is lying: {}", changed.endpoint(), reason);
            } else if (status == EndpointStatus.DOWN) {
                LOG.info("endpoint {} is down: {}", changed.endpoint(), reason);
            }
            for (Consumer<EndpointHealth> l : listeners) {
                l.accept(changed);
            }
        }
    }

    private synchronized List<Entry> candidates() {
        Instant now = clock.instant();
        return entries.stream()
                .filter(e -> e.status != EndpointStatus.LYING)
                .filter(e -> e.status != EndpointStatus.DOWN || !now.isBefore(e.retryAt))
                .sorted(Comparator.comparingInt((Entry e) -> e.status.ordinal()).thenComparingInt(e -> e.order))
                .toList();
    }
}
