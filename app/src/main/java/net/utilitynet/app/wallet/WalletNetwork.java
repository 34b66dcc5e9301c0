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

    /** The name to show: the built-in devnet's name is translated, like in the status bar. */
    public String displayName(net.utilitynet.app.i18n.I18n i18n) {
        return id.equals(net.utilitynet.app.networks.NetworkDefinition.DEVNET_ID) ? i18n.get("network.devnet.name") : name;
    }

    public boolean hasFaucet() {
        return faucet.isPresent();
    }

    /** Whether the "Get test UNC" button is offered: on the built-in devnet (it works while the devnet runs). */
    public boolean offersFaucet() {
        return id.equals(net.utilitynet.app.networks.NetworkDefinition.DEVNET_ID) || hasFaucet();
    }
}
