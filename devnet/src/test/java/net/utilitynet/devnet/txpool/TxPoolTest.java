package net.utilitynet.devnet.txpool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import net.utilitynet.devnet.execution.Transaction;
import net.utilitynet.devnet.execution.TxRejectedException;
import net.utilitynet.devnet.state.Address;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;

class TxPoolTest {
    private static final Address ALICE = Address.fromHex("0x00000000000000000000000000000000000000a1");
    private static final Address BOB = Address.fromHex("0x00000000000000000000000000000000000000b0");
    private static final BigInteger GWEI = BigInteger.TEN.pow(9);

    private static Transaction tx(Address from, long nonce, long maxFeeGwei, long tipGwei) {
        byte[] id = (from + ":" + nonce + ":" + maxFeeGwei + ":" + tipGwei).getBytes();
        return new Transaction(2, 21844, nonce, GWEI.multiply(BigInteger.valueOf(tipGwei)), GWEI.multiply(BigInteger.valueOf(maxFeeGwei)),
                21000, BOB, BigInteger.ONE, new byte[0], List.of(), 0, BigInteger.ONE, BigInteger.ONE, from, Hash.sha3(id), id);
    }

    @Test
    void select_gapInNonces_holdsFutureTxUntilGapFilled() {
        TxPool pool = new TxPool(100, 10);
        pool.add(tx(ALICE, 0, 10, 1), 0);
        pool.add(tx(ALICE, 2, 10, 1), 0);
        assertEquals(1, pool.select(a -> 0L, GWEI, 30_000_000).size());
        assertEquals(1, pool.pendingNonce(ALICE, 0));
        pool.add(tx(ALICE, 1, 10, 1), 0);
        List<Transaction> all = pool.select(a -> 0L, GWEI, 30_000_000);
        assertEquals(List.of(0L, 1L, 2L), all.stream().map(Transaction::nonce).toList());
        assertEquals(3, pool.pendingNonce(ALICE, 0));
    }

    @Test
    void add_nonceBelowAccount_isRejectedWithBothNonces() {
        TxPool pool = new TxPool(100, 10);
        TxRejectedException e = assertThrows(TxRejectedException.class, () -> pool.add(tx(ALICE, 3, 10, 1), 5));
        assertEquals("nonce too low: account nonce is 5, tx nonce 3", e.getMessage());
    }

    @Test
    void add_sameNonceWithSmallBump_isUnderpriced() {
        TxPool pool = new TxPool(100, 10);
        pool.add(tx(ALICE, 0, 100, 10), 0);
        TxRejectedException e = assertThrows(TxRejectedException.class, () -> pool.add(tx(ALICE, 0, 109, 11), 0));
        assertTrue(e.getMessage().startsWith("replacement transaction underpriced"));
        Transaction better = tx(ALICE, 0, 110, 11);
        String replaced = pool.add(better, 0);
        assertEquals(tx(ALICE, 0, 100, 10).hashHex(), replaced);
        assertEquals(1, pool.size());
        assertEquals(better.hashHex(), pool.select(a -> 0L, GWEI, 30_000_000).get(0).hashHex());
    }

    @Test
    void add_sameTxTwice_isAlreadyKnown() {
        TxPool pool = new TxPool(100, 10);
        pool.add(tx(ALICE, 0, 10, 1), 0);
        assertTrue(assertThrows(TxRejectedException.class, () -> pool.add(tx(ALICE, 0, 10, 1), 0))
                .getMessage().startsWith("already known"));
    }

    @Test
    void add_overLimits_isRejected() {
        TxPool pool = new TxPool(3, 2);
        pool.add(tx(ALICE, 0, 10, 1), 0);
        pool.add(tx(ALICE, 1, 10, 1), 0);
        assertTrue(assertThrows(TxRejectedException.class, () -> pool.add(tx(ALICE, 2, 10, 1), 0)).getMessage().contains("limit 2"));
        pool.add(tx(BOB, 0, 10, 1), 0);
        assertTrue(assertThrows(TxRejectedException.class, () -> pool.add(tx(BOB, 1, 10, 1), 0)).getMessage().contains("full"));
    }

    @Test
    void select_twoSenders_ordersByTipAndRespectsGasAndBaseFee() {
        TxPool pool = new TxPool(100, 10);
        pool.add(tx(ALICE, 0, 10, 1), 0);
        pool.add(tx(BOB, 0, 20, 5), 0);
        pool.add(tx(BOB, 1, 20, 5), 0);
        List<Transaction> picked = pool.select(a -> 0L, GWEI, 42_000);
        assertEquals(List.of(BOB, BOB), picked.stream().map(Transaction::from).toList());
        // a base fee above Alice's max fee leaves her waiting
        assertEquals(3, pool.select(a -> 0L, GWEI.multiply(BigInteger.valueOf(10)), 1_000_000).size());
        assertEquals(List.of(BOB, BOB), pool.select(a -> 0L, GWEI.multiply(BigInteger.valueOf(11)), 1_000_000)
                .stream().map(Transaction::from).toList());
    }

    @Test
    void prune_afterInclusion_dropsUsedNonces() {
        TxPool pool = new TxPool(100, 10);
        Transaction t0 = tx(ALICE, 0, 10, 1);
        pool.add(t0, 0);
        pool.add(tx(ALICE, 1, 10, 1), 0);
        pool.prune(a -> Map.of(ALICE, 1L).getOrDefault(a, 0L));
        assertNull(pool.get(t0.hashHex()));
        assertEquals(1, pool.size());
    }
}
