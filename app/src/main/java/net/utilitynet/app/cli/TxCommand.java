package net.utilitynet.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code utilitynet tx …}: offline transaction tools. */
@Command(name = "tx", mixinStandardHelpOptions = true, description = "Offline transaction tools.",
        subcommands = {TxSignCommand.class})
public final class TxCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: use sign.");
    }
}
