package net.utilitynet.protocol.poci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElectionTest {
    private static final BigInteger TWO_255 = BigInteger.ONE.shiftLeft(255);

    private static byte[] beta(BigInteger v) {
        return PociFixture.toBytes32(v);
    }

    @Test
    void alpha_layout_isDomainChainIdHeightPreviousR() {
        byte[] r = new byte[32];
        r[31] = (byte) 0xee;
        byte[] alpha = Election.alpha(21844, 7, r);
        assertEquals("554e432d504f43492d454c454354494f4e" + "0000000000005554" + "0000000000000007"
                + "00000000000000000000000000000000000000000000000000000000000000ee", HexFormat.of().formatHex(alpha));
    }

    @Test
    void isEligible_exactBoundary_strictInequality() {
        // power 1 of total 2, factor 1/1: eligible iff beta·2 < 2^256, i.e. beta < 2^255.
        ElectionFactor one = new ElectionFactor(1, 1);
        assertFalse(Election.isEligible(beta(TWO_255), 1, 2, one));
        assertTrue(Election.isEligible(beta(TWO_255.subtract(BigInteger.ONE)), 1, 2, one));
    }

    @Test
    void isEligible_factorTwoOverThree_usesBothParts() {
        // power 1 of 1 with n/d = 2/3: eligible iff 3·beta < 2·2^256.
        ElectionFactor f = new ElectionFactor(2, 3);
        BigInteger limit = BigInteger.ONE.shiftLeft(257).divide(BigInteger.valueOf(3)); // floor(2^257/3)
        assertTrue(Election.isEligible(beta(limit), 1, 1, f));
        assertFalse(Election.isEligible(beta(limit.add(BigInteger.ONE)), 1, 1, f));
    }

    @Test
    void isEligible_zeroPower_neverEligible() {
        assertFalse(Election.isEligible(new byte[32], 0, 10, ElectionFactor.DEVNET_DEFAULT));
    }

    @Test
    void bestFirst_closeRatios_decidedExactlyNotByDoubles() {
        // beta/power differ only in the last bit of a 256-bit number: doubles would call this a tie.
        byte[] a = beta(TWO_255.multiply(BigInteger.valueOf(3)).divide(BigInteger.valueOf(2)));
        byte[] b = beta(TWO_255.multiply(BigInteger.valueOf(3)).divide(BigInteger.valueOf(2)).add(BigInteger.ONE));
        List<Election.Candidate> list = new ArrayList<>(List.of(
                new Election.Candidate(new byte[] {1}, b, 3), new Election.Candidate(new byte[] {2}, a, 3)));
        list.sort(Election.BEST_FIRST);
        assertEquals(2, list.get(0).miner()[0]);
    }

    @Test
    void bestFirst_higherPowerWithLargerBeta_canWin() {
        Election.Candidate small = new Election.Candidate(new byte[] {1}, beta(BigInteger.valueOf(30)), 1); // ratio 30
        Election.Candidate big = new Election.Candidate(new byte[] {2}, beta(BigInteger.valueOf(200)), 10); // ratio 20
        assertTrue(Election.BEST_FIRST.compare(big, small) < 0);
    }

    @Test
    void bestFirst_exactTie_lowerAddressWins() {
        Election.Candidate a = new Election.Candidate(new byte[] {9}, beta(BigInteger.valueOf(6)), 3);
        Election.Candidate b = new Election.Candidate(new byte[] {4}, beta(BigInteger.valueOf(4)), 2);
        assertTrue(Election.BEST_FIRST.compare(b, a) < 0);
    }
}
