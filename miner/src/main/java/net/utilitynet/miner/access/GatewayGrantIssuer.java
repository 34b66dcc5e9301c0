package net.utilitynet.miner.access;

import java.net.URI;
import java.security.SecureRandom;
import net.utilitynet.miner.market.LeaseProvider;
import net.utilitynet.wallet.market.AccessGrant;
import net.utilitynet.wallet.market.LeaseView;

/**
 * Grants access through the {@link LeaseGateway}: each new lease gets a fresh 256-bit bearer token (only its SHA-256 is
 * kept), the gateway's public URL as the endpoint and the lease's end as the expiry.
 */
public final class GatewayGrantIssuer implements LeaseProvider.GrantIssuer {
    private final AccessCredentials credentials;
    private final URI publicUrl;
    private final SecureRandom random;

    public GatewayGrantIssuer(AccessCredentials credentials, URI publicUrl, SecureRandom random) {
        this.credentials = credentials;
        this.publicUrl = publicUrl;
        this.random = random;
    }

    @Override
    public AccessGrant issue(LeaseView lease) {
        String token = AccessCredentials.newToken(random);
        credentials.issuedToken(lease.leaseId(), lease.chipId(), token, lease.expiresAt(), publicUrl.toString());
        return new AccessGrant(lease.leaseId(), publicUrl.toString(), token, lease.expiresAt());
    }

    /** The gateway reads the lease's state from the chain on every request; this only records that access is over. */
    @Override
    public void revoke(LeaseView lease) {
        if (credentials.forLease(lease.leaseId()).filter(c -> c.revokedAt().isEmpty()).isPresent()) {
            credentials.revoked(lease.leaseId());
        }
    }
}
