package net.utilitynet.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code utilitynet market …}: the lease market (RPOI) for renters and providers; every figure is verified. */
@Command(name = "market", mixinStandardHelpOptions = true,
        description = "Lease market: offers, credit, rent, leases, grants, access, list a chip, income.",
        subcommands = {
            MarketOffersCommand.class,
            MarketCreditCommand.class,
            MarketRentCommand.class,
            MarketLeasesCommand.class,
            MarketGrantCommand.class,
            MarketAccessCommand.class,
            MarketListCommand.class,
            MarketIncomeCommand.class,
        })
public final class MarketCommand implements Runnable {
    @ParentCommand
    UtilityNetCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: use one of offers, credit, rent, leases, grant, access, list, income.");
    }
}
