package net.utilitynet.app.cli;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import net.utilitynet.wallet.cli.OfflineTools;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code utilitynet tx sign}: prints a signed raw transaction, type 2 (EIP-1559) when --max-fee and
 * --priority-fee are given, legacy EIP-155 with --gas-price.
 */
@Command(name = "sign", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Sign a transaction offline and print it as 0x-prefixed hex (for eth_sendRawTransaction).")
public final class TxSignCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--key-file", required = true, paramLabel = "FILE", description = "File holding the private key (64 hex characters).")
    private Path keyFile;

    @Option(names = "--chain-id", required = true, paramLabel = "ID", description = "Chain id (UtilityNet devnet: 21844).")
    private long chainId;

    @Option(names = "--nonce", required = true, paramLabel = "N", description = "Sender nonce.")
    private BigInteger nonce;

    @Option(names = "--to", required = true, paramLabel = "0xADDRESS", description = "Recipient (EIP-55 checksum checked when mixed case).")
    private String to;

    @Option(names = "--value-wei", required = true, paramLabel = "WEI", description = "Amount in wei (1 UNC = 10^18 wei).")
    private BigInteger valueWei;

    @Option(names = "--gas", required = true, paramLabel = "GAS", description = "Gas limit (21000 for a plain transfer).")
    private BigInteger gas;

    @Option(names = "--data", paramLabel = "HEX", description = "Call data as hex (optional).")
    private String data;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private FeeOptions fees;

    static final class FeeOptions {
        @Option(names = "--gas-price", required = true, paramLabel = "WEI", description = "Legacy gas price in wei (EIP-155 transaction).")
        BigInteger gasPrice;

        @ArgGroup(exclusive = false)
        Eip1559 eip1559;
    }

    static final class Eip1559 {
        @Option(names = "--max-fee", required = true, paramLabel = "WEI", description = "Max fee per gas in wei (type 2 transaction).")
        BigInteger maxFee;

        @Option(names = "--priority-fee", required = true, paramLabel = "WEI", description = "Max priority fee (tip) per gas in wei.")
        BigInteger priorityFee;
    }

    @Override
    public Integer call() {
        Optional<Eip1559> e = Optional.ofNullable(fees.eip1559);
        String raw = WalletCliSupport.wallet(() -> OfflineTools.signTransaction(keyFile, chainId, nonce, to, valueWei, gas, data,
                Optional.ofNullable(fees.gasPrice), e.map(x -> x.maxFee), e.map(x -> x.priorityFee)));
        spec.commandLine().getOut().println(raw);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
