package net.utilitynet.app.cli;

import java.io.PrintWriter;
import java.math.BigInteger;
import net.utilitynet.lightclient.state.Verified;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code utilitynet market income [--claim]}: the provider's settled, unclaimed lease income (proven), and claiming it. */
@Command(name = "income", mixinStandardHelpOptions = true, description = "Settled lease income (verified); --claim pays it out.")
public final class MarketIncomeCommand extends MarketSubcommand {
    @Option(names = "--claim", description = "Claim the settled income to the account's balance.")
    boolean claim;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (MarketCliSupport.Session s = new MarketCliSupport.Session(market.root, options, claim || options.passwordFile != null)) {
            var me = s.requireAccount();
            Verified<BigInteger> income = MarketCliSupport.market(() -> s.chain.income(me.bytes()));
            out.println("settled income of " + me.checksummed() + ": " + MarketCliSupport.unc(income.value()) + " UNC (verified at block "
                    + income.blockNumber() + ")");
            if (claim) {
                return s.report(out, "claim income", MarketCliSupport.market(() -> s.provider().claimIncome()));
            }
            return 0;
        }
    }
}
