package net.utilitynet.miner.access;

import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.miner.market.DeliveredGrants;
import net.utilitynet.miner.market.GrantDelivery;
import net.utilitynet.miner.market.GrantRound;
import net.utilitynet.miner.market.LeaseProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider's access side while mining: the {@link LeaseGateway} (or the provider's grant hook) and
 * {@link GrantDelivery} on the light client, so every new lease gets a real grant in the next block and an ended
 * lease loses its access. Opened by {@code Miner.startLeaseAccess}; close it before the miner.
 */
public final class LeaseAccess implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LeaseAccess.class);
    /** How long the grant hook may run. */
    public static final Duration HOOK_TIMEOUT = Duration.ofSeconds(60);

    /**
     * What the provider card shows.
     *
     * @param endpoint  the URL that goes into grants (the gateway's public URL), empty with a hook
     * @param hook      the grant hook, when grants come from one
     * @param delivered the grant transaction sent per lease
     * @param problems  per lease, what failed in the latest round (retried on the next head)
     * @param failure   why the latest round failed as a whole, if it did
     */
    public record Status(Optional<URI> endpoint, Optional<Path> hook, Map<BigInteger, String> delivered, Map<BigInteger, String> problems,
                         Optional<String> failure) {
    }

    private final LightClient light;
    private final GrantDelivery delivery;
    private final Optional<LeaseGateway> gateway;
    private final Optional<URI> endpoint;
    private final Optional<Path> hook;
    private final DeliveredGrants delivered;
    private final List<Consumer<GrantRound>> listeners = new CopyOnWriteArrayList<>();
    private volatile Map<BigInteger, String> problems = Map.of();
    private volatile Optional<String> failure = Optional.empty();

    private LeaseAccess(LightClient light, LeaseProvider provider, LeaseProvider.GrantIssuer issuer, DeliveredGrants delivered,
                        Optional<LeaseGateway> gateway, Optional<URI> endpoint, Optional<Path> hook, Executor executor) {
        this.light = light;
        this.gateway = gateway;
        this.endpoint = endpoint;
        this.hook = hook;
        this.delivered = delivered;
        this.delivery = new GrantDelivery(provider, issuer, delivered, executor, this::round, this::failed);
    }

    /**
     * Starts the gateway on {@code config}'s host and port (unless grants come from a hook) and registers grant
     * delivery on {@code light}. Throws when the gateway cannot listen (the message names the port and the fix).
     */
    public static LeaseAccess start(AccessConfig config, LeaseProvider provider, AccessCredentials credentials, DeliveredGrants delivered,
                                    ChipLookup chips, LightClient light, Executor executor) {
        LeaseAccess access;
        if (config.hook().isPresent()) {
            access = new LeaseAccess(light, provider, new HookGrantIssuer(config.hook().get(), credentials, HOOK_TIMEOUT), delivered,
                    Optional.empty(), Optional.empty(), config.hook(), executor);
        } else {
            LeaseGateway gateway = LeaseGateway.start(config.host(), config.port(), credentials,
                    new VerifiedLeases(provider.reader(), provider.account()), chips);
            URI url = config.publicUrl().orElse(gateway.url());
            access = new LeaseAccess(light, provider, new GatewayGrantIssuer(credentials, url, new SecureRandom()), delivered,
                    Optional.of(gateway), Optional.of(url), Optional.empty(), executor);
        }
        light.addSyncListener(access.delivery);
        return access;
    }

    /** Blocking (reads {@code miner.db}): call off the FX thread. */
    public Status status() {
        return new Status(endpoint, hook, delivered.all(), problems, failure);
    }

    /** Hears every delivery round (on the delivery executor), e.g. to log what was sent. */
    public void addListener(Consumer<GrantRound> listener) {
        listeners.add(listener);
    }

    /** Runs one delivery round now instead of waiting for the next verified head (on the delivery executor). */
    public void deliverNow() {
        light.verifiedHead().ifPresent(delivery::onVerifiedHead);
    }

    private void round(GrantRound r) {
        r.sent().forEach(e -> LOG.info("access grant sent in transaction {}", e.hash()));
        if (!r.problems().equals(problems)) { // the same problem is retried on every head: logged once
            r.problems().forEach((lease, why) -> LOG.warn("access grant of lease {}: {}", lease, why));
        }
        problems = r.problems();
        failure = Optional.empty();
        listeners.forEach(l -> l.accept(r));
    }

    private void failed(RuntimeException e) {
        LOG.warn("grant delivery round failed: {}", e.toString());
        failure = Optional.of(String.valueOf(e.getMessage()));
    }

    @Override
    public void close() {
        light.removeSyncListener(delivery);
        gateway.ifPresent(LeaseGateway::close);
    }
}
