package net.utilitynet.app.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.utilitynet.app.AppContext;
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
}
