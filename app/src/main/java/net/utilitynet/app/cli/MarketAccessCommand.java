package net.utilitynet.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.math.BigInteger;
import net.utilitynet.wallet.market.AccessCheck;
import net.utilitynet.wallet.market.AccessGrant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code utilitynet market access LEASE}: decrypts the lease's access grant (as {@code market grant} does) and calls the
 * provider's gateway with it ({@code GET /v1/lease}, {@code GET /v1/chip}), printing both answers: proof that the grant
 * works, or the gateway's reason for refusing it.
 */
@Command(name = "access", mixinStandardHelpOptions = true,
        description = "Use a lease's access grant: call the provider's gateway and print its answers (exit 0: access works, 1: refused).")
public final class MarketAccessCommand extends MarketSubcommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "LEASE")
    BigInteger leaseId;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (MarketCliSupport.Session s = new MarketCliSupport.Session(market.root, options, true)) {
            AccessGrant g = MarketCliSupport.market(() -> s.renter().grant(leaseId));
            AccessCheck.Result r = MarketCliSupport.market(() -> new AccessCheck().check(g));
            out.println("lease:    " + g.leaseId());
            out.println("endpoint: " + r.endpoint());
            print(out, r.lease());
            print(out, r.chip());
            return r.ok() ? 0 : 1;
        }
    }

    private static void print(PrintWriter out, AccessCheck.Answer a) {
        out.println("GET " + a.path() + " -> " + a.status());
        try {
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(a.body())));
        } catch (java.io.IOException e) {
            out.println(a.body());
        }
    }
}
