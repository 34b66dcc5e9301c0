package net.utilitynet.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.networks.NetworkDefinition;
import net.utilitynet.app.networks.NetworkSyncMode;
import net.utilitynet.app.networks.Networks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code utilitynet networks list}: a table of networks, the active one marked with {@code *}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the networks (* = active).")
public final class NetworksListCommand implements Callable<Integer> {

    private static final String ROW = "%-2s %-24s %-28s %10s  %s%n";

    @ParentCommand
    private NetworksCommand networks;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (AppContext context = networks.root.openContext()) {
            print(context.networks().current(), spec.commandLine().getOut());
        }
        return 0;
    }

    static void print(Networks networks, PrintWriter out) {
        out.printf(ROW, "", "ID", "NAME", "CHAIN ID", "RPC / CHECKPOINT");
        for (NetworkDefinition network : networks.all()) {
            String marker = network.id().equals(networks.activeId()) ? "*" : "";
            String endpoints = network.embedded()
                    ? "embedded (runs inside the app)"
                    : String.join(", ", network.rpcUrls()) + "  @" + network.checkpointNumber() + " " + network.checkpointHash()
                            + (network.syncMode() == NetworkSyncMode.SKIP ? "  (skip sync)" : "");
            out.printf(ROW, marker, network.id(), network.name(), network.chainId(), endpoints);
        }
        out.flush();
    }
}
