package net.utilitynet.devnet.execution;

import java.math.BigInteger;

/**
 * The admission rules a transaction must pass before it enters the pool and again before it executes:
 * chain id, no contract creation, intrinsic gas, gas limit, fee caps against the base fee, and funds.
 */
public final class TransactionValidator {
    public static final long TX_GAS = 21_000;
    private static final long ZERO_BYTE_GAS = 4;
    private static final long NONZERO_BYTE_GAS = 16;
    private static final long ACCESS_LIST_ADDRESS_GAS = 2_400;
    private static final long ACCESS_LIST_KEY_GAS = 1_900;

    private final long chainId;

    public TransactionValidator(long chainId) {
        this.chainId = chainId;
    }

    /** Ethereum's intrinsic gas: 21000, 4 per zero and 16 per non-zero calldata byte, plus access-list costs. */
    public static long intrinsicGas(byte[] data, java.util.List<Transaction.AccessListEntry> accessList) {
        long gas = TX_GAS;
        for (byte b : data) {
            gas += b == 0 ? ZERO_BYTE_GAS : NONZERO_BYTE_GAS;
        }
        for (Transaction.AccessListEntry e : accessList) {
            gas += ACCESS_LIST_ADDRESS_GAS + ACCESS_LIST_KEY_GAS * e.storageKeys().size();
        }
        return gas;
    }

    /** Rules that do not depend on state. */
    public void checkStatic(Transaction tx, BigInteger baseFee, long blockGasLimit) {
        if (tx.chainId() != chainId) {
            throw new TxRejectedException("invalid chain id " + tx.chainId() + ", this devnet is " + chainId);
        }
        if (tx.to() == null) {
            throw new TxRejectedException("contract creation is not supported: UtilityNet runs no EVM; send value or call a system module");
        }
        long intrinsic = intrinsicGas(tx.data(), tx.accessList());
        if (tx.gasLimit() < intrinsic) {
            throw new TxRejectedException("intrinsic gas too low: gas limit " + tx.gasLimit() + ", needed " + intrinsic);
        }
        if (tx.gasLimit() > blockGasLimit) {
            throw new TxRejectedException("exceeds block gas limit: gas limit " + tx.gasLimit() + ", block gas limit " + blockGasLimit);
        }
        if (tx.maxPriorityFeePerGas().compareTo(tx.maxFeePerGas()) > 0) {
            throw new TxRejectedException("max priority fee per gas " + tx.maxPriorityFeePerGas()
                    + " higher than max fee per gas " + tx.maxFeePerGas());
        }
        if (tx.maxFeePerGas().compareTo(baseFee) < 0) {
            throw new TxRejectedException("max fee per gas " + tx.maxFeePerGas() + " below base fee " + baseFee);
        }
    }

    /** Rules against the sender's account: nonce not used yet, balance covers value + gasLimit · maxFee. */
    public void checkAccount(Transaction tx, long accountNonce, BigInteger balance) {
        if (tx.nonce() < accountNonce) {
            throw new TxRejectedException("nonce too low: account nonce is " + accountNonce + ", tx nonce " + tx.nonce());
        }
        BigInteger needed = tx.maxCost();
        if (balance.compareTo(needed) < 0) {
            throw new TxRejectedException("insufficient funds: balance " + balance + " wei, needed " + needed + " wei");
        }
    }
}
