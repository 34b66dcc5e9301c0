package net.utilitynet.app.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.utilitynet.app.ui.TestServices;
import net.utilitynet.app.wallet.WalletService.Status;
import net.utilitynet.lightclient.sync.SyncMode;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.history.HistoryRow;
import net.utilitynet.wallet.mnemonic.Mnemonic;
import net.utilitynet.wallet.outbox.OutboxEntry;
import net.utilitynet.wallet.outbox.OutboxState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Wallet page follows a network switch, on two real chains verified by real light clients: the embedded-devnet
 * kind (chain id 21844, POCI verified) and a second devnet with chain id 31337 that the app can only verify
 * linkage-only. Balances, receive, send and history follow the active network; linkage-only balances say so.
 */
class WalletNetworkSwitchTest {
    static final String PASSWORD = "Correct-Horse-7";
    static final long WAIT = 90;

    @TempDir
    Path dir;
    DevnetChain first;
    DevnetChain second;
    WalletService service;
    WalletViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        TestServices services = new TestServices(dir.resolve("app"));
        first = DevnetChain.start(dir.resolve("a"), 300);
        second = DevnetChain.start(dir.resolve("b"), 300, DevnetChain.devnetWithChainId(31337), SyncMode.LINKAGE_ONLY);
        service = new WalletService(dir.resolve("data").resolve("devnet"), first.network(), first.chain, () -> Duration.ofMinutes(15),
                OnboardingViewModelTest.TEST_COST, Runnable::run);
        service.start().get();
        model = new WalletViewModel(service, services.i18n, TestServices.SAME_THREAD);
    }

    @AfterEach
    void tearDown() {
        model.dispose();
        service.close();
        second.close();
        first.close();
    }

    private WalletNetwork secondNetwork() {
        return new WalletNetwork("second", "Second devnet", 31337, Optional.of(second.devnet.rpcUrl()));
    }

    private void waitForBalance(UncAmount expected) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> {
            service.refresh().get();
            return !model.accounts().isEmpty() && model.accounts().get(0).balance().equals(Optional.of(expected));
        });
    }

    @Test
    void follow_switchToSecondNetworkAndBack_balancesReceiveSendHistoryFollowTheActiveNetwork() throws Exception {
        Mnemonic words = Mnemonic.generate(12, new SecureRandom());
        service.create(words, new char[0], PASSWORD.toCharArray()).get();
        Address me = model.selected().get().address();
        model.receive().requestTestFunds().get();
        waitForBalance(UncAmount.ofUnc(100));
        assertTrue(model.verifiedText(model.accounts().get(0)).startsWith("\u2713 verified at block #"), model.verifiedText(model.accounts().get(0)));
        assertEquals("Local devnet (embedded) \u00b7 chain ID 21844", model.networkLine().get());
        model.send().to().set(DevnetChain.devAccount(2).checksummed());
        model.typedData().json().set(TypedDataViewModelTest.MAIL);

        // Switch: the second network has its own wallet file (none yet), its own chain and chain id.
        service.follow(secondNetwork(), dir.resolve("data").resolve("second"), Optional.of(second.chain), Optional.of(second.devnet.rpcUrl()));
        assertEquals(Status.NONE, model.status().get(), "no wallet on the second network yet: onboarding");
        assertTrue(model.accounts().isEmpty(), "the first network's accounts are gone at once");
        assertEquals("Second devnet \u00b7 chain ID 31337", model.networkLine().get());
        assertEquals("", model.send().to().get(), "a form prepared for the other network is cleared");
        assertEquals("", model.typedData().json().get());
        assertEquals(31337, service.network().chainId());

        service.create(words, new char[0], PASSWORD.toCharArray()).get();
        assertEquals(me, model.selected().get().address(), "the same recovery words give the same address");
        waitForBalance(UncAmount.ZERO);
        assertTrue(model.verifiedText(model.accounts().get(0))
                .startsWith("\u26a0 linkage-only at block #"), model.verifiedText(model.accounts().get(0)));
        assertTrue(model.trustNotice().get().contains("seals are not verified, so these balances are not consensus-verified"), model.trustNotice().get());
        assertEquals("ethereum:" + me.checksummed() + "@31337", model.receive().paymentUri().get());
        assertTrue(model.receive().faucetAvailable().get());
        model.receive().requestTestFunds().get();
        waitForBalance(UncAmount.ofUnc(100));

        SendViewModel send = model.send();
        send.load().get();
        Address bob = DevnetChain.devAccount(2);
        send.to().set(bob.checksummed());
        send.amount().set("1.5");
        send.review().get();
        assertEquals(31337, send.preview().get().chainId(), "signed for the active network's chain id");
        send.password().set(PASSWORD);
        OutboxEntry sent = send.confirm().get();
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> {
            service.refresh().get();
            return send.outbox().stream().anyMatch(e -> e.hash().equals(sent.hash()) && e.state() == OutboxState.CONFIRMED);
        });
        List<HistoryRow> onSecond = model.history().load().get();
        assertEquals(2, onSecond.size(), onSecond.toString());

        // Back: the first network's wallet is there again (locked), with its own balance and history.
        service.follow(first.network(), dir.resolve("data").resolve("devnet"), Optional.of(first.chain), Optional.of(first.devnet.rpcUrl()));
        assertEquals(Status.LOCKED, model.status().get());
        assertEquals("Local devnet (embedded) \u00b7 chain ID 21844", model.networkLine().get());
        assertTrue(model.history().rows().isEmpty(), "the other network's history is not shown");
        model.unlockPassword().set(PASSWORD);
        model.unlock().get();
        waitForBalance(UncAmount.ofUnc(100));
        assertTrue(model.verifiedText(model.accounts().get(0)).startsWith("\u2713 verified at block #"));
        assertEquals("", model.trustNotice().get());
        List<HistoryRow> onFirst = model.history().load().get();
        assertEquals(1, onFirst.size(), "only the first network's faucet payment: " + onFirst);
        assertFalse(onFirst.stream().anyMatch(r -> r.entry().hash().equals(sent.hash())));
        assertTrue(service.wallet().get().outboxEntries(me).isEmpty(), "each network has its own outbox");
    }
}
