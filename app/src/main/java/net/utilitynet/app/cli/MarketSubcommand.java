package net.utilitynet.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every {@code utilitynet market …} subcommand shares: the parent command, its own spec and the market options. */
abstract class MarketSubcommand implements Callable<Integer> {
    @ParentCommand
    MarketCommand market;
    @Spec
    CommandSpec spec;
    @Mixin
    MarketCliSupport.Options options = new MarketCliSupport.Options();
}
