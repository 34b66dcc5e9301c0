package net.utilitynet.app.cli;

import java.io.PrintWriter;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.market.RenterClient;
import net.utilitynet.wallet.outbox.OutboxEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code utilitynet market credit deposit|withdraw AMOUNT}: buy compute credit or take unused credit back (UNC). */
@Command(name = "credit", mixinStandardHelpOptions = true, description = "Deposit UNC as compute credit, or withdraw unused credit.")
public final class MarketCreditCommand extends MarketSubcommand {
    @Parameters(index = "0", paramLabel = "deposit|withdraw")
    String action;
    @Parameters(index = "1", paramLabel = "AMOUNT", description = "UNC, e.g. 2.5")
    String amount;

    @Override
    public Integer call() {
        if (!action.equals("deposit") && !action.equals("withdraw")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "use 'credit deposit AMOUNT' or 'credit withdraw AMOUNT'");
        }
        UncAmount unc = WalletCliSupport.wallet(() -> UncAmount.parsePositive(amount, "AMOUNT"));
        PrintWriter out = spec.commandLine().getOut();
        try (MarketCliSupport.Session s = new MarketCliSupport.Session(market.root, options, true)) {
            RenterClient renter = s.renter();
            OutboxEntry sent = MarketCliSupport.market(() -> action.equals("deposit") ? renter.deposit(unc.wei()) : renter.withdraw(unc.wei()));
            int exit = s.report(out, "credit " + action + " " + unc.toUncString() + " UNC", sent);
            out.println("verified credit: " + MarketCliSupport.unc(renter.credit().value()) + " UNC");
            return exit;
        }
    }
}
