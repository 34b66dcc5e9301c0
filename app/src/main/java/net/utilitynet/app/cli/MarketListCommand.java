package net.utilitynet.app.cli;

import java.io.PrintWriter;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.outbox.OutboxEntry;
import org.web3j.utils.Numeric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code utilitynet market list CHIP --price UNC --min-hours N --max-hours M}: offers a registered chip for lease. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List a registered chip of this account for lease.")
public final class MarketListCommand extends MarketSubcommand {
    @Parameters(index = "0", paramLabel = "CHIP", description = "Chip id (0x…, 32 bytes).")
    String chip;
    @Option(names = "--price", required = true, paramLabel = "UNC", description = "Price per hour in UNC.")
    String price;
    @Option(names = "--min-hours", required = true, paramLabel = "N")
    long minHours;
    @Option(names = "--max-hours", required = true, paramLabel = "M")
    long maxHours;

    @Override
    public Integer call() {
        byte[] chipId;
        try {
            chipId = Numeric.hexStringToByteArray(chip);
        } catch (RuntimeException e) {
            chipId = new byte[0];
        }
        if (chipId.length != 32) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "CHIP: a chip id is 32 bytes of hex (0x…); see the Miner page or 'utilitynet mine'");
        }
        byte[] id = chipId;
        UncAmount perHour = WalletCliSupport.wallet(() -> UncAmount.parsePositive(price, "--price"));
        PrintWriter out = spec.commandLine().getOut();
        try (MarketCliSupport.Session s = new MarketCliSupport.Session(market.root, options, true)) {
            OutboxEntry sent = MarketCliSupport.market(() -> s.provider().list(id, perHour.wei(), minHours, maxHours));
            return s.report(out, "list chip " + chip + " at " + perHour.toUncString() + " UNC/h, " + minHours + "-" + maxHours + " h", sent);
        }
    }
}
