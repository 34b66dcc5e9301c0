package net.utilitynet.app.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import net.utilitynet.app.ui.TestServices;
import net.utilitynet.wallet.outbox.OutboxEntry;
import net.utilitynet.wallet.outbox.OutboxState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Speed-up and cancel from the send view-model, on a devnet that mines only when asked (so the payment stays pending). */
class SpeedUpOnDevnetTest {
    @TempDir
    Path dir;
    DevnetChain chain;
    WalletService service;
    WalletViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        TestServices services = new TestServices(dir.resolve("app"));
        chain = DevnetChain.start(dir, 0);
        service = new WalletService(dir.resolve("wallet"), chain.network(), chain.chain, () -> Duration.ofMinutes(15),
                OnboardingViewModelTest.TEST_COST, Runnable::run);
        service.start().get();
        model = new WalletViewModel(service, services.i18n, TestServices.SAME_THREAD);
        service.create(DevnetChain.DEV, new char[0], WalletViewModelOnDevnetTest.PASSWORD.toCharArray()).get();
    }

    @AfterEach
    void tearDown() {
        model.dispose();
        service.close();
        chain.close();
    }

    private OutboxEntry sendPending(String amount) throws Exception {
        SendViewModel send = model.send();
        send.load().get();
        send.to().set(DevnetChain.devAccount(7).checksummed());
        send.amount().set(amount);
        send.review().get();
        send.password().set(WalletViewModelOnDevnetTest.PASSWORD);
        OutboxEntry sent = send.confirm().get();
        assertEquals(OutboxState.PENDING, sent.state());
        return sent;
    }

    private OutboxState stateOf(String hash) {
        return service.wallet().get().outboxEntries(DevnetChain.devAccount(0)).stream().filter(e -> e.hash().equals(hash))
                .findFirst().orElseThrow().state();
    }

    /** Mines one block at a time, lets the light client verify it, refreshes the outbox, until {@code done} (at most 20 blocks). */
    private void mineUntil(java.util.concurrent.Callable<Boolean> done) throws Exception {
        for (int i = 0; i < 20 && !done.call(); i++) {
            long head = chain.devnet.mineBlock().number();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> chain.lightClient.verifiedHead().map(h -> h.number() >= head).orElse(false));
            service.refresh().get();
        }
        assertTrue(done.call(), () -> "states: " + service.wallet().get().outboxEntries(DevnetChain.devAccount(0)).stream()
                .map(e -> e.kind() + " " + e.state() + " " + e.lastError().orElse("")).toList());
    }

    @Test
    void speedUp_pendingPayment_replacementConfirmedAndOriginalReplaced() throws Exception {
        OutboxEntry sent = sendPending("2");
        OutboxEntry faster = model.send().replace(sent, false, WalletViewModelOnDevnetTest.PASSWORD.toCharArray()).get();
        assertEquals(OutboxEntry.Kind.SPEED_UP, faster.kind());
        assertTrue(faster.params().fees().maxCostPerGas().compareTo(sent.params().fees().maxCostPerGas()) > 0);
        mineUntil(() -> stateOf(faster.hash()) == OutboxState.CONFIRMED);
        assertEquals(OutboxState.REPLACED, stateOf(sent.hash()));
        assertTrue(model.send().stateText(model.send().outbox().stream().filter(e -> e.hash().equals(sent.hash())).findFirst().orElseThrow())
                .startsWith("Replaced"));
    }

    @Test
    void cancel_wrongPasswordThenRight_cancellationConfirmed() throws Exception {
        OutboxEntry sent = sendPending("3");
        model.send().replace(sent, true, "wrong-wrong".toCharArray()).handle((e, f) -> null).get();
        assertTrue(model.send().formError().get().toLowerCase().contains("password"), model.send().formError().get());
        OutboxEntry cancel = model.send().replace(sent, true, WalletViewModelOnDevnetTest.PASSWORD.toCharArray()).get();
        assertEquals(OutboxEntry.Kind.CANCEL, cancel.kind());
        assertEquals(DevnetChain.devAccount(0), cancel.params().to());
        mineUntil(() -> stateOf(cancel.hash()) == OutboxState.CONFIRMED);
        assertEquals(OutboxState.REPLACED, stateOf(sent.hash()));
    }
}
