package net.utilitynet.app.cli;

import java.util.concurrent.Callable;
import net.utilitynet.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code utilitynet networks use ID}: makes a network the active one. */
@Command(name = "use", mixinStandardHelpOptions = true, description = "Make a network the active one.")
public final class NetworksUseCommand implements Callable<Integer> {

    @ParentCommand
    private NetworksCommand networks;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The network's id, as 'networks list' shows it.")
    private String id;

    @Override
    public Integer call() {
        try (AppContext context = networks.root.openContext()) {
            var after = context.networks().select(id).join();
            spec.commandLine().getOut().printf("Active network: %s (%s).%n", after.active().name(), id);
        }
        return 0;
    }
}
