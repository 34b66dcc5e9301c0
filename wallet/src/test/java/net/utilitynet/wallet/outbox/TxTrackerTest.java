package net.utilitynet.wallet.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;

import net.utilitynet.wallet.testnode.TestChain;
import net.utilitynet.wallet.testnode.TestNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tracker's verdicts when receipt lookups do not answer: a transaction is dropped only when every same-nonce
 * sibling's lookup answered "no receipt" (or after {@link TxTracker#GIVE_UP_AFTER_BLOCKS} blocks without answers),
 * and a dropped one comes back when its inclusion is proven.
 */
class TxTrackerTest {
    @TempDir
    Path dir;
    TestNode node;
    Outbox outbox;
    TestChain chain;
    TxSender sender;
    TxTracker tracker;

    @BeforeEach
    void setUp() throws Exception {
        node = new TestNode();
        outbox = Outbox.open(dir.resolve("outbox.db"), Clock.systemUTC());
        chain = new TestChain(node);
        sender = new TxSender(outbox, chain);
        tracker = new TxTracker(outbox, chain, 3);
    }

    @AfterEach
    void tearDown() {
        outbox.close();
        node.close();
    }

    private OutboxState state(OutboxEntry e) {
        return outbox.find(e.hash()).orElseThrow().state();
    }

    /** The race seen under load: the cancel is in a block the light client has not verified when its receipt is asked for. */
    @Test
    void refresh_cancelIncludedButItsLookupUnansweredOnce_nothingDroppedThenCancelIncludedAndSendReplaced() {
        OutboxEntry send = sender.send(TxSenderTest.transfer(BigInteger.ZERO));
        OutboxEntry cancel = sender.cancel(send.hash(), TxSenderTest.KEY0);
        chain.include(cancel.hash(), 100, true);
        chain.nonces.put(TxSenderTest.ACCOUNT0, BigInteger.ONE);
        chain.unknownLookups.put(cancel.hash(), 1);

        tracker.refresh();
        assertEquals(OutboxState.PENDING, state(send), "no verdict while a sibling's lookup did not answer");
        assertEquals(OutboxState.PENDING, state(cancel));

        tracker.refresh();
        assertEquals(OutboxState.INCLUDED, state(cancel));
        assertEquals(OutboxState.REPLACED, state(send));
    }

    @Test
    void refresh_lookupThrowsOnce_treatedAsNoAnswer() {
        OutboxEntry send = sender.send(TxSenderTest.transfer(BigInteger.ZERO));
        chain.include(send.hash(), 99, true);
        chain.nonces.put(TxSenderTest.ACCOUNT0, BigInteger.ONE);
        chain.brokenLookups.put(send.hash(), 1);

        tracker.refresh();
        assertEquals(OutboxState.PENDING, state(send));
        tracker.refresh();
        assertEquals(OutboxState.INCLUDED, state(send));
        assertEquals(2, outbox.find(send.hash()).orElseThrow().confirmations());
    }

    @Test
    void refresh_nonceUsedElsewhereAndEveryLookupAnswered_droppedThenBackWhenProvenIncluded() {
        OutboxEntry send = sender.send(TxSenderTest.transfer(BigInteger.ZERO));
        chain.nonces.put(TxSenderTest.ACCOUNT0, BigInteger.ONE);

        tracker.refresh();
        assertEquals(OutboxState.DROPPED, state(send), "no receipt, nonce passed: dropped");

        // e.g. the endpoint that answered "no receipt" lagged behind: the inclusion is proven later
        chain.head = 110;
        chain.include(send.hash(), 100, true);
        tracker.refresh();
        OutboxEntry back = outbox.find(send.hash()).orElseThrow();
        assertEquals(OutboxState.CONFIRMED, back.state());
        assertEquals(100, back.blockNumber());
        assertEquals(11, back.confirmations());
    }

    @Test
    void refresh_droppedLongAgo_notLookedUpAnyMore() {
        OutboxEntry send = sender.send(TxSenderTest.transfer(BigInteger.ZERO));
        chain.nonces.put(TxSenderTest.ACCOUNT0, BigInteger.ONE);
        tracker.refresh();
        chain.head = 100 + TxTracker.RECHECK_DROPPED_BLOCKS + 1;
        chain.include(send.hash(), 100, true);
        tracker.refresh();
        assertEquals(OutboxState.DROPPED, state(send));
    }

    @Test
    void refresh_lookupsNeverAnswer_droppedOnlyAfterTheGiveUpBlocks() {
        OutboxEntry send = sender.send(TxSenderTest.transfer(BigInteger.ZERO));
        chain.nonces.put(TxSenderTest.ACCOUNT0, BigInteger.ONE);
        chain.unknownLookups.put(send.hash(), Integer.MAX_VALUE);

        tracker.refresh();
        chain.head = 100 + TxTracker.GIVE_UP_AFTER_BLOCKS - 1;
        tracker.refresh();
        assertEquals(OutboxState.PENDING, state(send));
        chain.head = 100 + TxTracker.GIVE_UP_AFTER_BLOCKS;
        tracker.refresh();
        assertEquals(OutboxState.DROPPED, state(send));
    }

    @Test
    void refresh_includedButLookupUnanswered_staysIncludedUntilTheNodeHasNoReceipt() {
        OutboxEntry send = sender.send(TxSenderTest.transfer(BigInteger.ZERO));
        chain.include(send.hash(), 100, true);
        chain.nonces.put(TxSenderTest.ACCOUNT0, BigInteger.ONE);
        tracker.refresh();
        assertEquals(OutboxState.INCLUDED, state(send));

        chain.unknownLookups.put(send.hash(), 1);
        tracker.refresh();
        assertEquals(OutboxState.INCLUDED, state(send), "an unanswered lookup is not a reorg");

        chain.included.remove(send.hash()); // its block left the verified chain and the node has no receipt
        chain.nonces.put(TxSenderTest.ACCOUNT0, BigInteger.ZERO);
        tracker.refresh();
        assertEquals(OutboxState.PENDING, state(send));
    }
}
