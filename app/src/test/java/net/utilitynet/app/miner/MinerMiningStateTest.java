package net.utilitynet.app.miner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.utilitynet.app.config.DataDirectory;
import net.utilitynet.app.config.Language;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.networks.NetworkCatalog;
import net.utilitynet.app.runtime.MiningOnLaunch;
import net.utilitynet.app.services.ConnectionStatus;
import net.utilitynet.app.services.LiveValue;
import net.utilitynet.app.services.MiningStatus;
import net.utilitynet.app.ui.ConnectionViewModel;
import net.utilitynet.miner.register.RegistrationState;
import net.utilitynet.devnet.Devnet;
import net.utilitynet.devnet.DevnetConfig;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.LightClientConfig;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.lightclient.sync.SyncConfig;
import net.utilitynet.lightclient.sync.SyncMode;
import net.utilitynet.lightclient.sync.TrustAnchor;
import net.utilitynet.lightclient.verify.ChainRules;
import net.utilitynet.miner.Miner;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.protocol.chain.DevnetAccounts;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.keystore.ScryptCost;
import net.utilitynet.wallet.outbox.Outbox;
import net.utilitynet.wallet.store.WalletStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.utils.Numeric;

/** The shell's mining state on a real miner over a real devnet: Start/Stop reach the agent and statuses come back. */
class MinerMiningStateTest {
    @TempDir
    Path dir;

    @Test
    void startStopAndMinerPage_realMiner_statusCardsAndRegistrationFollowTheChain() throws Exception {
        ChainParams params = ChainParams.devnet();
        try (Devnet devnet = Devnet.start(DevnetConfig.defaults(dir.resolve("devnet")).withBlockTimeMs(0))) {
            String genesis = new HttpRpcClient(devnet.rpcUrl()).call("eth_getBlockByNumber", "0x0", false).get("hash").asText();
            try (LightClient light = LightClient.open(LightClientConfig.of(List.of(devnet.rpcUrl()), dir.resolve("headers.db"),
                    SyncConfig.of(SyncMode.FULL, new TrustAnchor(0, Numeric.hexStringToByteArray(genesis)), ChainRules.of(params))));
                 Outbox outbox = Outbox.open(dir.resolve("outbox.db"), Clock.systemUTC())) {
                WalletStore wallet = WalletStore.create(dir.resolve("wallet.json"), "devnet", "state test password".toCharArray(),
                        Optional.empty(), "", 60, new ScryptCost(1 << 10, 8, 1), new SecureRandom());
                Address account = wallet.importPrivateKey(DevnetAccounts.privateKey(0), "miner").address();
                light.sync().join();
                try (Miner miner = Miner.open(new Miner.Setup(dir.resolve("miner.db"), account, account, 1, List::of, List.of(),
                        Runnable::run, Clock.systemUTC()), light, params, wallet, outbox)) {
                    MinerMiningState state = new MinerMiningState(miner);
                    List<MiningStatus> seen = new ArrayList<>();
                    state.status().subscribe(seen::add);
                    assertEquals(MiningStatus.STOPPED, state.status().get());
                    state.start().join();
                    assertEquals(MiningStatus.RUNNING, state.status().get());
                    assertEquals(0, state.agentStatus().get().verifiedHead(), "the agent handled the verified head at once");
                    assertTrue(state.status().get().canStop());
                    state.stop().join();
                    assertEquals(MiningStatus.STOPPED, state.status().get());
                    assertTrue(seen.containsAll(List.of(MiningStatus.STARTING, MiningStatus.RUNNING, MiningStatus.STOPPING)), seen.toString());

                    // the Miner page's view model on the same miner: a simulated chip, its card, registration, rewards
                    I18n i18n = new I18n(Language.ENGLISH);
                    ConnectionViewModel connection = new ConnectionViewModel(ConnectionStatus.notConnected(),
                            NetworkCatalog.load(new DataDirectory(dir.resolve("home")).create(), Runnable::run), i18n, Runnable::run);
                    LiveValue<MiningOnLaunch.Launch> launch = new LiveValue<>(new MiningOnLaunch.Launch(MiningOnLaunch.State.OFF, ""));
                    MinerViewModel vm = new MinerViewModel(state, launch, connection, i18n, Runnable::run);
                    assertEquals("", vm.launchLine().get(), "nothing to say while start on launch is off");
                    launch.set(new MiningOnLaunch.Launch(MiningOnLaunch.State.WAITING_FOR_CHIPS, ""));
                    assertTrue(vm.launchLine().get().contains("waiting for a registered chip"), vm.launchLine().get());
                    assertTrue(vm.hasMiner());
                    vm.addSimulatedChip().join();
                    assertEquals("", vm.error().get());
                    ChipCard card = vm.cards().get(0);
                    assertTrue(card.simulated() && card.attestable() && card.canRegister(), card.toString());
                    assertEquals("100", card.rating().replaceAll("[^0-9]", ""));
                    vm.register(card).join();
                    assertEquals(Optional.of(RegistrationState.PENDING), vm.cards().get(0).registration());
                    assertEquals("Registration pending: waiting for it to be included in a verified block.", vm.registrationText(vm.cards().get(0)));
                    assertEquals("Attestation available", vm.attestationText(vm.cards().get(0)));
                    devnet.mineBlock();
                    light.sync().join();
                    vm.refresh().join();
                    assertEquals(Optional.of(RegistrationState.REGISTERED), vm.cards().get(0).registration());
                    assertFalse(vm.cards().get(0).canRegister());
                    long head = light.verifiedHead().orElseThrow().number();
                    assertEquals("\u2713 Registered: rating 100, proven at block #" + head + ".", vm.registrationText(vm.cards().get(0)));
                    i18n.languageProperty().set(Language.CHINESE_SIMPLIFIED);
                    assertEquals("\u2713 已注册：评级 100，于区块 #" + head + " 证明。", vm.registrationText(vm.cards().get(0)));
                    assertEquals("评级 100", vm.ratingText(vm.cards().get(0)));
                    assertTrue(vm.launchLine().get().startsWith("已开启“启动时挖矿”"), vm.launchLine().get());
                    i18n.languageProperty().set(Language.ENGLISH);

                    // the Overview's mining figures: the registered chip from verified storage, the ledger's totals
                    MiningSummary.Figures figures = new MiningSummary(miner, Clock.systemDefaultZone()).read().join();
                    assertEquals(1, figures.registeredChips());
                    assertEquals(0, figures.pendingChips());
                    assertEquals(head, figures.verifiedAt(), "the registration was proven at the verified head");
                    assertEquals(0, figures.rewards().since().blocksWon());
                    assertTrue(vm.rewardsLine().get().startsWith("Block rewards 0 UNC"), vm.rewardsLine().get());
                }
            }
        }
    }
}
