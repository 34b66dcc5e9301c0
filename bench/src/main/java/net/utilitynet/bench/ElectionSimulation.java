package net.utilitynet.bench;

import net.utilitynet.protocol.poci.Election;
import net.utilitynet.protocol.poci.ElectionFactor;
import net.utilitynet.protocol.poci.Randomness;
import net.utilitynet.protocol.vrf.EcVrfP256;

import java.io.PrintStream;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;

/**
 * Runs the POCI election (design §4.4) over many heights for miners of mixed power and compares each miner's share
 * of blocks with the share the rules predict, by a chi-square test.
 *
 * <p>By default a miner's VRF output {@code beta} is modelled as SHA-256(miner secret ‖ alpha), which is how ECVRF's
 * proof_to_hash is distributed (uniform 256-bit), so 100,000 heights × 50 miners run in seconds; {@code --real-vrf}
 * computes every beta with ECVRF-P256 itself (about 1 ms each, so use fewer heights). Eligibility, the winner order
 * and the randomness chain always use the protocol's own code.
 *
 * <p>Expected shares: with beta uniform on [0,1), {@code x_i = beta_i/power_i} is uniform on [0, 1/p_i) and a miner is
 * eligible iff {@code x_i < T = n/(d·P)}. Miner i wins with probability
 * {@code ∫_0^T p_i · Π_{j≠i} (1 − min(1, p_j·x)) dx} (smallest x wins); no miner wins with
 * {@code Π_j (1 − min(1, p_j·T))}. These are integrated numerically.
 */
public final class ElectionSimulation {
    private static final long CHAIN_ID = 21844;
    private static final long[] RATINGS = {989, 756, 620, 400, 312, 150, 100};

