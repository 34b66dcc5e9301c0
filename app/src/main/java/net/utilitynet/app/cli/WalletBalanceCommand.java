package net.utilitynet.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.runtime.NetworkSession;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.chain.ChainAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code utilitynet wallet balance ADDRESS…}: balances proven against the light client's verified head. */
@Command(name = "balance", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print verified balances (account proofs against the verified head) on a network.",
            "Syncs the network's headers first; starts the embedded devnet when that is the network."})
public final class WalletBalanceCommand implements Callable<Integer> {

    @ParentCommand
    private WalletCommand wallet;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ADDRESS", arity = "1..*", description = "Account address(es), 0x-prefixed (see 'wallet list').")
    private List<String> addresses;

    @Option(names = "--network", paramLabel = "ID", description = "Network id (default: the active network).")
    private String network;

    @Override
    public Integer call() throws IOException {
        List<Address> accounts = addresses.stream().map(a -> WalletCliSupport.wallet(() -> Address.parse(a, "ADDRESS"))).toList();
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext context = wallet.root.openContext();
             NetworkSession session = ChainCliSupport.openSynced(context, network, out)) {
            ChainAccess chain = session.chainAccess();
            long head = chain.verifiedHeadNumber();
            for (Address account : accounts) {
                UncAmount balance = UncAmount.ofWei(WalletCliSupport.wallet(() -> chain.verifiedBalance(account)));
                out.printf("%s  %s UNC  (verified at block #%,d)%n", account.checksummed(), balance.toUncString(), head);
            }
            out.flush();
        }
        return 0;
    }
}
