package net.utilitynet.wallet.amount;

import java.math.BigInteger;

import net.utilitynet.wallet.InvalidInputException;

/** The "Max" button: the whole balance less the most the fee can cost (gasLimit × maxFeePerGas). */
public final class MaxAmount {
    private MaxAmount() {
    }

    public static UncAmount of(UncAmount balance, BigInteger gasLimit, BigInteger maxFeePerGas) {
        BigInteger worstFee = gasLimit.multiply(maxFeePerGas);
        BigInteger rest = balance.wei().subtract(worstFee);
        if (rest.signum() <= 0) {
            throw new InvalidInputException("amount", "the balance " + balance + " does not cover the fee of up to "
                    + UncAmount.ofWei(worstFee) + "; add funds or choose a lower fee");
        }
        return UncAmount.ofWei(rest);
    }
}
