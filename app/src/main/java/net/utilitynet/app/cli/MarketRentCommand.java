package net.utilitynet.app.cli;

import java.io.PrintWriter;
import java.math.BigInteger;
import net.utilitynet.wallet.market.RenterClient;
import net.utilitynet.wallet.outbox.OutboxEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code utilitynet market rent OFFER --hours H}: escrows price × hours from credit and starts a lease. */
@Command(name = "rent", mixinStandardHelpOptions = true, description = "Rent an offer's chip for H hours, paid from credit.")
public final class MarketRentCommand extends MarketSubcommand {
    @Parameters(index = "0", paramLabel = "OFFER")
    BigInteger offerId;
    @Option(names = "--hours", required = true, paramLabel = "H")
    long hours;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (MarketCliSupport.Session s = new MarketCliSupport.Session(market.root, options, true)) {
            RenterClient renter = s.renter();
            RenterClient.Estimate e = MarketCliSupport.market(() -> renter.estimate(offerId, hours));
            out.println("offer " + offerId + ": " + e.offer().model().orElse("?") + ", " + hours + " h, escrow "
                    + MarketCliSupport.unc(e.escrowWei()) + " UNC of your " + MarketCliSupport.unc(e.creditWei()) + " UNC credit");
            OutboxEntry sent = MarketCliSupport.market(() -> renter.rent(offerId, hours));
            int exit = s.report(out, "rent", sent);
            MarketCliSupport.market(() -> renter.rentOutcome(sent.hash(), offerId, hours))
                    .ifPresent(id -> out.println("lease " + id + " started; see 'utilitynet market grant " + id + "' once the provider delivers"));
            return exit;
        }
    }
}
