package net.utilitynet.devnet.modules;

import java.math.BigInteger;
import net.utilitynet.devnet.chain.Blockchain;
import net.utilitynet.devnet.execution.Transaction;
import net.utilitynet.devnet.state.Address;
import net.utilitynet.devnet.txpool.TxAdmission;
import net.utilitynet.devnet.txpool.TxPool;
import net.utilitynet.protocol.chain.DevnetAccounts;
import net.utilitynet.protocol.crypto.Secp256k1;
import net.utilitynet.protocol.poci.BaseFee;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;

/**
 * The devnet faucet (design §4.6.1): each request is an ordinary EIP-1559 transfer signed by the faucet account
 * (dev mnemonic index {@value #FAUCET_INDEX}, funded at genesis on devnets only), submitted through the same
 * admission path as any transaction, so it appears in blocks, receipts and history like any other.
 */
public final class DevFaucet {
    public static final int FAUCET_INDEX = 101;
    public static final BigInteger MAX_PER_CALL = BigInteger.TEN.pow(21); // 1,000 UNC
    /** Genesis balance of the faucet account: one billion UNC. */
    public static final BigInteger GENESIS_BALANCE = BigInteger.TEN.pow(27);
    private static final BigInteger TIP = BigInteger.TEN.pow(9);

    private final Blockchain chain;
    private final TxPool pool;
    private final TxAdmission admission;
    private final long chainId;
    private final Credentials credentials;

    public DevFaucet(Blockchain chain, TxPool pool, TxAdmission admission, long chainId) {
        this.chain = chain;
        this.pool = pool;
        this.admission = admission;
        this.chainId = chainId;
        this.credentials = Credentials.create(org.web3j.utils.Numeric.toHexString(DevnetAccounts.privateKey(FAUCET_INDEX)));
    }

    public static Address address() {
        return Address.of(Secp256k1.address(DevnetAccounts.privateKey(FAUCET_INDEX)));
    }

    /** Signs and submits a transfer of {@code amountWei} to {@code to}; returns the admitted transaction. */
    public synchronized Transaction send(Address to, BigInteger amountWei) {
        if (amountWei.signum() <= 0 || amountWei.compareTo(MAX_PER_CALL) > 0) {
            throw new IllegalArgumentException("faucet amount must be between 1 wei and 1000 UNC (10^21 wei), got " + amountWei);
        }
        Blockchain.Head head = chain.head();
        Address self = address();
        long nonce = pool.pendingNonce(self, head.state().nonce(self));
        BigInteger maxFee = BaseFee.next(head.header()).multiply(BigInteger.TWO).add(TIP);
        RawTransaction tx = RawTransaction.createEtherTransaction(chainId, BigInteger.valueOf(nonce), BigInteger.valueOf(21_000),
                to.hex(), amountWei, TIP, maxFee);
        return admission.submit(TransactionEncoder.signMessage(tx, chainId, credentials));
    }
}
