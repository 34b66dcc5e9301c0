package net.utilitynet.app.wallet;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The network a wallet belongs to, as the wallet screens need it.
 *
 * @param faucet the embedded devnet's RPC endpoint, which offers {@code unc_devFaucet}; empty on any other network
 */
public record WalletNetwork(String id, String name, long chainId, Optional<URI> faucet) {
    public WalletNetwork {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(faucet, "faucet");
    }

    public boolean hasFaucet() {
        return faucet.isPresent();
    }
}
