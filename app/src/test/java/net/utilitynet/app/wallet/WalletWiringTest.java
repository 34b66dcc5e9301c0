package net.utilitynet.app.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.networks.NetworkDefinition;
import net.utilitynet.app.networks.NetworkDraft;
import net.utilitynet.devnet.Devnet;
import net.utilitynet.devnet.DevnetConfig;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.lightclient.verify.TrustLevel;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.mnemonic.Mnemonic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The app's own wiring: AppContext's network runtime (embedded devnet + light client) feeds the wallet service. */
class WalletWiringTest {
    @TempDir
    Path dir;

    @Test
    void start_runtimeRunsEmbeddedDevnet_walletVerifiesBalanceAndFaucetPays() throws Exception {
        try (AppContext context = AppContext.open(dir)) {
            try (WalletService service = WalletWiring.start(context)) {
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> service.snapshot().get().status() != WalletService.Status.LOADING);
                assertEquals(WalletService.Status.NONE, service.snapshot().get().status());
                service.create(Mnemonic.generate(12, new SecureRandom()), new char[0], "Correct-Horse-7".toCharArray()).get();
                assertTrue(service.walletFile().startsWith(context.dataDirectory().data("devnet")));
                context.runtime().start();
                WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> service.refresh().get().accounts().get(0).balance().isPresent());
                assertEquals(Optional.of(UncAmount.ZERO), service.snapshot().get().accounts().get(0).balance());
                service.requestTestFunds(service.snapshot().get().accounts().get(0).account().address()).get(60, TimeUnit.SECONDS);
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> service.refresh().get().accounts().get(0).balance()
                        .equals(Optional.of(UncAmount.ofUnc(100))));
                assertEquals(Optional.of(UncAmount.ofUnc(100)), WalletViewModel.total(service.snapshot().get().accounts()));
            }
        }
    }

    @Test
    void start_activeNetworkSwitchedOnTheCatalog_walletFollowsAndLabelsLinkageOnlyBalances() throws Exception {
        try (AppContext context = AppContext.open(dir);
             Devnet other = Devnet.start(DevnetConfig.defaults(dir.resolve("other")).withGenesis(DevnetChain.devnetWithChainId(31337))
                     .withBlockTimeMs(300).withWsPort(-1))) {
            try (WalletService service = WalletWiring.start(context)) {
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> service.snapshot().get().status() != WalletService.Status.LOADING);
                service.create(Mnemonic.generate(12, new SecureRandom()), new char[0], "Correct-Horse-7".toCharArray()).get();
                context.runtime().start();
                String genesis = new HttpRpcClient(other.rpcUrl()).call("eth_getBlockByNumber", "0x0", false).get("hash").asText();
                NetworkDefinition lab = context.networks().add(new NetworkDraft("Lab", "31337", List.of(other.rpcUrl().toString()), "0", genesis))
                        .get(10, TimeUnit.SECONDS);
                context.networks().select(lab.id()).get(10, TimeUnit.SECONDS);

                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> service.network().id().equals(lab.id()));
                assertEquals(31337, service.network().chainId());
                assertEquals(WalletService.Status.NONE, service.snapshot().get().status(), "Lab has no wallet file yet");
                service.create(Mnemonic.generate(12, new SecureRandom()), new char[0], "Correct-Horse-7".toCharArray()).get();
                assertTrue(service.walletFile().startsWith(context.dataDirectory().data(lab.id())));
                WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> service.refresh().get().accounts().get(0).balance().isPresent());
                assertEquals(TrustLevel.LINKAGE_ONLY, service.snapshot().get().accounts().get(0).trust(),
                        "the app verifies chain 31337 by hash links only");

                context.networks().select(NetworkDefinition.DEVNET_ID).get(10, TimeUnit.SECONDS);
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> service.network().id().equals(NetworkDefinition.DEVNET_ID)
                        && service.snapshot().get().status() == WalletService.Status.LOCKED);
            }
        }
    }
}
