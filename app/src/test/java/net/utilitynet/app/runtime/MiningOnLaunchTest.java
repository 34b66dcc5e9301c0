package net.utilitynet.app.runtime;

import static net.utilitynet.app.runtime.NetworkRuntimeTest.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.utilitynet.app.config.DataDirectory;
import net.utilitynet.app.config.SettingsStore;
import net.utilitynet.app.networks.NetworkCatalog;
import net.utilitynet.app.networks.NetworkDefinition;
import net.utilitynet.app.runtime.MiningOnLaunch.State;
import net.utilitynet.app.services.ConnectionState.Phase;
import net.utilitynet.app.services.LiveValue;
import net.utilitynet.app.services.MiningStatus;
import net.utilitynet.app.wallet.WalletService;
import net.utilitynet.devnet.Devnet;
import net.utilitynet.miner.Miner;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.protocol.chain.DevnetAccounts;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.keystore.ScryptCost;
import net.utilitynet.wallet.store.WalletStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Start mining on launch" on the real runtime (embedded devnet, POCI light client) and a real miner: it says what it
 * waits for at each step and starts the miner once a chip is registered in verified storage, once per miner.
 */
class MiningOnLaunchTest {

    @TempDir
    Path temp;

    @Test
    void startOnLaunch_waitsForWalletUnlockSyncAndARegisteredChip_thenStartsOnceAndLeavesAStopAlone() throws Exception {
        DataDirectory dir = new DataDirectory(temp).create();
        SettingsStore settings = SettingsStore.load(dir, Runnable::run, Locale.ENGLISH);
        NetworkCatalog catalog = NetworkCatalog.load(dir, Runnable::run);
        LiveValue<WalletService.Snapshot> wallet = new LiveValue<>(WalletService.Snapshot.LOADING);
        LiveValue<Optional<AccountServices>> services = new LiveValue<>(Optional.empty());
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (NetworkRuntime runtime = new NetworkRuntime(dir, catalog, 0, Clock.systemUTC());
             MiningOnLaunch launch = new MiningOnLaunch(settings.settings(), runtime.state(), wallet, services, executor)) {
            await(launch.launch(), l -> l.state() == State.OFF);
            settings.update(s -> s.withStartMiningOnLaunch(true)).join();
            await(launch.launch(), l -> l.state() == State.WAITING_FOR_UNLOCK);
            wallet.set(WalletService.Snapshot.EMPTY);
            await(launch.launch(), l -> l.state() == State.WAITING_FOR_WALLET);
            wallet.set(new WalletService.Snapshot(WalletService.Status.UNLOCKED, List.of(), List.of(), Optional.empty(), false));
            await(launch.launch(), l -> l.state() == State.WAITING_FOR_SYNC);

            runtime.start();
            await(runtime.state(), s -> s.phase() == Phase.SYNCED);
            await(launch.launch(), l -> l.state() == State.WAITING_FOR_MINER);

            NetworkSession session = runtime.session().get().orElseThrow();
            Path folder = dir.data(NetworkDefinition.DEVNET_ID);
            WalletStore store = WalletStore.create(folder.resolve("wallet.json"), "devnet", "launch test password".toCharArray(), Optional.empty(),
                    "", 60, new ScryptCost(1 << 10, 8, 1), new SecureRandom());
            Address account = store.importPrivateKey(DevnetAccounts.privateKey(0), "miner").address();
            try (AccountServices open = AccountServices.open(session, folder, ChainParams.devnet(), store, account)) {
                services.set(Optional.of(open));
                await(launch.launch(), l -> l.state() == State.WAITING_FOR_CHIPS);
                assertEquals(MiningStatus.STOPPED, open.mining().status().get());

                Miner miner = open.mining().miner();
                miner.addSimulatedChip().join();
                miner.register(miner.localChips().join().get(0).chip()).join();
                Devnet devnet = session.devnet().orElseThrow();
                devnet.mineBlock(); // includes the registration; the next verified head lets the launch see it
                await(launch.launch(), l -> l.state() == State.STARTED);
                await(open.mining().status(), s -> s == MiningStatus.RUNNING);

                open.mining().stop().join();
                long head = runtime.state().get().headNumber();
                devnet.mineBlock();
                await(runtime.state(), s -> s.headNumber() > head);
                executor.submit(() -> { }).get(); // the evaluation of the new head has run
                assertEquals(MiningStatus.STOPPED, open.mining().status().get(), "a miner the user stopped stays stopped");
                assertEquals(State.STARTED, launch.launch().get().state());

                settings.update(s -> s.withStartMiningOnLaunch(false)).join();
                await(launch.launch(), l -> l.state() == State.OFF);
                settings.update(s -> s.withStartMiningOnLaunch(true)).join();
                await(launch.launch(), l -> l.state() == State.STARTED);
                assertEquals(MiningStatus.STOPPED, open.mining().status().get(), "switching the setting on again does not restart it");
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
