package net.utilitynet.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.history.HistoryRow;
import net.utilitynet.wallet.keystore.ScryptCost;
import net.utilitynet.wallet.mnemonic.Mnemonic;
import net.utilitynet.wallet.outbox.OutboxEntry;
import net.utilitynet.wallet.outbox.OutboxState;
import net.utilitynet.wallet.store.WalletStore;
import net.utilitynet.wallet.testnode.MutableClock;
import net.utilitynet.wallet.testnode.TestChain;
import net.utilitynet.wallet.testnode.TestNode;
import net.utilitynet.wallet.tx.FeePresets;
import net.utilitynet.wallet.tx.TxPreview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade end to end: real wallet file, real SQLite outbox, real HTTP node; verified reads from {@link TestChain}. */
class WalletTest {
    static final char[] PASSWORD = "correct horse".toCharArray();
    static final Address ME = Address.ofTrusted("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");

    @TempDir
    Path dir;

    private Wallet wallet(TestChain chain, long chainId) {
        WalletStore store = WalletStore.create(dir.resolve("devnet.wallet"), "devnet", PASSWORD.clone(),
                Optional.of(Mnemonic.parse("test test test test test test test test test test test junk")), "", 60,
                new ScryptCost(1 << 10, 8, 1), new SecureRandom());
        return Wallet.open(new WalletConfig("devnet", chainId, dir.resolve("outbox.db"), 2), store, chain);
    }

    @Test
    void prepareConfirmSend_devnet_broadcastsOnceAndNonceCountsPending() throws Exception {
        try (TestNode node = new TestNode()) {
            TestChain chain = new TestChain(node);
            chain.balances.put(ME, UncAmount.ofUnc(10).wei());
            chain.nonces.put(ME, BigInteger.valueOf(3));
            try (Wallet w = wallet(chain, WalletConfig.DEVNET_CHAIN_ID)) {
                FeePresets fees = w.feePresets().get();
                TxPreview p = w.prepareTransfer(ME, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "1.5", fees.normal()).get();
                assertEquals(BigInteger.valueOf(3), p.nonce());
                assertEquals(21844, p.chainId());
                assertTrue(p.recipient().firstTime());
                OutboxEntry sent = w.confirmAndSend(p, PASSWORD.clone()).get();
                assertEquals(OutboxState.PENDING, sent.state());
                assertEquals(1, node.sentRaw.size());

                TxPreview next = w.prepareTransfer(ME, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "1", fees.normal()).get();
                assertEquals(BigInteger.valueOf(4), next.nonce());
                assertTrue(!next.recipient().firstTime(), "sent-to address is now known");

                OutboxEntry cancel = w.cancel(sent.hash(), ME, PASSWORD.clone()).get();
                assertEquals(OutboxEntry.Kind.CANCEL, cancel.kind());
                assertEquals(BigInteger.valueOf(3), cancel.params().nonce());
                assertEquals(2, node.sentRaw.size());

                ExecutionException tooMuch = assertThrows(ExecutionException.class,
                        () -> w.prepareTransfer(ME, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "8.6", fees.normal()).get());
                assertInstanceOf(InvalidInputException.class, tooMuch.getCause());
            }
        }
    }

    @Test
    void confirmAndSend_wrongPassword_nothingSignedOrSent() throws Exception {
        try (TestNode node = new TestNode()) {
            TestChain chain = new TestChain(node);
            chain.balances.put(ME, UncAmount.ofUnc(10).wei());
            try (Wallet w = wallet(chain, WalletConfig.DEVNET_CHAIN_ID)) {
                TxPreview p = w.prepareTransfer(ME, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "1", w.feePresets().get().slow()).get();
                CompletionException e = assertThrows(CompletionException.class, () -> w.confirmAndSend(p, "nope nope".toCharArray()).join());
                assertInstanceOf(WrongPasswordException.class, e.getCause());
                assertEquals(0, node.sentRaw.size());
                assertEquals(0, w.outboxEntries(ME).size());
            }
        }
    }

