package net.utilitynet.devnet.txpool;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import net.utilitynet.devnet.execution.Transaction;
import net.utilitynet.devnet.execution.TxRejectedException;
import net.utilitynet.devnet.state.Address;

/**
 * Pending transactions, per sender in nonce order. A transaction whose nonce leaves a gap waits (future
 * queue) until the gap is filled; one with the nonce of a waiting transaction replaces it only when both
 * its fee caps are at least {@value #REPLACE_BUMP_PERCENT}% higher. Thread-safe.
 */
public final class TxPool {
    public static final int REPLACE_BUMP_PERCENT = 10;

    private final int maxTotal;
    private final int maxPerSender;
    private final Map<Address, TreeMap<Long, Entry>> bySender = new HashMap<>();
    private final Map<String, Entry> byHash = new HashMap<>();
    private long arrivals;

    private record Entry(Transaction tx, long arrival) {
    }

    public TxPool(int maxTotal, int maxPerSender) {
        this.maxTotal = maxTotal;
        this.maxPerSender = maxPerSender;
    }

    /**
     * Adds a validated transaction. {@code accountNonce} is the sender's nonce in the head state.
     *
     * @return the hash of the transaction it replaced, or null
     */
    public synchronized String add(Transaction tx, long accountNonce) {
        String hash = tx.hashHex();
        if (byHash.containsKey(hash)) {
            throw new TxRejectedException("already known: transaction " + hash + " is already in the pool");
        }
        if (tx.nonce() < accountNonce) {
            throw new TxRejectedException("nonce too low: account nonce is " + accountNonce + ", tx nonce " + tx.nonce());
        }
        TreeMap<Long, Entry> queue = bySender.computeIfAbsent(tx.from(), a -> new TreeMap<>());
        Entry old = queue.get(tx.nonce());
        if (old != null) {
            if (!outbids(tx, old.tx())) {
                throw new TxRejectedException("replacement transaction underpriced: nonce " + tx.nonce()
                        + " already has a transaction with max fee " + old.tx().maxFeePerGas() + " and priority fee "
                        + old.tx().maxPriorityFeePerGas() + " wei; a replacement must raise both by at least "
                        + REPLACE_BUMP_PERCENT + "%");
            }
        } else {
            if (queue.size() >= maxPerSender) {
                throw new TxRejectedException("txpool limit: sender " + tx.from() + " already has " + queue.size()
                        + " pending transactions (limit " + maxPerSender + ")");
            }
            if (byHash.size() >= maxTotal) {
                throw new TxRejectedException("txpool is full (" + maxTotal + " transactions); retry after the next block");
            }
        }
        Entry e = new Entry(tx, arrivals++);
        queue.put(tx.nonce(), e);
        byHash.put(hash, e);
        if (old != null) {
            byHash.remove(old.tx().hashHex());
            return old.tx().hashHex();
        }
        return null;
    }

    private static boolean outbids(Transaction next, Transaction old) {
        return bumped(next.maxFeePerGas(), old.maxFeePerGas()) && bumped(next.maxPriorityFeePerGas(), old.maxPriorityFeePerGas());
    }

    private static boolean bumped(BigInteger next, BigInteger old) {
        return next.multiply(BigInteger.valueOf(100)).compareTo(old.multiply(BigInteger.valueOf(100 + REPLACE_BUMP_PERCENT))) >= 0;
    }

    public synchronized Transaction get(String hashHex) {
        Entry e = byHash.get(hashHex);
        return e == null ? null : e.tx();
    }

    /** Drops one transaction (found not executable when a block was built). */
    public synchronized void remove(Transaction tx) {
        if (byHash.remove(tx.hashHex()) != null) {
            TreeMap<Long, Entry> queue = bySender.get(tx.from());
            queue.remove(tx.nonce());
            if (queue.isEmpty()) {
                bySender.remove(tx.from());
            }
        }
    }

    public synchronized int size() {
        return byHash.size();
    }

    /** The nonce the sender's next transaction should use: after every contiguous pooled one. */
    public synchronized long pendingNonce(Address sender, long accountNonce) {
        TreeMap<Long, Entry> queue = bySender.get(sender);
        long next = accountNonce;
        if (queue != null) {
            while (queue.containsKey(next)) {
                next++;
            }
        }
        return next;
    }

    /**
     * Executable transactions for the next block: per sender contiguous from the account nonce, senders
     * interleaved by effective priority fee (then arrival), skipping those whose max fee is below the base
     * fee, within {@code gasLimit}.
     */
    public synchronized List<Transaction> select(ToLongFunction<Address> accountNonce, BigInteger baseFee, long gasLimit) {
        Comparator<Entry> byTip = Comparator.<Entry, BigInteger>comparing(e -> tip(e.tx(), baseFee)).reversed()
                .thenComparingLong(Entry::arrival);
        PriorityQueue<Entry> heads = new PriorityQueue<>(byTip);
        for (Map.Entry<Address, TreeMap<Long, Entry>> s : bySender.entrySet()) {
            Entry first = s.getValue().get(accountNonce.applyAsLong(s.getKey()));
            if (first != null) {
                heads.add(first);
            }
        }
        List<Transaction> out = new ArrayList<>();
        long gasLeft = gasLimit;
        while (!heads.isEmpty()) {
            Transaction tx = heads.poll().tx();
            if (tx.maxFeePerGas().compareTo(baseFee) < 0 || tx.gasLimit() > gasLeft) {
                continue; // this sender waits for a lower base fee or the next block
            }
            out.add(tx);
            gasLeft -= tx.gasLimit();
            Entry next = bySender.get(tx.from()).get(tx.nonce() + 1);
            if (next != null) {
                heads.add(next);
            }
        }
        return out;
    }

    private static BigInteger tip(Transaction tx, BigInteger baseFee) {
        return tx.effectiveGasPrice(baseFee).subtract(baseFee);
    }

    /** Drops every transaction whose nonce the new head state has used (included or replaced on chain). */
    public synchronized void prune(ToLongFunction<Address> accountNonce) {
        Iterator<Map.Entry<Address, TreeMap<Long, Entry>>> it = bySender.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Address, TreeMap<Long, Entry>> s = it.next();
            NavigableMap<Long, Entry> stale = s.getValue().headMap(accountNonce.applyAsLong(s.getKey()), false);
            for (Entry e : stale.values()) {
                byHash.remove(e.tx().hashHex());
            }
            stale.clear();
            if (s.getValue().isEmpty()) {
                it.remove();
            }
        }
    }
}
