package net.utilitynet.wallet.tx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import net.utilitynet.wallet.chain.FeeHistory;

/**
 * Slow / normal / fast EIP-1559 fees from an {@code eth_feeHistory} answer requested with
 * {@link #PERCENTILES}: the tip is the median over the blocks of the 10th / 50th / 90th
 * percentile tip; the max fee adds headroom over the next base fee (which can rise 12.5% per
 * block): ×1.25 for slow (about 2 full blocks), ×2 for normal and fast (about 6 full blocks).
 */
public record FeePresets(BigInteger nextBaseFee, Fees.Eip1559 slow, Fees.Eip1559 normal, Fees.Eip1559 fast) {
    public static final List<Double> PERCENTILES = List.of(10.0, 50.0, 90.0);
    public static final int BLOCKS = 20;

    public enum Speed { SLOW, NORMAL, FAST }

    public static FeePresets from(FeeHistory h) {
        BigInteger base = h.nextBaseFee();
        BigInteger pSlow = medianOfColumn(h, 0);
        BigInteger pNormal = medianOfColumn(h, 1).max(pSlow);
        BigInteger pFast = medianOfColumn(h, 2).max(pNormal);
        BigInteger slowCap = base.multiply(BigInteger.valueOf(5)).add(BigInteger.valueOf(3)).divide(BigInteger.valueOf(4));
        BigInteger doubleBase = base.shiftLeft(1);
        return new FeePresets(base, new Fees.Eip1559(slowCap.add(pSlow), pSlow), new Fees.Eip1559(doubleBase.add(pNormal), pNormal),
                new Fees.Eip1559(doubleBase.add(pFast), pFast));
    }

    public Fees.Eip1559 preset(Speed speed) {
        return switch (speed) {
            case SLOW -> slow;
            case NORMAL -> normal;
            case FAST -> fast;
        };
    }

    /** Validates user-entered fees against the next base fee (errors name the field to fix). */
    public Fees.Eip1559 custom(BigInteger maxFeePerGas, BigInteger maxPriorityFeePerGas) {
        Fees.Eip1559 f = new Fees.Eip1559(maxFeePerGas, maxPriorityFeePerGas);
        f.requireCovers(nextBaseFee);
        return f;
    }

    private static BigInteger medianOfColumn(FeeHistory h, int column) {
        List<BigInteger> values = new ArrayList<>();
        for (List<BigInteger> row : h.rewards()) {
            if (row.size() > column) {
                values.add(row.get(column));
            }
        }
        if (values.isEmpty()) {
            return BigInteger.ZERO;
        }
        values.sort(null);
        return values.get(values.size() / 2);
    }
}
