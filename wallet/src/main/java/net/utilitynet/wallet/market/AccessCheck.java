package net.utilitynet.wallet.market;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * The renter's proof that an access grant works: calls the provider's lease access gateway named in the grant
 * ({@code GET /v1/lease} and {@code GET /v1/chip}) with the grant's credentials as a bearer token, and returns what it
 * answered, refusals included (they say why: lease ended, expired, …). Blocks; call it off the FX thread.
 */
public final class AccessCheck {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    /** One answer of the gateway: the HTTP status and its JSON body. */
    public record Answer(String path, int status, String body) {
        public boolean ok() {
            return status == 200;
        }
    }

    /** The answers to {@code /v1/lease} and {@code /v1/chip}. */
    public record Result(URI endpoint, Answer lease, Answer chip) {
        public boolean ok() {
            return lease.ok() && chip.ok();
        }
    }

    private final HttpClient http;

    public AccessCheck(HttpClient http) {
        this.http = http;
    }

    public AccessCheck() {
        this(HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
    }

    public Result check(AccessGrant grant) {
        URI base = gateway(grant);
        return new Result(base, get(grant, base, "/v1/lease"), get(grant, base, "/v1/chip"));
    }

    private static URI gateway(AccessGrant grant) {
        URI uri;
        try {
            uri = URI.create(grant.endpoint().trim());
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new MarketException(MarketException.Reason.ACCESS_UNREACHABLE, "the grant of lease " + grant.leaseId() + " names "
                    + grant.endpoint() + ", which is not a lease access gateway (http or https); use it with the tool it is made for (e.g. ssh)");
        }
        String s = uri.toString();
        return URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    }

    private Answer get(AccessGrant grant, URI base, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + grant.credentials()).GET().build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(path, r.statusCode(), r.body());
        } catch (IOException e) {
            throw new MarketException(MarketException.Reason.ACCESS_UNREACHABLE, "could not reach the provider's gateway at " + base + path
                    + " (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "); the provider may be offline or behind a firewall — try again later", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MarketException(MarketException.Reason.ACCESS_UNREACHABLE, "checking the access of lease " + grant.leaseId() + " was interrupted", e);
        }
    }
}
