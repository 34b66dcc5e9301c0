package net.utilitynet.app.cli;

import java.io.PrintWriter;
import java.math.BigInteger;
import net.utilitynet.wallet.market.AccessGrant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code utilitynet market grant LEASE}: decrypts the lease's access grant (proven log) with the wallet's renter key. */
@Command(name = "grant", mixinStandardHelpOptions = true, description = "Decrypt and print a lease's access grant.")
public final class MarketGrantCommand extends MarketSubcommand {
    @Parameters(index = "0", paramLabel = "LEASE")
    BigInteger leaseId;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (MarketCliSupport.Session s = new MarketCliSupport.Session(market.root, options, true)) {
            AccessGrant g = MarketCliSupport.market(() -> s.renter().grant(leaseId));
            out.println("lease:       " + g.leaseId());
            out.println("endpoint:    " + g.endpoint());
            out.println("credentials: " + g.credentials());
            out.println("expires:     " + g.expiresAt());
            return 0;
        }
    }
}
