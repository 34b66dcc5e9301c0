package net.utilitynet.devnet.txpool;

import java.math.BigInteger;
import net.utilitynet.devnet.chain.Blockchain;
import net.utilitynet.devnet.execution.Transaction;
import net.utilitynet.devnet.execution.TransactionDecoder;
import net.utilitynet.devnet.execution.TransactionValidator;
import net.utilitynet.protocol.poci.BaseFee;

/** The one entry for new transactions (RPC and faucet): strict decoding, validation against the head, the pool. */
public final class TxAdmission {
    private final Blockchain chain;
    private final TransactionValidator validator;
    private final TxPool pool;

    public TxAdmission(Blockchain chain, TransactionValidator validator, TxPool pool) {
        this.chain = chain;
        this.validator = validator;
        this.pool = pool;
    }

    /** Admits a raw signed transaction or throws {@link net.utilitynet.devnet.execution.TxRejectedException}. */
    public Transaction submit(byte[] raw) {
        Transaction tx = TransactionDecoder.decode(raw);
        Blockchain.Head head = chain.head();
        BigInteger baseFee = BaseFee.next(head.header());
        validator.checkStatic(tx, baseFee, head.header().gasLimit());
        long nonce = head.state().nonce(tx.from());
        validator.checkAccount(tx, nonce, head.state().balance(tx.from()));
        pool.add(tx, nonce);
        return tx;
    }
}
