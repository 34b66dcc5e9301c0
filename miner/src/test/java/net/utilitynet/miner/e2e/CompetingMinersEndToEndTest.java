package net.utilitynet.miner.e2e;

import static net.utilitynet.miner.e2e.DevnetMinerWorld.E;
import static net.utilitynet.miner.e2e.DevnetMinerWorld.PARAMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import net.utilitynet.miner.Miner;
import net.utilitynet.miner.rewards.RewardsReport;
import net.utilitynet.wallet.address.Address;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two miners compete on one devnet: A with two simulated chips (power 200), B with one (power 100). With
 * electionFactor 2/1, A is eligible at every height and B at two thirds of them; the smaller beta/power wins, so
 * B should win about a quarter of the blocks. Each ledger must agree with the registry's proven counters and the
 * payout's proven balance, and the expected rewards of both must add up to everything minted.
 */
class CompetingMinersEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void mine_twoMinersOfPower200And100_blocksSplitAndEachLedgerMatchesTheChain() throws Exception {
        try (DevnetMinerWorld w = new DevnetMinerWorld(dir)) {
            Miner a = w.miner;
            DevnetMinerWorld.Rig rigB = w.rig(1, Address.ofTrusted("0x00000000000000000000000000000000000000b0"));
            Miner b = rigB.miner();
            a.register(a.addSimulatedChip().join().chip()).join();
            a.register(a.addSimulatedChip().join().chip()).join();
            b.register(b.addSimulatedChip().join().chip()).join();
            w.mineAndSync();
            a.start();
            b.start();
            long head = 2 * E + 20;
            w.mineAndSyncTo(head);

            RewardsReport ra = a.rewards().join();
            RewardsReport rb = b.rewards().join();
            long blocks = head - E; // epochs 1 and 2 up to the head: the set of epoch 1 holds both miners
            assertEquals(blocks, ra.totals().blocksWon() + rb.totals().blocksWon(), "every block has exactly one winner");
            assertTrue(rb.totals().blocksWon() > 0 && ra.totals().blocksWon() > rb.totals().blocksWon(),
                    "A won " + ra.totals().blocksWon() + ", B won " + rb.totals().blocksWon());
            for (RewardsReport r : new RewardsReport[] {ra, rb}) {
                assertTrue(r.ledgerMatchesRegistry(), "ledger " + r.totals() + " vs registry " + r.registryRewards());
                assertEquals(r.totals().reward().add(r.totals().fees()), r.payoutBalance());
                assertEquals(0, r.heartbeatsMissed());
            }
            BigInteger minted = BigInteger.ZERO;
            for (long n = E + 1; n <= head; n++) {
                minted = minted.add(PARAMS.rewardSchedule().rewardAt(n));
            }
            assertEquals(minted, ra.totals().reward().add(rb.totals().reward()));
            BigInteger expected = ra.totals().expected().add(rb.totals().expected());
            assertTrue(minted.subtract(expected).signum() >= 0 && minted.subtract(expected).compareTo(BigInteger.valueOf(blocks)) <= 0,
                    "expected shares add up to what was minted, up to one wei of rounding per block: " + expected + " vs " + minted);
            BigInteger expectedA = BigInteger.ZERO;
            BigInteger expectedB = BigInteger.ZERO;
            for (long n = E + 1; n <= head; n++) {
                BigInteger r = PARAMS.rewardSchedule().rewardAt(n);
                expectedA = expectedA.add(r.multiply(BigInteger.valueOf(200)).divide(BigInteger.valueOf(300)));
                expectedB = expectedB.add(r.multiply(BigInteger.valueOf(100)).divide(BigInteger.valueOf(300)));
            }
            assertEquals(expectedA, ra.totals().expected(), "A's expected reward: two thirds of each block");
            assertEquals(expectedB, rb.totals().expected(), "B's expected reward: one third of each block");
            Set<Long> wonByA = new HashSet<>();
            a.wonBlocks().forEach(blk -> wonByA.add(blk.number()));
            b.wonBlocks().forEach(blk -> assertTrue(!wonByA.contains(blk.number()), "block " + blk.number() + " won by both"));
        }
    }
}
