package net.utilitynet.miner.e2e;

import static net.utilitynet.miner.e2e.DevnetMinerWorld.E;
import static net.utilitynet.miner.e2e.DevnetMinerWorld.PARAMS;
import static net.utilitynet.miner.e2e.DevnetMinerWorld.PAYOUT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import net.utilitynet.miner.agent.AgentState;
import net.utilitynet.miner.agent.AgentStatus;
import net.utilitynet.miner.attest.simulated.SimulatedChip;
import net.utilitynet.miner.register.RegistrationState;
import net.utilitynet.miner.register.RegistrationStatus;
import net.utilitynet.miner.rewards.LedgerBlock;
import net.utilitynet.miner.rewards.RewardsReport;
import net.utilitynet.miner.store.RegisteredChip;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.poci.ExtraData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.utils.Numeric;

/**
 * The whole miner on a real devnet: two simulated chips are certified, kept in the wallet and registered
 * (pending → registered from verified storage), the agent heartbeats each epoch, the miner enters epoch 1's miner
 * set, wins blocks with VRF claims, survives a restart with auto-start, and the rewards ledger shows verified
 * rewards equal to the reward schedule and to the registry's own proven counters.
 */
class MiningEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void mine_twoSimulatedChipsOnDevnet_winBlocksAndLedgerEqualsSchedule() throws Exception {
        try (DevnetMinerWorld w = new DevnetMinerWorld(dir)) {
            SimulatedChip a = w.miner.addSimulatedChip().join();
            SimulatedChip b = w.miner.addSimulatedChip().join();
            RegisteredChip ra = w.miner.register(a.chip()).join();
            RegisteredChip rb = w.miner.register(b.chip()).join();
            assertEquals(Numeric.toHexString(a.chipId().orElseThrow()), ra.chipId());

            List<RegistrationStatus> before = w.miner.registrations().join();
            assertEquals(List.of(RegistrationState.PENDING, RegistrationState.PENDING), before.stream().map(RegistrationStatus::state).toList());

            long registeredAt = w.mineAndSync();
            List<RegistrationStatus> after = w.miner.registrations().join();
            assertEquals(List.of(RegistrationState.REGISTERED, RegistrationState.REGISTERED), after.stream().map(RegistrationStatus::state).toList());
            assertEquals(100, after.get(0).record().orElseThrow().rating());
            assertEquals(registeredAt, after.get(0).provenAtBlock());
            assertTrue(w.miner.localChips().join().stream().allMatch(c -> c.chip().simulated()));

            w.miner.setAutoStart(true);
            w.miner.start();
            assertEquals(AgentState.RUNNING, w.miner.status().state());
            w.mineAndSyncTo(E + 15);                      // epoch 1: the registrations put the miner in the set

            assertTrue(w.restartMiner().resumeIfAutoStart(), "auto-start resumes after a restart");
            w.mineAndSyncTo(2 * E + 15);                  // epoch 2: needs the heartbeats sent in epoch 1
            AgentStatus status = w.miner.status();
            long head = status.verifiedHead();
            assertEquals(2 * E + 15, head);
            assertTrue(status.problems().isEmpty(), status.problems().toString());

            // every block of epochs 1 and 2 carries this miner's claim: it holds all the power, electionFactor 2
            long won = head - E;
            assertEquals(won, status.blocksWon());
            assertEquals(head + 1, status.lastClaim().orElseThrow().height());
            BigInteger schedule = BigInteger.ZERO;
            for (long n = E + 1; n <= head; n++) {
                schedule = schedule.add(PARAMS.rewardSchedule().rewardAt(n));
                BlockHeader h = BlockHeader.decode(w.light.storedVerifiedHeader(n).orElseThrow().rlp());
                assertArrayEquals(PAYOUT.bytes(), h.coinbase(), "coinbase of block " + n);
                assertArrayEquals(Numeric.hexStringToByteArray(w.account.lower()), ExtraData.decode(h.extraData()).claim().miner());
            }

            RewardsReport report = w.miner.rewards().join();
            assertEquals(schedule, report.totals().reward());
            assertEquals(won, report.totals().blocksWon());
            assertEquals(schedule, report.totals().expected(), "all the power: expected = actual");
            assertEquals(schedule, report.registryRewards(), "the registry's proven counter agrees with the ledger");
            assertEquals(won, report.registryBlocksWon());
            assertTrue(report.totals().fees().signum() > 0, "the heartbeats' tips went to the payout");
            assertEquals(schedule.add(report.totals().fees()), report.payoutBalance(),
                    "the payout's proven balance is exactly the rewards plus the priority fees");
            assertTrue(report.ledgerMatchesRegistry());
            assertEquals(4, report.heartbeatsMade(), "2 chips × (registration in epoch 0 + heartbeat in epoch 1)");
            assertEquals(0, report.heartbeatsMissed());
            assertEquals(1.0, report.uptime());
            assertEquals(schedule, report.daily().stream().map(p -> p.reward()).reduce(BigInteger.ZERO, BigInteger::add));

            StringWriter csv = new StringWriter();
            w.miner.exportCsv(csv);
            String[] lines = csv.toString().split("\r\n");
            assertEquals(won + 1, lines.length);
            assertTrue(lines[1].contains("," + (E + 1) + ",") && lines[1].endsWith(",100"), lines[1]);
        }
    }
}
