package net.utilitynet.app.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.utilitynet.app.overview.OverviewViewModel;
import net.utilitynet.app.overview.OverviewViewModelTest;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import net.utilitynet.app.ui.TestServices;
import net.utilitynet.app.wallet.WalletService.Status;
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
 * The wallet page's view-models on a real devnet (loopback HTTP) verified by a real light client: faucet → verified
 * balance → send with every bad input first → outbox tracked to confirmed → history confirmed → CSV; lock/unlock.
 */
class WalletViewModelOnDevnetTest {
    static final String PASSWORD = "Correct-Horse-7";
    static final long WAIT = 60;

    @TempDir
    Path dir;
    TestServices services;
    DevnetChain chain;
    WalletService service;
    WalletViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        services = new TestServices(dir.resolve("app"));
        chain = DevnetChain.start(dir, 300);
        service = new WalletService(dir.resolve("wallet"), chain.network(), chain.chain, () -> Duration.ofMinutes(15),
                OnboardingViewModelTest.TEST_COST, Runnable::run);
        service.start().get();
        model = new WalletViewModel(service, services.i18n, TestServices.SAME_THREAD);
    }

    @AfterEach
    void tearDown() {
        model.dispose();
        service.close();
        chain.close();
    }

    private void createWallet() throws Exception {
        service.create(Mnemonic.generate(12, new java.security.SecureRandom()), new char[0], PASSWORD.toCharArray()).get();
        assertEquals(Status.UNLOCKED, model.status().get());
    }

    private Optional<UncAmount> balance() {
        return model.accounts().isEmpty() ? Optional.empty() : model.accounts().get(0).balance();
    }

    @Test
    void faucetSendHistory_onDevnet_verifiedEndToEnd() throws Exception {
        OverviewViewModel overview = new OverviewViewModel(services.connection, services.i18n,
                OverviewViewModelTest.sources(service.snapshot(), new ReadOnlyStringWrapper(""), new ReadOnlyLongWrapper(-1)), Runnable::run);
        assertEquals("\u2014", overview.cards().get(0).value().get());
        createWallet();
        Address me = model.selected().get().address();
        assertEquals(me.checksummed(), model.receive().address().getValue());
        model.receive().amount().set("2.5");
        assertEquals("ethereum:" + me.checksummed() + "@21844?value=2500000000000000000", model.receive().paymentUri().get());
        model.receive().amount().set("1.0000000000000000001");
        assertTrue(model.receive().amountError().get().contains("18"), model.receive().amountError().get());

        model.receive().copied(me.checksummed());
        assertFalse(model.receive().clipboardAltered().get());
        model.receive().copied("0x" + "11".repeat(20));
        assertTrue(model.receive().clipboardAltered().get());

        model.receive().requestTestFunds().get();
        assertTrue(model.receive().faucetNotice().get().startsWith("Received 100 test UNC"), model.receive().faucetNotice().get());
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> balance().equals(Optional.of(UncAmount.ofUnc(100))));
        assertTrue(model.verifiedText(model.accounts().get(0)).startsWith("\u2713 verified at block #"));
        assertEquals("100 UNC", model.amountText(balance()));
        assertEquals("100 UNC", overview.cards().get(0).value().get());
        model.privacy().set(true);
        assertEquals(WalletViewModel.HIDDEN, model.amountText(balance()));
        model.privacy().set(false);

        SendViewModel send = model.send();
        send.load().get();
        Address bob = DevnetChain.devAccount(1);
        send.to().set("0x1234");
        send.amount().set("1.5");
        send.review().handle((p, e) -> null).get();
        assertTrue(send.toError().get().contains("40 hex"), send.toError().get());
        send.to().set(flipCase(bob.checksummed()));
        send.review().handle((p, e) -> null).get();
        assertTrue(send.toError().get().toLowerCase().contains("checksum"), send.toError().get());
        send.to().set(bob.checksummed());
        send.checkRecipient().get();
        assertTrue(send.recipientWarning().get().contains("never sent to this address"), send.recipientWarning().get());
        send.amount().set("1.0000000000000000001");
        send.review().handle((p, e) -> null).get();
        assertTrue(send.amountError().get().contains("18"), send.amountError().get());
        send.amount().set("1000");
        send.review().handle((p, e) -> null).get();
        assertTrue(send.amountError().get().contains("more than the balance"), send.amountError().get());
        send.fee().set(SendViewModel.FeeChoice.CUSTOM);
        send.customMaxFeeGwei().set("0");
        send.customTipGwei().set("0");
        send.amount().set("1.5");
        send.review().handle((p, e) -> null).get();
        assertTrue(send.feeError().get().contains("base fee"), send.feeError().get());
        send.fee().set(SendViewModel.FeeChoice.NORMAL);

        send.review().get();
        assertEquals(SendViewModel.Step.REVIEW, send.step().get());
        assertEquals(UncAmount.parsePositive("1.5", "a"), send.preview().get().amount());
        assertEquals(21844, send.preview().get().chainId());
        assertEquals(send.preview().get().amount().plus(send.preview().get().maxFee()), send.preview().get().total());

        send.password().set("wrong-password");
        send.confirm().handle((p, e) -> null).get();
        assertEquals("Wrong password. Nothing was signed; type the wallet password again.", send.passwordError().get());
        assertTrue(service.wallet().get().outboxEntries(me).isEmpty(), "nothing stored on a wrong password");
        assertEquals(SendViewModel.Step.REVIEW, send.step().get());
        send.password().set(PASSWORD);
        OutboxEntry sent = send.confirm().get();
        assertEquals("", send.password().get());
        assertEquals(SendViewModel.Step.FORM, send.step().get());
        assertTrue(send.sentNotice().get().startsWith("Sent 1.5 UNC to " + bob.checksummed()), send.sentNotice().get());

        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> send.outbox().stream()
                .anyMatch(e -> e.hash().equals(sent.hash()) && e.state() == OutboxState.CONFIRMED));
        OutboxEntry done = send.outbox().stream().filter(e -> e.hash().equals(sent.hash())).findFirst().orElseThrow();
        assertTrue(send.stateText(done).startsWith("Confirmed in block #" + done.blockNumber()), send.stateText(done));

        List<HistoryRow> rows = model.history().load().get();
        assertEquals(2, rows.size(), rows.toString());
        HistoryRow out = model.history().rows().get(0);
        assertEquals(sent.hash(), out.entry().hash());
        assertEquals("Sent", model.history().directionText(out));
        assertEquals(HistoryRow.Status.CONFIRMED, out.status());
        assertEquals("Received", model.history().directionText(model.history().rows().get(1)));

        Path csv = dir.resolve("history.csv");
        model.history().export(csv).get();
        List<String> lines = Files.readAllLines(csv);
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).contains(sent.hash()) && lines.get(1).contains("1.5"), lines.get(1));

        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> balance().isPresent()
                && balance().get().wei().compareTo(UncAmount.parsePositive("98.5", "a").wei()) < 0);
        assertTrue(balance().get().wei().compareTo(UncAmount.parsePositive("98.4", "a").wei()) > 0, balance().toString());
    }

    @Test
    void lockUnlock_wrongThenRightPassword_accountsHiddenWhileLocked() throws Exception {
        createWallet();
        model.lock().get();
        assertEquals(Status.LOCKED, model.status().get());
        assertTrue(model.accounts().isEmpty());
        model.unlockPassword().set("nope-nope-nope");
        model.unlock().handle((s, e) -> null).get();
        assertTrue(model.unlockError().get().toLowerCase().contains("password"), model.unlockError().get());
        assertEquals("", model.unlockPassword().get());
        assertEquals(Status.LOCKED, model.status().get());
        model.unlockPassword().set(PASSWORD);
        model.unlock().get();
        assertEquals(Status.UNLOCKED, model.status().get());
        assertEquals(1, model.accounts().size());

        model.addAccount().get();
        model.addWatchOnly(DevnetChain.devAccount(3).checksummed(), "").get();
        model.addWatchOnly("0x1234", "").handle((a, e) -> null).get();
        assertFalse(model.accountError().get().isEmpty());
        assertEquals(3, service.wallet().get().store().accounts().size());
        model.importPrivateKey("not-hex".toCharArray(), "").handle((a, e) -> null).get();
        assertTrue(model.accountError().get().contains("64 hexadecimal"), model.accountError().get());
    }

    @Test
    void connect_runtimeArrivesAfterCreation_balanceVerifiedAndFaucetWorks() throws Exception {
        WalletNetwork devnet = new WalletNetwork("devnet", "Local devnet", 21844, Optional.empty());
        try (WalletService offline = new WalletService(dir.resolve("offline"), devnet, new DisconnectedChain("Local devnet"),
                () -> Duration.ofMinutes(15), OnboardingViewModelTest.TEST_COST, Runnable::run)) {
            offline.start().get();
            WalletViewModel page = new WalletViewModel(offline, services.i18n, TestServices.SAME_THREAD);
            offline.create(DevnetChain.DEV, new char[0], PASSWORD.toCharArray()).get();
            assertEquals(Status.UNLOCKED, page.status().get());
            assertEquals(Optional.empty(), page.accounts().get(0).balance());
            assertEquals("Balances cannot be verified now: not connected to Local devnet yet; balances and sending need the light "
                    + "client's verified headers", page.chainProblem().get());
            assertTrue(page.receive().faucetAvailable().get(), "the devnet offers its faucet");
            page.receive().requestTestFunds().handle((h, e) -> null).get();
            assertTrue(page.receive().faucetNotice().get().contains("not running yet"), page.receive().faucetNotice().get());

            offline.connect(chain.chain, Optional.of(chain.devnet.rpcUrl()));
            offline.refresh().get();
            assertEquals("", page.chainProblem().get());
            assertTrue(page.accounts().get(0).balance().isPresent(), "verified once connected");
            UncAmount before = page.accounts().get(0).balance().get();
            page.receive().requestTestFunds().get();
            WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> page.accounts().get(0).balance().map(b -> b.exceeds(before)).orElse(false));
            page.dispose();
        }
    }

    private static String flipCase(String checksummed) {
        char[] c = checksummed.toCharArray();
        for (int i = 2; i < c.length; i++) {
            if (Character.isLetter(c[i])) {
                c[i] = Character.isUpperCase(c[i]) ? Character.toLowerCase(c[i]) : Character.toUpperCase(c[i]);
                break;
            }
        }
        return new String(c);
    }
}
