package net.utilitynet.app.wallet;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.networks.NetworkDefinition;
import net.utilitynet.app.runtime.NetworkSession;
import net.utilitynet.devnet.Devnet;
import net.utilitynet.wallet.keystore.ScryptCost;

/**
 * Builds the wallet service for the shell and keeps it on the active network: when the user switches networks the
 * service switches to that network's wallet file, and it uses the network runtime's light-client {@code ChainAccess}
 * (and the embedded devnet's URL for the faucet) while a session of that network runs, {@link DisconnectedChain}
 * otherwise (create, restore, unlock and receive still work; balances and sending say that the app is not connected).
 */
public final class WalletWiring {
    private WalletWiring() {
    }

    public static WalletService start(AppContext context) {
        NetworkDefinition n = context.networks().current().active();
        Executor worker = context.executors().worker();
        WalletService service = new WalletService(context.dataDirectory().data(n.id()), network(n), new DisconnectedChain(n.name()),
                () -> Duration.ofMinutes(context.settings().current().autoLockMinutes()), ScryptCost.STANDARD, worker);
        service.start();
        Runnable follow = () -> {
            // read and applied under the service's lock, so that a late run never applies an older network over a newer one
            synchronized (service) {
                NetworkDefinition active = context.networks().current().active();
                Optional<NetworkSession> session = context.runtime().session().get().filter(s -> s.network().id().equals(active.id()));
                service.follow(network(active), context.dataDirectory().data(active.id()), session.map(NetworkSession::chainAccess),
                        session.flatMap(NetworkSession::devnet).map(Devnet::rpcUrl));
            }
        };
        context.networks().networks().subscribe(networks -> worker.execute(follow));
        context.runtime().session().subscribe(session -> worker.execute(follow));
        context.settings().settings().subscribe(settings -> service.applyAutoLock()); // a new auto-lock time applies at once
        return service;
    }

    private static WalletNetwork network(NetworkDefinition n) {
        return new WalletNetwork(n.id(), n.name(), n.chainId(), Optional.empty());
    }
}
