package net.utilitynet.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.UserFacingException;
import net.utilitynet.app.networks.NetworkDefinition;
import net.utilitynet.app.runtime.NetworkSession;
import net.utilitynet.app.wallet.WalletService;
import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.Wallet;
import net.utilitynet.wallet.WalletConfig;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.address.RecipientCheck;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.chain.ChainAccessException;
import net.utilitynet.wallet.outbox.OutboxEntry;
import net.utilitynet.wallet.outbox.OutboxState;
import net.utilitynet.wallet.secure.Passwords;
import net.utilitynet.wallet.store.WalletStore;
import net.utilitynet.wallet.tx.FeePresets;
import net.utilitynet.wallet.tx.Fees;
import net.utilitynet.wallet.tx.TxPreview;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code utilitynet wallet send}: the GUI's send flow on the command line — checked against the verified balance,
 * previewed, confirmed, stored in the outbox before the broadcast, optionally followed to verified inclusion.
 */
@Command(name = "send", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Send UNC from an account of this network's wallet. Prints a preview (amount, worst-case fee,"
            + " total, network, chain id) and asks for confirmation; the signed transaction is stored in the outbox"
            + " before it is broadcast, so an unreachable node loses nothing."},
        footer = {"", "Exit codes: 0 sent (with --wait: included), 2 bad input or not sent, 1 not confirmed, not included in time, or other failures."})
public final class WalletSendCommand implements Callable<Integer> {

    /** Library field names → the options a user of this command typed. */
    private static final Map<String, String> OPTION_OF_FIELD = Map.of("to", "--to", "amount", "--amount",
            "maxFeePerGas", "--max-fee", "maxPriorityFeePerGas", "--priority-fee");

    @ParentCommand
    private WalletCommand wallet;

    @Spec
    private CommandSpec spec;

    @Option(names = "--network", paramLabel = "ID", description = "Network id (default: the active network).")
    private String network;

