package net.utilitynet.wallet.chain;

import java.math.BigInteger;
import java.util.List;

/**
 * An {@code eth_feeHistory} answer. {@code baseFeePerGas} has one more entry than there are
 * blocks: the last is the next block's base fee. {@code rewards.get(i)} holds, for block i,
 * the priority fee at each requested percentile.
 */
public record FeeHistory(long oldestBlock, List<BigInteger> baseFeePerGas, List<List<BigInteger>> rewards, List<Double> gasUsedRatio) {
    public FeeHistory {
        baseFeePerGas = List.copyOf(baseFeePerGas);
        rewards = rewards.stream().map(List::copyOf).toList();
        gasUsedRatio = List.copyOf(gasUsedRatio);
        if (baseFeePerGas.isEmpty()) {
            throw new ChainAccessException("eth_feeHistory returned no baseFeePerGas; the node does not support EIP-1559");
        }
    }

    public BigInteger nextBaseFee() {
        return baseFeePerGas.get(baseFeePerGas.size() - 1);
    }
}
