package net.utilitynet.app.wallet;

import java.time.Duration;
import java.util.Optional;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.networks.NetworkDefinition;
import net.utilitynet.wallet.keystore.ScryptCost;

/**
 * Builds the wallet service of the active network for the shell and connects it to the network runtime's session:
 * the light client's verified {@code ChainAccess} (and the embedded devnet's URL for the faucet) while a session of
 * this network runs, {@link DisconnectedChain} otherwise (create, restore, unlock and receive still work; balances
 * and sending say that the app is not connected).
 */
public final class WalletWiring {
    private WalletWiring() {
    }

    public static WalletService start(AppContext context) {
        NetworkDefinition n = context.networks().current().active();
        WalletNetwork network = new WalletNetwork(n.id(), n.name(), n.chainId(), Optional.empty());
        WalletService service = new WalletService(context.dataDirectory().data(n.id()), network, new DisconnectedChain(n.name()),
                () -> Duration.ofMinutes(context.settings().current().autoLockMinutes()), ScryptCost.STANDARD, context.executors().worker());
        service.start();
        context.runtime().session().subscribe(session -> {
            if (session.isPresent() && session.get().network().id().equals(network.id())) {
                service.connect(session.get().chainAccess(), session.get().devnet().map(net.utilitynet.devnet.Devnet::rpcUrl));
            } else {
                service.connect(new DisconnectedChain(n.name()), Optional.empty());
            }
        });
        return service;
    }
}
