package net.utilitynet.wallet.tx;

import java.math.BigDecimal;
import java.math.BigInteger;

import net.utilitynet.wallet.InvalidInputException;

/** Gas pricing of a transaction: EIP-1559 caps (type 2) or a legacy gas price (EIP-155). */
public sealed interface Fees {

    /** The most one unit of gas can cost: what "Max" and the preview's worst-case fee use. */
    BigInteger maxCostPerGas();

    /** Both caps raised by at least 10% (and 1 wei), as nodes require for a replacement with the same nonce. */
    Fees bumped();

    /** A typed fee in gwei (e.g. "1.5") as wei; at most 9 decimals, not negative. */
    static BigInteger gweiToWei(String text, String field) {
        try {
            BigDecimal gwei = new BigDecimal(text == null ? "" : text.strip());
            if (gwei.signum() < 0) {
                throw new NumberFormatException("negative");
            }
            return gwei.movePointRight(9).toBigIntegerExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInputException(field, "'" + text + "' is not a fee in gwei; enter a number such as 1.5 (at most 9 decimals)");
        }
    }

    record Eip1559(BigInteger maxFeePerGas, BigInteger maxPriorityFeePerGas) implements Fees {
        public Eip1559 {
            if (maxFeePerGas.signum() < 0 || maxPriorityFeePerGas.signum() < 0) {
                throw new InvalidInputException("maxFeePerGas", "fees cannot be negative");
            }
            if (maxPriorityFeePerGas.compareTo(maxFeePerGas) > 0) {
                throw new InvalidInputException("maxPriorityFeePerGas", "the priority fee (tip) cannot exceed the max fee; "
                        + "lower the tip or raise the max fee");
            }
        }

        @Override
        public BigInteger maxCostPerGas() {
            return maxFeePerGas;
        }

        @Override
        public Eip1559 bumped() {
            return new Eip1559(bump(maxFeePerGas), bump(maxPriorityFeePerGas));
        }

        /** Rejects a max fee that cannot pay the next block's base fee. */
        public void requireCovers(BigInteger nextBaseFee) {
            if (maxFeePerGas.compareTo(nextBaseFee) < 0) {
                throw new InvalidInputException("maxFeePerGas", "the max fee " + maxFeePerGas + " wei/gas is below the next base fee "
                        + nextBaseFee + " wei/gas, so the transaction cannot be included; raise the max fee to at least " + nextBaseFee);
            }
        }
    }

    record Legacy(BigInteger gasPrice) implements Fees {
        public Legacy {
            if (gasPrice.signum() < 0) {
                throw new InvalidInputException("gasPrice", "the gas price cannot be negative");
            }
        }

        @Override
        public BigInteger maxCostPerGas() {
            return gasPrice;
        }

        @Override
        public Legacy bumped() {
            return new Legacy(bump(gasPrice));
        }
    }

    /** ceil(x × 1.1), and at least x + 1. */
    static BigInteger bump(BigInteger x) {
        BigInteger tenPercent = x.add(BigInteger.valueOf(9)).divide(BigInteger.TEN);
        return x.add(tenPercent.max(BigInteger.ONE));
    }
}
