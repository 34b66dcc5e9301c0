package net.utilitynet.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.runtime.NetworkSession;
import net.utilitynet.app.wallet.WalletService;
import net.utilitynet.wallet.WalletException;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.outbox.Outbox;
import net.utilitynet.wallet.outbox.OutboxEntry;
import net.utilitynet.wallet.outbox.OutboxState;
import net.utilitynet.wallet.outbox.TxSender;
import net.utilitynet.wallet.outbox.TxTracker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code utilitynet wallet pending}: the network's outbox after the same start-up work the app does — saved
 * transactions broadcast, open ones re-checked against the verified chain. Needs no password (the outbox holds no keys).
 */
@Command(name = "pending", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Send saved transactions that no node acknowledged yet, re-check open ones against the verified chain,",
            "and list the outbox (sends, speed-ups, cancels, and the miner's and market's transactions) with their state."})
public final class WalletPendingCommand implements Callable<Integer> {

    @ParentCommand
    private WalletCommand wallet;

    @Spec
    private CommandSpec spec;

    @Option(names = "--network", paramLabel = "ID", description = "Network id (default: the active network).")
    private String network;

    @Option(names = "--all", description = "Also list settled transactions (confirmed, failed, dropped, replaced).")
    private boolean all;

    @Option(names = "--json", description = "Print the list as a JSON array on standard output (other lines go to standard error).")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter info = json ? spec.commandLine().getErr() : out;
        try (AppContext context = wallet.root.openContext();
             NetworkSession session = ChainCliSupport.openSynced(context, network, info);
             Outbox outbox = WalletCliSupport.wallet(() -> Outbox.open(context.dataDirectory().data(session.network().id())
                     .resolve(MinerCliSupport.OUTBOX_DB), Clock.systemUTC()))) {
            WalletCliSupport.reportResumed(new TxSender(outbox, session.chainAccess()).resumeAfterRestart(), info);
            List<OutboxEntry> rows = refreshed(outbox, session, info).stream().filter(e -> all || e.state().isOpen()).toList();
            out.println(json ? json(rows) : text(rows));
            out.flush();
        }
        return 0;
    }

    private String text(List<OutboxEntry> rows) {
        if (rows.isEmpty()) {
            return all ? "The outbox is empty." : "No open transactions (--all lists settled ones too).";
        }
        return rows.stream().map(e -> String.format(Locale.ROOT, "%-9s %-8s nonce %-4s %s  %s UNC to %s%s%s", e.state(), e.kind(),
                e.params().nonce(), e.hash(), UncAmount.ofWei(e.params().valueWei()).toUncString(),
                e.params().to() == null ? "(contract creation)" : e.params().to().checksummed(),
                e.blockNumber() >= 0 ? String.format(Locale.ROOT, "  block #%d, %d confirmation(s)", e.blockNumber(), e.confirmations()) : "",
                e.state() == OutboxState.SIGNED ? "  not sent yet: " + e.lastError().orElse("no node reached") : ""))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private static String json(List<OutboxEntry> rows) {
        ArrayNode array = new ObjectMapper().createArrayNode();
        for (OutboxEntry e : rows) {
            ObjectNode o = array.addObject();
            o.put("hash", e.hash());
            o.put("state", e.state().name());
            o.put("kind", e.kind().name());
            o.put("from", e.from().checksummed());
            o.put("to", e.params().to() == null ? null : e.params().to().checksummed());
            o.put("nonce", e.params().nonce().toString());
            o.put("valueWei", e.params().valueWei().toString());
            if (e.blockNumber() >= 0) {
                o.put("blockNumber", e.blockNumber());
                o.put("confirmations", e.confirmations());
            }
            e.lastError().ifPresent(error -> o.put("lastError", error));
        }
        return array.toPrettyString();
    }

    /** The outbox re-checked against the verified chain; as last stored when the chain cannot be read now. */
    private static List<OutboxEntry> refreshed(Outbox outbox, NetworkSession session, PrintWriter out) {
        try {
            return new TxTracker(outbox, session.chainAccess(), WalletService.CONFIRMATIONS).refresh();
        } catch (WalletException e) {
            out.println("Could not re-check against the verified chain (" + e.getMessage() + "); the states below are the last known.");
            return outbox.inStates(OutboxState.values());
        }
    }
}
