package net.utilitynet.wallet.amount;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

import net.utilitynet.wallet.InvalidInputException;

/**
 * An amount of UNC held exactly in wei (1 UNC = 10^18 wei). Parsing accepts what a person
 * types ("1", "0.5", "1,234.000001"), never an exponent, a sign, or more than 18 decimals.
 */
public record UncAmount(BigInteger wei) implements Comparable<UncAmount> {
    public static final int DECIMALS = 18;
    public static final BigInteger WEI_PER_UNC = BigInteger.TEN.pow(DECIMALS);
    public static final UncAmount ZERO = new UncAmount(BigInteger.ZERO);

    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d*)?|\\.\\d+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d*)?");

    public UncAmount {
        if (wei == null || wei.signum() < 0) {
            throw new IllegalArgumentException("an amount is a non-negative number of wei");
        }
    }

    public static UncAmount ofWei(BigInteger wei) {
        return new UncAmount(wei);
    }

    public static UncAmount ofUnc(long unc) {
        return new UncAmount(BigInteger.valueOf(unc).multiply(WEI_PER_UNC));
    }

    /**
     * Parses an amount to send: positive, at most 18 decimals; commas are accepted only as
     * thousands separators in groups of three ("1,234.5").
     */
    public static UncAmount parsePositive(String text, String field) {
        UncAmount a = parse(text, field);
        if (a.wei.signum() == 0) {
            throw new InvalidInputException(field, "the amount must be more than 0 UNC");
        }
        return a;
    }

    /** Parses a non-negative amount (zero allowed, e.g. for a contract call). */
    public static UncAmount parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "enter an amount in UNC, e.g. 1.5");
        }
        String s = text.strip();
        if (s.startsWith("-")) {
            throw new InvalidInputException(field, "the amount cannot be negative; enter a positive amount in UNC");
        }
        if (s.startsWith("+")) {
            throw new InvalidInputException(field, "remove the + sign; enter the amount as digits, e.g. 1.5");
        }
        if (s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
            throw new InvalidInputException(field, "exponent notation (e.g. 1e18) is not accepted; write the amount in full, e.g. 0.000001");
        }
        String digits;
        if (s.indexOf(',') >= 0) {
            if (!GROUPED.matcher(s).matches()) {
                throw new InvalidInputException(field, "commas may only separate thousands (1,234.5); use a dot for decimals and no commas after it");
            }
            digits = s.replace(",", "");
        } else {
            if (!PLAIN.matcher(s).matches()) {
                throw new InvalidInputException(field, "'" + s + "' is not a number; enter digits with an optional decimal dot, e.g. 12.25");
            }
            digits = s;
        }
        BigDecimal unc = new BigDecimal(digits.endsWith(".") ? digits + "0" : digits);
        if (unc.stripTrailingZeros().scale() > DECIMALS) {
            throw new InvalidInputException(field, "UNC has at most 18 decimals; shorten the amount after the dot to 18 digits");
        }
        return new UncAmount(unc.movePointRight(DECIMALS).toBigIntegerExact());
    }

    public UncAmount plus(UncAmount o) {
        return new UncAmount(wei.add(o.wei));
    }

    public boolean exceeds(UncAmount o) {
        return wei.compareTo(o.wei) > 0;
    }

    /** Plain decimal UNC with trailing zeros removed: "1.5", "0.000000000000000001", "1234". */
    public String toUncString() {
        BigDecimal d = new BigDecimal(wei).movePointLeft(DECIMALS).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** For display: thousands grouped, rounded down to {@code maxDecimals}, with the unit: "1,234.5 UNC". */
    public String format(int maxDecimals) {
        BigDecimal d = new BigDecimal(wei).movePointLeft(DECIMALS).setScale(maxDecimals, java.math.RoundingMode.DOWN).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        String plain = d.toPlainString();
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < intPart.length(); i++) {
            if (i > 0 && (intPart.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(intPart.charAt(i));
        }
        return grouped + frac + " UNC";
    }

    @Override
    public int compareTo(UncAmount o) {
        return wei.compareTo(o.wei);
    }

    @Override
    public String toString() {
        return toUncString() + " UNC";
    }
}
