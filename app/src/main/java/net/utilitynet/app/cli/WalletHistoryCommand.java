package net.utilitynet.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.runtime.NetworkSession;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.chain.ChainAccess;
import net.utilitynet.wallet.history.HistoryModel;
import net.utilitynet.wallet.history.HistoryRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code utilitynet wallet history ADDRESS}: the node's transaction index for an address, each entry marked
 * confirmed only when the light client proved its inclusion.
 */
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print an address's transactions: the node's index, each line CONFIRMED/FAILED only when its",
            "inclusion was proven against a verified header (UNVERIFIED otherwise, MISMATCH when the node lied)."})
public final class WalletHistoryCommand implements Callable<Integer> {

    @ParentCommand
    private WalletCommand wallet;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ADDRESS", description = "Account address, 0x-prefixed.")
    private String address;

    @Option(names = "--network", paramLabel = "ID", description = "Network id (default: the active network).")
    private String network;

    @Option(names = "--from-block", paramLabel = "N", defaultValue = "0", description = "First block (default: ${DEFAULT-VALUE}).")
    private long fromBlock;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Most entries to show (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Override
    public Integer call() throws IOException {
        Address owner = WalletCliSupport.wallet(() -> Address.parse(address, "ADDRESS"));
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext context = wallet.root.openContext();
             NetworkSession session = ChainCliSupport.openSynced(context, network, out)) {
            ChainAccess chain = session.chainAccess();
            List<HistoryRow> rows = WalletCliSupport.wallet(() -> HistoryModel.build(owner,
                    chain.transactionsByAddress(owner, fromBlock, limit), chain::verifiedInclusion, chain.verifiedHeadNumber()));
            if (rows.isEmpty()) {
                out.println("No transactions.");
            }
            for (HistoryRow row : rows) {
                String counterparty = row.direction() == HistoryRow.Direction.RECEIVED ? row.entry().from().checksummed()
                        : row.entry().to().map(Address::checksummed).orElse("(contract creation)");
                out.printf(Locale.ROOT, "#%-8d %-8s %-10s %s UNC %s %s  %s%n", row.entry().blockNumber(), row.direction(), row.status(),
                        UncAmount.ofWei(row.entry().valueWei()).toUncString(),
                        row.direction() == HistoryRow.Direction.RECEIVED ? "from" : "to", counterparty, row.entry().hash());
            }
            out.flush();
        }
        return 0;
    }
}
