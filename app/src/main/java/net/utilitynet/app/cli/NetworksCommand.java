package net.utilitynet.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code utilitynet networks list|add|remove|use}: the networks the app can connect to. */
@Command(name = "networks", mixinStandardHelpOptions = true,
        description = "List, add, remove and select networks.",
        subcommands = {
            NetworksListCommand.class,
            NetworksAddCommand.class,
            NetworksRemoveCommand.class,
            NetworksUseCommand.class,
        })
public final class NetworksCommand implements Runnable {

    @ParentCommand
    UtilityNetCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: use one of list, add, remove, use.");
    }
}
