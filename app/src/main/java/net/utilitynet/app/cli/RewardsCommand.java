package net.utilitynet.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.UserFacingException;
import net.utilitynet.miner.rewards.RewardTotals;
import net.utilitynet.miner.rewards.RewardsCsv;
import net.utilitynet.miner.rewards.RewardsLedger;
import net.utilitynet.miner.store.ChipBook;
import net.utilitynet.miner.store.MinerDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code utilitynet rewards}: the rewards ledger that {@code utilitynet mine} (or the app) filled from verified
 * headers: totals, expected from the power share, uptime, daily and weekly sums; {@code --csv FILE} exports the won
 * blocks. Reads the local ledger only.
 */
@Command(name = "rewards", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show the mining rewards ledger (from verified blocks): totals, expected vs actual, uptime, daily and weekly.")
public final class RewardsCommand implements Callable<Integer> {

    @ParentCommand
    private UtilityNetCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Option(names = "--network", paramLabel = "ID", description = "Network id (default: the active network).")
    private String network;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the won blocks as CSV to FILE.")
    private Path csv;

    @Override
    public Integer call() throws Exception {
        try (AppContext context = root.openContext()) {
            Path file = MinerCliSupport.minerDatabase(context, network);
            if (!Files.exists(file)) {
                throw new UserFacingException("no mining ledger yet for network '" + WalletCliSupport.networkId(context, network)
                        + "'; start mining with 'utilitynet mine --account ADDRESS'");
            }
            try (MinerDatabase db = MinerDatabase.open(file)) {
                RewardsLedger ledger = new RewardsLedger(db);
                ChipBook book = new ChipBook(db, java.time.Clock.systemUTC());
                print(ledger, book.count(ChipBook.HeartbeatOutcome.MADE), book.count(ChipBook.HeartbeatOutcome.MISSED));
                if (csv != null) {
                    try (var w = Files.newBufferedWriter(csv)) {
                        RewardsCsv.write(ledger.wonBlocks(), w);
                    }
                }
            }
        }
        return 0;
    }

    private void print(RewardsLedger ledger, long made, long missed) throws Exception {
        RewardTotals t = ledger.totals();
        List<RewardsLedger.PeriodTotal> days = ledger.totals(RewardsLedger.Period.DAY);
        List<RewardsLedger.PeriodTotal> weeks = ledger.totals(RewardsLedger.Period.WEEK);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper m = new ObjectMapper();
            ObjectNode o = m.createObjectNode();
            o.put("blocksScanned", t.blocksScanned());
            o.put("blocksClaimed", t.blocksClaimed());
            o.put("blocksWon", t.blocksWon());
            o.put("rewardUnc", RewardsCsv.unc(t.reward()));
            o.put("feesUnc", RewardsCsv.unc(t.fees()));
            o.put("expectedUnc", RewardsCsv.unc(t.expected()));
            o.put("heartbeatsMade", made);
            o.put("heartbeatsMissed", missed);
            periods(o.putArray("daily"), days);
            periods(o.putArray("weekly"), weeks);
            out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(o));
        } else {
            out.printf("Verified blocks scanned %d (up to block %s), with a claim %d, won %d%n", t.blocksScanned(),
                    ledger.last().map(b -> Long.toString(b.number())).orElse("—"), t.blocksClaimed(), t.blocksWon());
            out.printf("Block rewards %s UNC, priority fees %s UNC; expected from the power share %s UNC%n",
                    RewardsCsv.unc(t.reward()), RewardsCsv.unc(t.fees()), RewardsCsv.unc(t.expected()));
            out.printf("Heartbeats made %d, missed %d%n", made, missed);
            printPeriods(out, "Daily (UTC)", days);
            printPeriods(out, "Weekly (from Monday, UTC)", weeks);
        }
        out.flush();
    }

    private static void periods(ArrayNode a, List<RewardsLedger.PeriodTotal> list) {
        for (RewardsLedger.PeriodTotal p : list) {
            ObjectNode o = a.addObject();
            o.put("start", date(p.start()));
            o.put("blocksWon", p.blocksWon());
            o.put("rewardUnc", RewardsCsv.unc(p.reward()));
            o.put("expectedUnc", RewardsCsv.unc(p.expected()));
        }
    }

    private static void printPeriods(PrintWriter out, String title, List<RewardsLedger.PeriodTotal> list) {
        out.println(title + ":");
        for (RewardsLedger.PeriodTotal p : list) {
            out.printf("  %s  won %4d  reward %s UNC  expected %s UNC%n", date(p.start()), p.blocksWon(), RewardsCsv.unc(p.reward()),
                    RewardsCsv.unc(p.expected()));
        }
    }

    private static String date(long epochSecond) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC).toString();
    }
}
