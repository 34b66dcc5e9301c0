package net.utilitynet.wallet.amount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import net.utilitynet.wallet.InvalidInputException;
import org.junit.jupiter.api.Test;

class UncAmountTest {

    private static BigInteger wei(String s) {
        return UncAmount.parsePositive(s, "amount").wei();
    }

    private static String error(String s) {
        return assertThrows(InvalidInputException.class, () -> UncAmount.parsePositive(s, "amount")).getMessage();
    }

    @Test
    void parse_validForms_exactWei() {
        assertEquals(new BigInteger("1000000000000000000"), wei("1"));
        assertEquals(new BigInteger("1500000000000000000"), wei(" 1.5 "));
        assertEquals(BigInteger.ONE, wei("0.000000000000000001"));
        assertEquals(new BigInteger("500000000000000000"), wei(".5"));
        assertEquals(new BigInteger("2000000000000000000"), wei("2."));
        assertEquals(new BigInteger("1234567000000000000000000"), wei("1,234,567"));
        assertEquals(new BigInteger("1234500000000000000000"), wei("1,234.5"));
        assertEquals(new BigInteger("1000000000000000000"), wei("1.000000000000000000000"));
    }

    @Test
    void parse_badInput_clearMessages() {
        assertTrue(error("0.0000000000000000001").contains("at most 18 decimals"));
        assertTrue(error("-1").contains("cannot be negative"));
        assertTrue(error("0").contains("more than 0"));
        assertTrue(error("0.000").contains("more than 0"));
        assertTrue(error("1e18").contains("exponent"));
        assertTrue(error("12,34").contains("thousands"));
        assertTrue(error("1,234,5.0").contains("thousands"));
        assertTrue(error("1.234,5").contains("thousands"));
        assertTrue(error("abc").contains("not a number"));
        assertTrue(error("").contains("enter an amount"));
        assertTrue(error("+1").contains("+"));
        assertTrue(error("1..2").contains("not a number"));
    }

    @Test
    void format_largeAndFractional_groupsThousandsAndTrimsZeros() {
        assertEquals("1,234.5 UNC", UncAmount.parsePositive("1234.5", "a").format(6));
        assertEquals("0.123456 UNC", UncAmount.parsePositive("0.1234569", "a").format(6));
        assertEquals("1,000,000 UNC", UncAmount.ofUnc(1_000_000).format(4));
        assertEquals("0.000000000000000001", UncAmount.ofWei(BigInteger.ONE).toUncString());
        assertEquals("10000", UncAmount.ofUnc(10_000).toUncString());
    }

    @Test
    void max_feeBelowBalance_balanceMinusWorstFee() {
        UncAmount max = MaxAmount.of(UncAmount.ofUnc(1), BigInteger.valueOf(21_000), BigInteger.valueOf(1_000_000_000L));
        assertEquals(new BigInteger("999979000000000000"), max.wei());
    }

    @Test
    void max_feeAboveBalance_errorNamesAmount() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MaxAmount.of(UncAmount.ofWei(BigInteger.TEN), BigInteger.valueOf(21_000), BigInteger.ONE));
        assertEquals("amount", e.field());
    }
}