    @Test
    void confirmAndSend_nodeOnOtherChain_refusedNamingChainId() throws Exception {
        try (TestNode node = new TestNode()) {
            TestChain chain = new TestChain(node);
            chain.balances.put(ME, UncAmount.ofUnc(10).wei());
            try (Wallet w = wallet(chain, 1)) {
                TxPreview p = w.prepareTransfer(ME, "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "1", w.feePresets().get().fast()).get();
                CompletionException e = assertThrows(CompletionException.class, () -> w.confirmAndSend(p, PASSWORD.clone()).join());
                InvalidInputException cause = assertInstanceOf(InvalidInputException.class, e.getCause());
                assertEquals("chainId", cause.field());
                assertTrue(cause.getMessage().contains("reports chain id 21844"));
                assertEquals(0, node.sentRaw.size());
            }
        }
    }

    @Test
    void history_nodeIndexPlusVerifier_onlyProvenConfirmed() throws Exception {
        try (TestNode node = new TestNode()) {
            String h1 = "0x" + "11".repeat(32);
            String h2 = "0x" + "22".repeat(32);
            node.extraResults.put("unc_getTransactionsByAddress", new ObjectMapper().readTree("["
                    + entry(h1, 5, "0x70997970c51812dc3a010c7d01b50e0d17dc79c8", ME.lower()) + ","
                    + entry(h2, 6, ME.lower(), "0x70997970c51812dc3a010c7d01b50e0d17dc79c8") + "]"));
            TestChain chain = new TestChain(node);
            chain.include(h1, 5, true);
            try (Wallet w = wallet(chain, WalletConfig.DEVNET_CHAIN_ID)) {
                var rows = w.history(ME, 0, 100).get();
                assertEquals(HistoryRow.Status.UNVERIFIED, rows.get(0).status());
                assertEquals(HistoryRow.Status.CONFIRMED, rows.get(1).status());
                assertEquals(HistoryRow.Direction.RECEIVED, rows.get(1).direction());
                assertEquals("ethereum:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266@21844?value=1500000000000000000",
                        w.paymentUri(ME, Optional.of(UncAmount.parsePositive("1.5", "amount"))));
            }
        }
    }

    @Test
    void signTypedData_otherChain_refused_andPersonalSignVerifies() throws Exception {
        try (TestNode node = new TestNode(); Wallet w = wallet(new TestChain(node), WalletConfig.DEVNET_CHAIN_ID)) {
            String mailOnChain1 = "{\"types\":{\"EIP712Domain\":[{\"name\":\"chainId\",\"type\":\"uint256\"}],"
                    + "\"M\":[{\"name\":\"x\",\"type\":\"string\"}]},\"primaryType\":\"M\",\"domain\":{\"chainId\":1},\"message\":{\"x\":\"hi\"}}";
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> w.signTypedData(ME, net.utilitynet.wallet.message.TypedData.parse(mailOnChain1), PASSWORD.clone()).get());
            assertTrue(e.getCause().getMessage().contains("chain id 1"), e.getCause().getMessage());
            String onDevnet = mailOnChain1.replace("\"chainId\":1}", "\"chainId\":21844}");
            var typed = net.utilitynet.wallet.message.TypedData.parse(onDevnet);
            assertEquals(ME, typed.recoverSigner(w.signTypedData(ME, typed, PASSWORD.clone()).get()));
            String sig = w.signMessage(ME, "hello", PASSWORD.clone()).get();
            assertTrue(net.utilitynet.wallet.message.PersonalMessage.verify("hello", sig, ME));
        }
    }

    @Test
    void autoLock_idleForConfiguredTime_locksStoreAndSendNeedsUnlock() throws Exception {
        try (TestNode node = new TestNode()) {
            WalletStore store = WalletStore.create(dir.resolve("devnet.wallet"), "devnet", PASSWORD.clone(),
                    Optional.of(Mnemonic.parse("test test test test test test test test test test test junk")), "", 60,
                    new ScryptCost(1 << 10, 8, 1), new SecureRandom());
            MutableClock clock = new MutableClock(java.time.Instant.parse("2026-01-01T00:00:00Z"));
            WalletConfig config = new WalletConfig("devnet", WalletConfig.DEVNET_CHAIN_ID, dir.resolve("outbox.db"), 2, java.time.Duration.ofMinutes(2));
            try (Wallet w = Wallet.open(config, store, new TestChain(node), clock)) {
                clock.advance(java.time.Duration.ofSeconds(90));
                w.userActivity();
                clock.advance(java.time.Duration.ofSeconds(90));
                w.autoLock().check(); // the wallet's own 1-second timer may run check() too: assert on the state
                assertTrue(!store.isLocked());
                clock.advance(java.time.Duration.ofSeconds(31));
                w.autoLock().check();
                assertTrue(store.isLocked());
                assertThrows(WalletLockedException.class, store::accounts);
            }
        }
    }

    private static String entry(String hash, long block, String from, String to) {
        return "{\"hash\":\"" + hash + "\",\"blockNumber\":\"0x" + Long.toHexString(block) + "\",\"blockHash\":\"0x"
                + String.format("%064x", block) + "\",\"transactionIndex\":\"0x0\",\"timestamp\":\"0x6553f100\",\"from\":\"" + from
                + "\",\"to\":\"" + to + "\",\"value\":\"0x1\",\"nonce\":\"0x0\",\"type\":\"0x2\",\"status\":\"0x1\"}";
    }
}
