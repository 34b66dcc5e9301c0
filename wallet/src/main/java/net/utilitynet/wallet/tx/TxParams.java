package net.utilitynet.wallet.tx;

import java.math.BigInteger;
import java.util.Arrays;

import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.address.Address;
import org.web3j.utils.Numeric;

/** Everything that is signed in a transaction. {@code to} is null only for contract creation. */
public record TxParams(long chainId, BigInteger nonce, Address to, BigInteger valueWei, BigInteger gasLimit, byte[] data, Fees fees) {
    /** Gas of a plain value transfer. */
    public static final BigInteger TRANSFER_GAS = BigInteger.valueOf(21_000);

    public TxParams {
        if (chainId <= 0) {
            throw new InvalidInputException("chainId", "the chain id must be positive (UtilityNet devnet: 21844)");
        }
        if (nonce.signum() < 0) {
            throw new InvalidInputException("nonce", "the nonce cannot be negative");
        }
        if (valueWei.signum() < 0) {
            throw new InvalidInputException("value", "the value cannot be negative");
        }
        if (gasLimit.compareTo(TRANSFER_GAS) < 0) {
            throw new InvalidInputException("gas", "the gas limit must be at least 21000 (a plain transfer)");
        }
        data = data == null ? new byte[0] : data.clone();
    }

    /** The worst-case fee: gasLimit × (max fee or gas price). */
    public BigInteger maxFeeWei() {
        return gasLimit.multiply(fees.maxCostPerGas());
    }

    /** Same transaction with both fee caps bumped ≥ 10%: a speed-up. */
    public TxParams withBumpedFees() {
        return new TxParams(chainId, nonce, to, valueWei, gasLimit, data, fees.bumped());
    }

    /** A 0-value self-transfer with the same nonce and bumped fees: replaces (cancels) the original. */
    public TxParams cancellation(Address self) {
        return new TxParams(chainId, nonce, self, BigInteger.ZERO, TRANSFER_GAS, new byte[0], fees.bumped());
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TxParams t && chainId == t.chainId && nonce.equals(t.nonce) && java.util.Objects.equals(to, t.to)
                && valueWei.equals(t.valueWei) && gasLimit.equals(t.gasLimit) && Arrays.equals(data, t.data) && fees.equals(t.fees);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(chainId, nonce, to, valueWei, gasLimit, Arrays.hashCode(data), fees);
    }

    @Override
    public String toString() {
        return "TxParams[chainId=" + chainId + ", nonce=" + nonce + ", to=" + to + ", value=" + valueWei + ", gas=" + gasLimit
                + ", data=" + Numeric.toHexString(data) + ", fees=" + fees + "]";
    }
}
