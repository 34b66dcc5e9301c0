package net.utilitynet.bench;

import net.utilitynet.protocol.poci.ElectionFactor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ElectionSimulationTest {

    @Test
    void expectedShares_mixedPowers_sumToOne() {
        double[] shares = ElectionSimulation.expectedShares(new long[]{989, 100, 100, 400, 2000}, ElectionFactor.DEVNET_DEFAULT);
        double sum = 0;
        for (double s : shares) {
            sum += s;
        }
        assertEquals(1.0, sum, 1e-6);
        assertTrue(shares[4] > shares[0] && shares[0] > shares[1], "more power wins more often");
    }

    @Test
    void expectedShares_singleMiner_winsEveryHeight() {
        double[] shares = ElectionSimulation.expectedShares(new long[]{500}, ElectionFactor.DEVNET_DEFAULT);
        assertEquals(1.0, shares[0], 1e-9);
        assertEquals(0.0, shares[1], 1e-12);
    }

    @Test
    void run_fixedSeed_sharesMatchPowers() throws Exception {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        ElectionSimulation.Result r = ElectionSimulation.run(20_000, 20, 7, false, ElectionFactor.DEVNET_DEFAULT,
                new PrintStream(text, true, StandardCharsets.UTF_8));
        assertTrue(r.pValue() > 0.001, "chi-square p-value " + r.pValue() + "\n" + text);
        assertTrue(text.toString(StandardCharsets.UTF_8).contains("chi-square"));
    }

    @Test
    void chiSquareUpperTail_knownQuantile_isFivePercent() {
        // The 95th percentile of chi-square with 50 degrees of freedom is 67.505.
        assertEquals(0.05, ElectionSimulation.chiSquareUpperTail(67.505, 50), 0.002);
    }
}
