package net.utilitynet.protocol.poci;

import java.math.BigInteger;
import net.utilitynet.protocol.header.BlockHeader;

/**
 * EIP-1559 base fee of the next block, exactly as go-ethereum's {@code CalcBaseFee} (elasticity 2, change
 * denominator 8, integer division, an increase of at least 1 wei, never below zero).
 */
public final class BaseFee {
    public static final long ELASTICITY_MULTIPLIER = 2;
    public static final long BASE_FEE_CHANGE_DENOMINATOR = 8;

    private BaseFee() {
    }

    public static BigInteger next(BlockHeader parent) {
        if (parent.baseFeePerGas() == null) {
            throw new IllegalArgumentException("block " + parent.number() + " has no baseFeePerGas (pre-London); "
                    + "the first London block uses the chain's initial base fee");
        }
        return next(parent.gasLimit(), parent.gasUsed(), parent.baseFeePerGas());
    }

    public static BigInteger next(long parentGasLimit, long parentGasUsed, BigInteger parentBaseFee) {
        long target = parentGasLimit / ELASTICITY_MULTIPLIER;
        if (target == 0 || parentGasUsed == target) {
            return parentBaseFee;
        }
        BigInteger denominator = BigInteger.valueOf(BASE_FEE_CHANGE_DENOMINATOR);
        BigInteger t = BigInteger.valueOf(target);
        if (parentGasUsed > target) {
            BigInteger delta = parentBaseFee.multiply(BigInteger.valueOf(parentGasUsed - target)).divide(t).divide(denominator);
            return parentBaseFee.add(delta.max(BigInteger.ONE));
        }
        BigInteger delta = parentBaseFee.multiply(BigInteger.valueOf(target - parentGasUsed)).divide(t).divide(denominator);
        return parentBaseFee.subtract(delta).max(BigInteger.ZERO);
    }
}
