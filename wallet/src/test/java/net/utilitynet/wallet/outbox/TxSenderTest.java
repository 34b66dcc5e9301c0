package net.utilitynet.wallet.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.WalletException;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.chain.ChainAccessException;
import net.utilitynet.wallet.chain.UnverifiedJsonRpc;
import net.utilitynet.wallet.testnode.TestChain;
import net.utilitynet.wallet.testnode.TestNode;
import net.utilitynet.wallet.tx.Fees;
import net.utilitynet.wallet.tx.SignedTx;
import net.utilitynet.wallet.tx.TransactionSigner;
import net.utilitynet.wallet.tx.TxParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.utils.Numeric;

class TxSenderTest {
    /** Hardhat/Anvil dev account 0 (m/44'/60'/0'/0/0 of "test … junk"). */
    static final byte[] KEY0 = Numeric.hexStringToByteArray("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    static final Address ACCOUNT0 = Address.ofTrusted("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    static final Address ACCOUNT1 = Address.ofTrusted("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");

    @TempDir
    Path dir;

    static SignedTx transfer(BigInteger nonce) {
        return TransactionSigner.sign(new TxParams(21844, nonce, ACCOUNT1, BigInteger.TEN.pow(18), TxParams.TRANSFER_GAS, new byte[0],
                new Fees.Eip1559(TestNode.gwei(2), TestNode.gwei(1))), KEY0);
    }

    private Outbox outbox() {
        return Outbox.open(dir.resolve("outbox.db"), Clock.systemUTC());
    }

    @Test
    void send_nodeUp_storedThenPendingAndSentOnce() throws Exception {
        try (TestNode node = new TestNode(); Outbox outbox = outbox()) {
            SignedTx tx = transfer(BigInteger.ZERO);
            OutboxEntry e = new TxSender(outbox, UnverifiedJsonRpc.to(node.uri())).send(tx);
            assertEquals(OutboxState.PENDING, e.state());
            assertEquals(1, node.sendsOf(tx.rawHex()));
            assertEquals(1, e.broadcasts());
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("outbox.db"))));
            }
        }
    }

    @Test
    void send_endpointDown_keptSignedThenSentOnResume() throws Exception {
        URI gone;
        try (TestNode down = new TestNode()) {
            gone = down.uri();
        }
        SignedTx tx = transfer(BigInteger.ZERO);
        try (Outbox outbox = outbox()) {
            ChainAccessException e = assertThrows(ChainAccessException.class, () -> new TxSender(outbox, UnverifiedJsonRpc.to(gone)).send(tx));
            assertTrue(e.getMessage().contains("is saved and will be sent"), e.getMessage());
            assertEquals(OutboxState.SIGNED, outbox.find(tx.hash()).orElseThrow().state());
        }
        try (TestNode node = new TestNode(); Outbox reopened = outbox()) {
            List<OutboxEntry> resumed = new TxSender(reopened, UnverifiedJsonRpc.to(node.uri())).resumeAfterRestart();
            assertEquals(OutboxState.PENDING, resumed.get(0).state());
            assertEquals(1, node.sendsOf(tx.rawHex()));
        }
    }

    /** Real crash: a child JVM stores the signed transaction and is killed with SIGKILL before broadcasting. */
    @Test
    void resume_afterKill9BetweenSignAndBroadcast_broadcastsExactlyOnce() throws Exception {
        Path db = dir.resolve("outbox.db");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), OutboxCrashChild.class.getName(), db.toString(), "7")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            line = out.readLine();
            child.destroyForcibly(); // SIGKILL on POSIX
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(line != null && line.startsWith("STORED 0x"), "child said: " + line);
        String hash = line.substring("STORED ".length());
        try (TestNode node = new TestNode(); Outbox outbox = Outbox.open(db, Clock.systemUTC())) {
            OutboxEntry before = outbox.find(hash).orElseThrow();
            assertEquals(OutboxState.SIGNED, before.state());
            assertEquals(0, before.broadcasts());
            new TxSender(outbox, UnverifiedJsonRpc.to(node.uri())).resumeAfterRestart();
            assertEquals(1, node.sendsOf(Numeric.toHexString(before.raw())));
            assertEquals(1, node.sentRaw.size());
            assertEquals(OutboxState.PENDING, outbox.find(hash).orElseThrow().state());
        }
    }

    @Test
    void speedUp_pending_sameNonceFeesBumpedAndOriginalReplacedWhenMined() throws Exception {
        try (TestNode node = new TestNode(); Outbox outbox = outbox()) {
            TestChain chain = new TestChain(node);
            TxSender sender = new TxSender(outbox, chain);
            SignedTx tx = transfer(BigInteger.ZERO);
            sender.send(tx);
            OutboxEntry fast = sender.speedUp(tx.hash(), KEY0);
            assertEquals(BigInteger.ZERO, fast.params().nonce());
            Fees.Eip1559 f = (Fees.Eip1559) fast.params().fees();
            assertTrue(f.maxFeePerGas().compareTo(TestNode.gwei(2).multiply(BigInteger.valueOf(11)).divide(BigInteger.TEN)) >= 0);
            assertTrue(f.maxPriorityFeePerGas().compareTo(TestNode.gwei(1).multiply(BigInteger.valueOf(11)).divide(BigInteger.TEN)) >= 0);
            assertEquals(tx.hash(), fast.replaces().orElseThrow());

            chain.include(fast.hash(), 100, true);
            chain.nonces.put(ACCOUNT0, BigInteger.ONE);
            new TxTracker(outbox, chain, 3).refresh();
            assertEquals(OutboxState.REPLACED, outbox.find(tx.hash()).orElseThrow().state());
            assertEquals(OutboxState.INCLUDED, outbox.find(fast.hash()).orElseThrow().state());
            chain.head = 102;
            new TxTracker(outbox, chain, 3).refresh();
            OutboxEntry done = outbox.find(fast.hash()).orElseThrow();
            assertEquals(OutboxState.CONFIRMED, done.state());
            assertEquals(3, done.confirmations());
        }
    }

    @Test
    void cancel_pending_zeroValueSelfTransferSameNonce() throws Exception {
        try (TestNode node = new TestNode(); Outbox outbox = outbox()) {
            TxSender sender = new TxSender(outbox, UnverifiedJsonRpc.to(node.uri()));
            SignedTx tx = transfer(BigInteger.valueOf(4));
            sender.send(tx);
            OutboxEntry c = sender.cancel(tx.hash(), KEY0);
            assertEquals(ACCOUNT0, c.params().to());
            assertEquals(BigInteger.ZERO, c.params().valueWei());
            assertEquals(BigInteger.valueOf(4), c.params().nonce());
            assertEquals(OutboxEntry.Kind.CANCEL, c.kind());
            assertEquals(2, node.sentRaw.size());
        }
    }

    @Test
    void speedUp_confirmed_refusedWithReason() throws Exception {
        try (TestNode node = new TestNode(); Outbox outbox = outbox()) {
            TestChain chain = new TestChain(node);
            TxSender sender = new TxSender(outbox, chain);
            SignedTx tx = transfer(BigInteger.ZERO);
            sender.send(tx);
            chain.include(tx.hash(), 90, true);
            new TxTracker(outbox, chain, 3).refresh();
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> sender.speedUp(tx.hash(), KEY0));
            assertTrue(e.getMessage().contains("is confirmed"), e.getMessage());
        }
    }

    @Test
    void tracker_nonceUsedByOtherTx_dropped_andRevertedIsFailed() throws Exception {
        try (TestNode node = new TestNode(); Outbox outbox = outbox()) {
            TestChain chain = new TestChain(node);
            TxSender sender = new TxSender(outbox, chain);
            SignedTx lost = transfer(BigInteger.ZERO);
            SignedTx reverted = transfer(BigInteger.ONE);
            sender.send(lost);
            sender.send(reverted);
            assertEquals(BigInteger.TWO, TxTracker.nextNonce(ACCOUNT0, chain, outbox));
            chain.nonces.put(ACCOUNT0, BigInteger.TWO);
            chain.include(reverted.hash(), 99, false);
            new TxTracker(outbox, chain, 1).refresh();
            assertEquals(OutboxState.DROPPED, outbox.find(lost.hash()).orElseThrow().state());
            assertEquals(OutboxState.FAILED, outbox.find(reverted.hash()).orElseThrow().state());
            assertEquals(BigInteger.TWO, TxTracker.nextNonce(ACCOUNT0, chain, outbox));
        }
    }

    @Test
    void send_nodeRejects_droppedWithNodeMessage() throws Exception {
        try (TestNode node = new TestNode(); Outbox outbox = outbox()) {
            node.rejectWith = "insufficient funds for gas * price + value";
            SignedTx tx = transfer(BigInteger.ZERO);
            WalletException e = assertThrows(WalletException.class, () -> new TxSender(outbox, UnverifiedJsonRpc.to(node.uri())).send(tx));
            assertTrue(e.getMessage().contains("insufficient funds"));
            assertEquals(OutboxState.DROPPED, outbox.find(tx.hash()).orElseThrow().state());
        }
    }

    @Test
    void tracker_signedNeverDeliveredAndNoncePassed_dropped() throws Exception {
        URI gone;
        try (TestNode down = new TestNode()) {
            gone = down.uri();
        }
        try (TestNode node = new TestNode(); Outbox outbox = outbox()) {
            SignedTx tx = transfer(BigInteger.ZERO);
            assertThrows(ChainAccessException.class, () -> new TxSender(outbox, UnverifiedJsonRpc.to(gone)).send(tx));
            TestChain chain = new TestChain(node);
            new TxTracker(outbox, chain, 1).refresh();
            assertEquals(OutboxState.SIGNED, outbox.find(tx.hash()).orElseThrow().state());
            chain.nonces.put(ACCOUNT0, BigInteger.ONE);
            new TxTracker(outbox, chain, 1).refresh();
            assertEquals(OutboxState.DROPPED, outbox.find(tx.hash()).orElseThrow().state());
        }
    }
}
