package net.utilitynet.miner.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.utilitynet.lightclient.verify.UnverifiableException;
import net.utilitynet.miner.detect.Chip;
import net.utilitynet.protocol.modules.LeaseRecord;
import net.utilitynet.wallet.market.LeaseView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lease access gateway: a small HTTP server on the provider's machine that answers renters holding a bearer token
 * from their access grant. A request is served only while the token's lease is active in verified chain state and
 * before it expires; otherwise 401 (no or unknown token), 403 (the lease ended early), 410 (expired) or 503 (not synced),
 * each with a JSON {@code {"error":…, "message":…}} saying why. Expiry is judged in chain time (the verified head's
 * timestamp), the clock the market settles the lease with; the wall clock plays no part. It runs no renter code:
 * {@code GET /v1/lease} describes the lease, {@code GET /v1/chip} gives the leased chip's live readings.
 */
public final class LeaseGateway implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LeaseGateway.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BEARER = "Bearer ";

    private final HttpServer http;
    private final ExecutorService executor;
    private final AccessCredentials credentials;
    private final LeaseLookup leases;
    private final ChipLookup chips;

    private LeaseGateway(HttpServer http, ExecutorService executor, AccessCredentials credentials, LeaseLookup leases, ChipLookup chips) {
        this.http = http;
        this.executor = executor;
        this.credentials = credentials;
        this.leases = leases;
        this.chips = chips;
    }

    /** Binds {@code host:port} (port 0: any free port) and starts answering. */
    public static LeaseGateway start(String host, int port, AccessCredentials credentials, LeaseLookup leases, ChipLookup chips) {
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(host, port), 32);
        } catch (IOException e) {
            throw new UncheckedIOException("lease access gateway: cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); choose another gateway port or stop the program that uses it", e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "utilitynet-gateway");
            t.setDaemon(true);
            return t;
        });
        LeaseGateway gateway = new LeaseGateway(http, executor, credentials, leases, chips);
        http.createContext("/", gateway::exchange);
        http.setExecutor(executor);
        http.start();
        return gateway;
    }

    /** Where the gateway listens, e.g. {@code http://127.0.0.1:8646}. */
    public URI url() {
        InetSocketAddress a = http.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort());
    }

    private void exchange(HttpExchange ex) throws IOException {
        try (ex) {
            Answer a;
            try {
                a = answer(ex);
            } catch (UnverifiableException e) {
                a = Answer.error(503, "not_synced", "the provider's light client has not verified the chain yet; try again in a minute");
            } catch (RuntimeException e) {
                LOG.warn("lease access gateway: {} {} failed: {}", ex.getRequestMethod(), ex.getRequestURI().getPath(), e.toString());
                a = Answer.error(500, "internal", "the provider's gateway failed to answer; try again later");
            }
            byte[] body = a.body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            if (a.status == 401) {
                ex.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"utilitynet-lease\"");
            }
            ex.sendResponseHeaders(a.status, body.length);
            ex.getResponseBody().write(body);
        }
    }

    private Answer answer(HttpExchange ex) {
        String path = ex.getRequestURI().getPath();
        if (!path.equals("/v1/lease") && !path.equals("/v1/chip")) {
            return Answer.error(404, "not_found", "unknown path " + path + "; the gateway answers GET /v1/lease and GET /v1/chip");
        }
        if (!ex.getRequestMethod().equals("GET")) {
            return Answer.error(405, "method_not_allowed", "use GET");
        }
        String auth = Optional.ofNullable(ex.getRequestHeaders().getFirst("Authorization")).orElse("");
        if (!auth.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Answer.error(401, "missing_token", "send the credentials of your access grant as 'Authorization: Bearer <credentials>'");
        }
        Optional<AccessCredentials.Credential> credential = credentials.byToken(auth.substring(BEARER.length()).trim())
                .filter(c -> !c.viaHook());
        if (credential.isEmpty()) {
            return Answer.error(401, "unknown_token", "these credentials were not issued by this provider, or a newer grant replaced them;"
                    + " decrypt the lease's latest grant");
        }
        AccessCredentials.Credential c = credential.get();
        Optional<LeaseView> lease = leases.lease(c.leaseId());
        if (lease.isEmpty()) {
            return Answer.error(503, "not_synced", "lease " + c.leaseId() + " is not in the provider's verified chain state yet; try again after the next block");
        }
        LeaseView l = lease.get();
        if (l.state() == LeaseRecord.State.ENDED && l.endReason() != LeaseRecord.EndReason.EXPIRED) {
            return Answer.error(403, "lease_ended", "lease " + l.leaseId() + " ended early (" + l.endReason().name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + ") at block " + l.provenAtBlock() + " or before; its access is withdrawn");
        }
        if (!l.active() || l.secondsLeft() == 0) {
            return Answer.error(410, "lease_expired", "lease " + l.leaseId() + " expired at " + c.expiresAt() + "; rent again for more time");
        }
        return path.equals("/v1/lease") ? Answer.ok(leaseJson(l)) : chipAnswer(l);
    }

    private static ObjectNode leaseJson(LeaseView l) {
        ObjectNode o = JSON.createObjectNode();
        o.put("leaseId", l.leaseId().toString());
        o.put("chipId", l.chipId());
        o.put("model", l.model().orElse(""));
        o.put("hours", l.hours());
        o.put("startedAt", Instant.ofEpochSecond(l.startTime()).toString());
        o.put("expiresAt", l.expiresAt().toString());
        o.put("secondsLeft", l.secondsLeft());
        o.put("renter", l.renter().checksummed());
        o.put("verifiedAtBlock", l.provenAtBlock());
        return o;
    }

    private Answer chipAnswer(LeaseView l) {
        Optional<Chip> chip = chips.chip(l.chipId());
        if (chip.isEmpty()) {
            return Answer.error(503, "chip_unavailable", "chip " + l.chipId() + " is not visible on the provider's machine right now;"
                    + " its offline time is refunded by the market");
        }
        Chip c = chip.get();
        ObjectNode o = JSON.createObjectNode();
        o.put("chipId", l.chipId());
        o.put("model", c.model());
        o.put("name", c.name());
        o.put("simulated", c.simulated());
        if (c.simulated()) {
            o.put("note", "a simulated chip (devnet only): a software key, no hardware readings");
        }
        c.memoryBytes().ifPresent(v -> o.put("memoryBytes", v));
        c.utilisationPercent().ifPresent(v -> o.put("utilizationPercent", v));
        c.temperatureCelsius().ifPresent(v -> o.put("temperatureCelsius", v));
        c.powerWatts().ifPresent(v -> o.put("powerWatts", v));
        return Answer.ok(o);
    }

    private record Answer(int status, ObjectNode body) {
        static Answer ok(ObjectNode body) {
            return new Answer(200, body);
        }

        static Answer error(int status, String error, String message) {
            return new Answer(status, JSON.createObjectNode().put("error", error).put("message", message));
        }
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }
}
