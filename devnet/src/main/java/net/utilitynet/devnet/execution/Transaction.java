package net.utilitynet.devnet.execution;

import java.math.BigInteger;
import java.util.List;
import net.utilitynet.devnet.state.Address;

/**
 * A decoded, signature-checked transaction (legacy with EIP-155, EIP-2930 or EIP-1559). For legacy and
 * type-1 transactions {@code maxFeePerGas} and {@code maxPriorityFeePerGas} are both the gas price.
 *
 * @param to        the recipient, or null for a contract creation (which this node refuses)
 * @param raw       the exact bytes sent (the typed envelope for typed transactions), hashed for {@code hash}
 */
public record Transaction(
        int type,
        long chainId,
        long nonce,
        BigInteger maxPriorityFeePerGas,
        BigInteger maxFeePerGas,
        long gasLimit,
        Address to,
        BigInteger value,
        byte[] data,
        List<AccessListEntry> accessList,
        long v,
        BigInteger r,
        BigInteger s,
        Address from,
        byte[] hash,
        byte[] raw) {

    public record AccessListEntry(Address address, List<byte[]> storageKeys) {
    }

    /** The gas price actually paid per unit at {@code baseFee}: min(maxFee, baseFee + maxPriority). */
    public BigInteger effectiveGasPrice(BigInteger baseFee) {
        return maxFeePerGas.min(baseFee.add(maxPriorityFeePerGas));
    }

    /** The largest amount the sender may be charged: value + gasLimit · maxFee. */
    public BigInteger maxCost() {
        return value.add(maxFeePerGas.multiply(BigInteger.valueOf(gasLimit)));
    }

    public String hashHex() {
        return org.web3j.utils.Numeric.toHexString(hash);
    }
}