    @Option(names = "--from", paramLabel = "ADDRESS|INDEX",
            description = "Sending account: its address, or its HD index as 'wallet list' shows it (default: the first signing account).")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "ADDRESS", description = "Recipient, 0x + 40 hex digits (EIP-55 case checked when mixed).")
    private String to;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private AmountChoice amount;

    static final class AmountChoice {
        @Option(names = "--amount", required = true, paramLabel = "UNC", description = "Amount in UNC, e.g. 1.5 (at most 18 decimals).")
        String unc;

        @Option(names = "--max", required = true, description = "Send the whole verified balance minus the worst-case fee.")
        boolean max;
    }

    @Option(names = "--fee", paramLabel = "slow|normal|fast", description = "Fee preset from eth_feeHistory (default: normal).")
    private String fee;

    @Option(names = "--max-fee", paramLabel = "GWEI", description = "Custom max fee per gas in gwei (with --priority-fee).")
    private String maxFeeGwei;

    @Option(names = "--priority-fee", paramLabel = "GWEI", description = "Custom priority fee (tip) per gas in gwei (with --max-fee).")
    private String priorityFeeGwei;

    @Option(names = "--password-file", required = true, paramLabel = "FILE|-", description = "Wallet password from FILE, or - for standard input.")
    private String passwordFile;

    @Option(names = "--yes", description = "Send without asking for confirmation (refused for a look-alike recipient).")
    private boolean yes;

    @Option(names = "--wait", description = "Wait until the light client has verified the transaction's inclusion.")
    private boolean await;

    @Option(names = "--wait-seconds", paramLabel = "S", defaultValue = "120", description = "How long --wait waits (default: ${DEFAULT-VALUE}).")
    private long waitSeconds;

    @Option(names = "--json", description = "Print the result as JSON on standard output (preview and prompts go to standard error).")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        Address recipient = option(() -> Address.parse(to, "to"));
        String amountText = amount.max ? null : amount.unc;
        if (amountText != null) {
            option(() -> UncAmount.parsePositive(amountText, "amount"));
        }
        FeeChoice feeChoice = feeChoice();
        if (!yes && "-".equals(passwordFile)) {
            throw new UserFacingException("--password-file -: standard input carries the password, so it cannot also answer the"
                    + " confirmation; put the password in a file, or add --yes");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter info = json ? spec.commandLine().getErr() : out;
        char[] password = WalletCliSupport.secret(passwordFile, "--password-file", System.in);
        try (AppContext context = wallet.root.openContext()) {
            // unlocked first: a wrong password fails before the network starts
            WalletStore store = WalletCliSupport.openUnlocked(WalletCliSupport.walletFile(context, network), password);
            return sendOnNetwork(context, store, recipient, amountText, feeChoice, password, out, info);
        } finally {
            Passwords.wipe(password);
        }
    }

    private int sendOnNetwork(AppContext context, WalletStore store, Address recipient, String amountText, FeeChoice feeChoice, char[] password,
            PrintWriter out, PrintWriter info) throws IOException {
        try (NetworkSession session = ChainCliSupport.openSynced(context, network, info)) {
            NetworkDefinition net = session.network();
            Path folder = context.dataDirectory().data(net.id());
            try (Wallet w = Wallet.open(new WalletConfig(net.id(), net.chainId(), folder.resolve(MinerCliSupport.OUTBOX_DB),
                    WalletService.CONFIRMATIONS), store, session.chainAccess())) {
                WalletCliSupport.reportResumed(WalletCliSupport.wallet(() -> w.resumeOutbox().join()), info);
                Address sender = WalletCliSupport.signingAccount(store, "--from", from);
                FeePresets presets = WalletCliSupport.wallet(() -> w.feePresets().join());
                Fees fees = option(() -> feeChoice.resolve(presets));
                TxPreview preview = option(() -> w.prepareTransfer(sender, recipient.checksummed(), amountText, fees).join());
                printPreview(info, preview, net);
                if (!confirmed(preview.recipient(), info)) {
                    info.println("Not sent.");
                    return 1;
                }
                OutboxEntry sent = signAndBroadcast(w, preview, password);
                info.printf("Sent: transaction %s (stored in the outbox; %s).%n", sent.hash(), sent.state() == OutboxState.PENDING
                        ? "the node accepted it" : sent.state().name().toLowerCase(Locale.ROOT));
                info.flush();
                return finish(session, w, preview, sent, out, info);
            }
        } finally {
            store.lock();
        }
    }

    /** Signs and broadcasts; an unreachable node leaves the transaction saved, and the message says what happens next. */
    private static OutboxEntry signAndBroadcast(Wallet w, TxPreview preview, char[] password) {
        try {
            return option(() -> w.confirmAndSend(preview, password.clone()).join());
        } catch (UserFacingException e) {
            if (e.getCause() instanceof ChainAccessException) {
                throw new UserFacingException(e.getMessage() + " It stays in the outbox (state SIGNED) and is broadcast again by the next"
                        + " 'utilitynet wallet send' or 'utilitynet wallet pending', or when the app starts.", e.getCause());
            }
            throw e;
        }
    }

    /** Without --wait: done. With it: follows the verified chain until the outbox shows the transaction settled. */
    private int finish(NetworkSession session, Wallet w, TxPreview preview, OutboxEntry sent, PrintWriter out, PrintWriter info) {
        OutboxEntry last = sent;
        int exit = 0;
        if (await) {
            info.printf("Waiting up to %d s for the light client to verify its inclusion…%n", waitSeconds);
            info.flush();
            Optional<OutboxEntry> settled = ChainCliSupport.awaitOnVerifiedHeads(session.lightClient(), Duration.ofSeconds(waitSeconds), () -> {
                WalletCliSupport.wallet(() -> w.refreshOutbox().join());
                return w.outboxEntries(sent.from()).stream().filter(e -> e.hash().equals(sent.hash()))
                        .filter(e -> e.state() != OutboxState.SIGNED && e.state() != OutboxState.PENDING).findFirst();
            });
            last = settled.orElse(last);
            exit = report(last, settled.isPresent(), info);
        }
        if (json) {
            out.println(json(preview, last));
            out.flush();
        }
        return exit;
    }

    private int report(OutboxEntry e, boolean settled, PrintWriter info) {
        if (!settled) {
            info.printf("Not included within %d s; it stays in the outbox and is re-sent by the next 'utilitynet wallet send'"
                    + " or 'wallet pending', or when the app starts.%n", waitSeconds);
            info.flush();
            return 1;
        }
        int exit = switch (e.state()) {
            case INCLUDED, CONFIRMED -> {
                info.printf("Included in verified block #%,d (%d confirmation%s; counted as confirmed at %d).%n", e.blockNumber(),
                        e.confirmations(), e.confirmations() == 1 ? "" : "s", WalletService.CONFIRMATIONS);
                yield 0;
            }
            case FAILED -> {
                info.printf("Included in verified block #%,d but it FAILED (reverted): only the fee was spent.%n", e.blockNumber());
                yield 1;
            }
            default -> {
                info.printf("The transaction was %s: another transaction with nonce %s was included instead.%n",
                        e.state().name().toLowerCase(Locale.ROOT), e.params().nonce());
                yield 1;
            }
        };
        info.flush();
        return exit;
    }

    private static void printPreview(PrintWriter info, TxPreview p, NetworkDefinition net) {
        info.printf("%nSend preview%n");
        info.printf("  network   %s (%s), chain id %d%n", net.name(), net.id(), p.chainId());
        info.printf("  from      %s%n", p.from().checksummed());
        info.printf("  to        %s%n", p.to().checksummed());
        info.printf("  amount    %s UNC%n", p.amount().toUncString());
        info.printf("  max fee   %s UNC (%s gas at most %s)%n", p.maxFee().toUncString(), p.params().gasLimit(), describe(p.params().fees()));
        info.printf("  total     %s UNC at most%n", p.total().toUncString());
        info.printf("  nonce     %s%n", p.nonce());
        RecipientCheck check = p.recipient();
        if (!check.lookAlikes().isEmpty()) {
            info.printf("WARNING: %s looks like %s, which you know, but it is a different address. Scammers plant look-alike"
                    + " addresses in your history (address poisoning): compare every character.%n", p.to().checksummed(),
                    check.lookAlikes().get(0).checksummed());
        }
        if (check.firstTime()) {
            info.println("Note: you have never sent to this address. Check it character by character with the recipient.");
        }
        info.flush();
    }

    private static String describe(Fees fees) {
        if (fees instanceof Fees.Eip1559 f) {
            return gwei(f.maxFeePerGas()) + " gwei/gas, tip " + gwei(f.maxPriorityFeePerGas()) + " gwei/gas";
        }
        return gwei(((Fees.Legacy) fees).gasPrice()) + " gwei/gas";
    }

    private static String gwei(BigInteger wei) {
        return new BigDecimal(wei).movePointLeft(9).stripTrailingZeros().toPlainString();
    }

    /** --yes, or "yes" typed on standard input; a look-alike recipient always needs the typed answer. */
    private boolean confirmed(RecipientCheck check, PrintWriter info) throws IOException {
        if (yes) {
            if (!check.lookAlikes().isEmpty()) {
                throw new UserFacingException("--yes: the recipient looks like " + check.lookAlikes().get(0).checksummed()
                        + " but is a different address; compare every character and confirm without --yes");
            }
            return true;
        }
        info.print("Send this transaction? Type yes to send: ");
        info.flush();
        String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (System.console() == null) {
            info.println(); // the answer came from a pipe: no typed line end
        }
        return answer != null && ("yes".equalsIgnoreCase(answer.strip()) || "y".equalsIgnoreCase(answer.strip()));
    }

    private FeeChoice feeChoice() {
        boolean custom = maxFeeGwei != null || priorityFeeGwei != null;
        if (custom && fee != null) {
            throw new UserFacingException("--fee: give either a preset (--fee slow|normal|fast) or custom fees (--max-fee and --priority-fee), not both");
        }
        if (custom) {
            if (maxFeeGwei == null || priorityFeeGwei == null) {
                throw new UserFacingException((maxFeeGwei == null ? "--max-fee" : "--priority-fee")
                        + ": custom fees need both --max-fee GWEI and --priority-fee GWEI");
            }
            BigInteger maxFee = option(() -> Fees.gweiToWei(maxFeeGwei, "maxFeePerGas"));
            BigInteger tip = option(() -> Fees.gweiToWei(priorityFeeGwei, "maxPriorityFeePerGas"));
            return presets -> presets.custom(maxFee, tip);
        }
        FeePresets.Speed speed;
        try {
            speed = FeePresets.Speed.valueOf((fee == null ? "normal" : fee.strip()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("--fee: '" + fee + "' is not a preset; use slow, normal or fast (or --max-fee with --priority-fee)");
        }
        return presets -> presets.preset(speed);
    }

    /** The fees once the presets (and with them the next base fee) are known. */
    @FunctionalInterface
    private interface FeeChoice {
        Fees resolve(FeePresets presets);
    }

    /** Runs library code whose input errors name a form field; the message names this command's option instead. */
    private static <T> T option(java.util.function.Supplier<T> work) {
        try {
            return WalletCliSupport.wallet(work);
        } catch (UserFacingException e) {
            if (e.getCause() instanceof InvalidInputException i && OPTION_OF_FIELD.containsKey(i.field())) {
                throw new UserFacingException(OPTION_OF_FIELD.get(i.field()) + i.getMessage().substring(i.field().length()), i);
            }
            throw e;
        }
    }

    private static String json(TxPreview p, OutboxEntry e) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("network", p.network());
        o.put("chainId", p.chainId());
        o.put("from", p.from().checksummed());
        o.put("to", p.to().checksummed());
        o.put("amountWei", p.amount().wei().toString());
        o.put("maxFeeWei", p.maxFee().wei().toString());
        o.put("totalWei", p.total().wei().toString());
        o.put("nonce", p.nonce().toString());
        o.put("hash", e.hash());
        o.put("state", e.state().name());
        if (e.blockNumber() >= 0) {
            o.put("blockNumber", e.blockNumber());
            o.put("confirmations", e.confirmations());
        }
        o.put("firstTimeRecipient", p.recipient().firstTime());
        p.recipient().lookAlikes().forEach(a -> o.withArray("looksLike").add(a.checksummed()));
        return o.toPrettyString();
    }
}
