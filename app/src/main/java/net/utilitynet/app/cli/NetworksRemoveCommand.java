package net.utilitynet.app.cli;

import java.util.concurrent.Callable;
import net.utilitynet.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code utilitynet networks remove ID}: removes a user-defined network (the devnet stays). */
@Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a user-defined network.")
public final class NetworksRemoveCommand implements Callable<Integer> {

    @ParentCommand
    private NetworksCommand networks;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The network's id, as 'networks list' shows it.")
    private String id;

    @Override
    public Integer call() {
        try (AppContext context = networks.root.openContext()) {
            var after = context.networks().remove(id).join();
            spec.commandLine().getOut().printf("Removed network '%s'. Active network: %s.%n", id, after.activeId());
        }
        return 0;
    }
}