    public static void main(String[] args) throws Exception {
        int heights = 100_000;
        int miners = 50;
        boolean realVrf = false;
        long seed = 1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--heights" -> heights = Integer.parseInt(args[++i]);
                case "--miners" -> miners = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--real-vrf" -> realVrf = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (use --heights N --miners M --seed S --real-vrf)");
            }
        }
        run(heights, miners, seed, realVrf, ElectionFactor.DEVNET_DEFAULT, System.out);
    }

    static Result run(int heights, int minerCount, long seed, boolean realVrf, ElectionFactor factor, PrintStream out)
            throws NoSuchAlgorithmException {
        Random random = new Random(seed);
        long[] power = new long[minerCount];
        byte[][] secret = new byte[minerCount][];
        byte[][] vrfPub = new byte[minerCount][];
        long total = 0;
        for (int i = 0; i < minerCount; i++) {
            power[i] = RATINGS[random.nextInt(RATINGS.length)] * (1 + random.nextInt(4));
            total += power[i];
            secret[i] = new byte[32];
            random.nextBytes(secret[i]);
            secret[i][0] &= 0x7f; // keeps the VRF secret below the P-256 order
            secret[i][0] |= 0x01;
            vrfPub[i] = realVrf ? EcVrfP256.publicKey(secret[i]) : null;
        }

        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        long[] wins = new long[minerCount];
        long empty = 0;
        byte[] r = new byte[32];
        long started = System.nanoTime();
        for (long h = 1; h <= heights; h++) {
            byte[] alpha = Election.alpha(CHAIN_ID, h, r);
            Election.Candidate best = null;
            int bestIndex = -1;
            for (int i = 0; i < minerCount; i++) {
                byte[] beta;
                if (realVrf) {
                    beta = EcVrfP256.verify(vrfPub[i], EcVrfP256.prove(secret[i], alpha), alpha);
                } else {
                    sha256.update(secret[i]);
                    beta = sha256.digest(alpha);
                }
                if (!Election.isEligible(beta, power[i], total, factor)) {
                    continue;
                }
                Election.Candidate c = new Election.Candidate(vrfPubOrIndex(i), beta, power[i]);
                if (best == null || Election.BEST_FIRST.compare(c, best) < 0) {
                    best = c;
                    bestIndex = i;
                }
            }
            if (best == null) {
                empty++;
            } else {
                wins[bestIndex]++;
            }
            r = Randomness.next(r, h, best == null ? null : best.beta());
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        double[] expected = expectedShares(power, factor);
        double emptyExpected = expected[minerCount];
        double chi2 = 0;
        out.printf("POCI election simulation: %,d heights, %d miners, total power %,d, factor %d/%d, beta from %s%n",
                heights, minerCount, total, factor.numerator(), factor.denominator(),
                realVrf ? "ECVRF-P256-SHA256-TAI" : "SHA-256 model of the VRF output");
        out.printf("%-6s %7s %11s %13s %13s %9s%n", "miner", "power", "power share", "expected wins", "observed wins", "obs/exp");
        for (int i = 0; i < minerCount; i++) {
            double e = expected[i] * heights;
            chi2 += (wins[i] - e) * (wins[i] - e) / e;
            out.printf("%-6d %7d %10.3f%% %13.1f %13d %9.3f%n", i, power[i], 100.0 * power[i] / total, e, wins[i], wins[i] / e);
        }
        double e = emptyExpected * heights;
        chi2 += (empty - e) * (empty - e) / e;
        out.printf("%-6s %7s %11s %13.1f %13d %9.3f%n", "none", "", "", e, empty, empty / e);
        int dof = minerCount; // minerCount + 1 categories, one constraint
        double p = chiSquareUpperTail(chi2, dof);
        out.printf("chi-square = %.2f with %d degrees of freedom, p = %.3f (%s at the 1%% level)%n", chi2, dof, p,
                p > 0.01 ? "consistent with the powers" : "NOT consistent with the powers");
        out.printf("%.1f s, %,.0f elections/s%n", seconds, heights / seconds);
        return new Result(chi2, dof, p);
    }

    record Result(double chiSquare, int degreesOfFreedom, double pValue) {
    }

    /** The candidate's identity only breaks exact ties; the miner index, big-endian, is enough for that. */
    private static byte[] vrfPubOrIndex(int i) {
        return BigInteger.valueOf(i).toByteArray();
    }

    /** Win probability per miner (index n = no winner), by Simpson integration of the formula in the class comment. */
    static double[] expectedShares(long[] power, ElectionFactor factor) {
        int n = power.length;
        double total = 0;
        for (long p : power) {
            total += p;
        }
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = power[i] / total;
        }
        double t = (double) factor.numerator() / factor.denominator();
        int steps = 20_000;
        double[] share = new double[n + 1];
        for (int i = 0; i < n; i++) {
            double upper = Math.min(t, 1 / p[i]);
            double hStep = upper / steps;
            double sum = 0;
            for (int k = 0; k <= steps; k++) {
                double x = k * hStep;
                double prod = p[i];
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        prod *= 1 - Math.min(1, p[j] * x);
                    }
                }
                sum += prod * (k == 0 || k == steps ? 1 : (k % 2 == 1 ? 4 : 2));
            }
            share[i] = sum * hStep / 3;
        }
        double none = 1;
        for (int j = 0; j < n; j++) {
            none *= 1 - Math.min(1, p[j] * t);
        }
        share[n] = none;
        return share;
    }

    /** Upper tail of the chi-square distribution by the Wilson–Hilferty normal approximation (fine for dof ≥ 10). */
    static double chiSquareUpperTail(double x, int k) {
        double z = (Math.cbrt(x / k) - (1 - 2.0 / (9 * k))) / Math.sqrt(2.0 / (9 * k));
        return 0.5 * erfc(z / Math.sqrt(2));
    }

    private static double erfc(double z) {
        // Numerical Recipes' erfc approximation, relative error < 1.2e-7.
        double t = 1 / (1 + 0.5 * Math.abs(z));
        double y = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return z >= 0 ? y : 2 - y;
    }

    private ElectionSimulation() {
    }
}
