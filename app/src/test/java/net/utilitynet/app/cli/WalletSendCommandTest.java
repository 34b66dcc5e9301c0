package net.utilitynet.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.utilitynet.devnet.Devnet;
import net.utilitynet.devnet.DevnetConfig;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wallet send} and {@code wallet pending} through picocli: a wallet restored from the dev mnemonic sends on the
 * embedded devnet and the recipient's balance is then proven; every bad input of the send form fails with a message
 * naming the option; a node that refuses the broadcast leaves the transaction in the outbox for the next command.
 */
class WalletSendCommandTest {
    private static final String SENDER = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    /** Dev account 5, typed in lower case (no checksum to check). */
    private static final String RECIPIENT = "0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc";
    private static final String RECIPIENT_CHECKSUMMED = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";

    @TempDir
    Path dir;
    String password;


    @BeforeEach
    void restoreDevWallet() throws Exception {
        password = Files.writeString(dir.resolve("pw.txt"), "send password\n").toString();
        Files.writeString(dir.resolve("words.txt"), WalletCommandTest.DEV + "\n");
    }

    private void restore(String... network) {
        String[] args = {"wallet", "restore", "--mnemonic-file", dir.resolve("words.txt").toString(), "--password-file", password, "--light-kdf"};
        CliRun r = run(null, concat(args, network));
        assertEquals(0, r.exit(), r.err());
    }

    private CliRun run(String stdin, String... args) {
        return CliRun.withStdin(dir.resolve("home"), stdin, args);
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void send_devAccountOnEmbeddedDevnet_previewSentIncludedAndRecipientBalanceVerified() throws Exception {
        restore();
        CliRun sent = run("send password\n", "wallet", "send", "--to", RECIPIENT, "--amount", "1.25", "--password-file", "-", "--yes", "--wait");
        assertEquals(0, sent.exit(), sent.out() + sent.err());
        assertTrue(sent.out().contains("network   Local devnet (embedded) (devnet), chain id 21844"), sent.out());
        assertTrue(sent.out().contains("from      " + SENDER), sent.out());
        assertTrue(sent.out().contains("to        " + RECIPIENT_CHECKSUMMED), sent.out());
        assertTrue(sent.out().contains("amount    1.25 UNC"), sent.out());
        assertTrue(sent.out().contains("Note: you have never sent to this address"), sent.out());
        Matcher included = Pattern.compile("Included in verified block #(\\d+) \\((\\d+) confirmations?").matcher(sent.out());
        assertTrue(included.find(), sent.out());
        assertTrue(Long.parseLong(included.group(1)) >= 1 && Long.parseLong(included.group(2)) >= 1, sent.out());

        CliRun balance = run(null, "wallet", "balance", RECIPIENT_CHECKSUMMED);
        assertEquals(0, balance.exit(), balance.err());
        assertTrue(balance.out().contains(RECIPIENT_CHECKSUMMED + "  10001.25 UNC  (verified at block #"), balance.out());

        // interactive confirmation on standard input, JSON on standard output; the recipient is known by now
        CliRun declined = run("no\n", "wallet", "send", "--to", RECIPIENT, "--amount", "0.5", "--password-file", password);
        assertEquals(1, declined.exit(), declined.err());
        assertTrue(declined.out().contains("Type yes to send") && declined.out().contains("Not sent."), declined.out());
        CliRun confirmed = run("yes\n", "wallet", "send", "--from", "0", "--to", RECIPIENT, "--amount", "0.5", "--fee", "fast",
                "--password-file", password, "--json");
        assertEquals(0, confirmed.exit(), confirmed.err());
        assertTrue(confirmed.err().contains("Send preview"), confirmed.err());
        JsonNode json = new ObjectMapper().readTree(confirmed.out());
        assertEquals("500000000000000000", json.get("amountWei").asText());
        assertEquals(21844, json.get("chainId").asLong());
        assertFalse(json.get("firstTimeRecipient").asBoolean());
        assertEquals("1", json.get("nonce").asText(), "the first send used nonce 0");
        String hash = json.get("hash").asText();
        assertTrue(hash.matches("0x[0-9a-f]{64}"), hash);

        // Max: the verified balance minus what the still-open 0.5 UNC send may cost, minus this send's worst-case fee
        CliRun max = run(null, "wallet", "send", "--to", RECIPIENT, "--max", "--password-file", password, "--yes", "--wait", "--json");
        assertEquals(0, max.exit(), max.err());
        JsonNode all = new ObjectMapper().readTree(max.out());
        BigInteger unc = BigInteger.TEN.pow(18);
        BigInteger sentAll = new BigInteger(all.get("amountWei").asText());
        assertTrue(sentAll.compareTo(unc.multiply(BigInteger.valueOf(9998))) > 0
                && sentAll.compareTo(unc.multiply(BigInteger.valueOf(9998)).add(unc.divide(BigInteger.TWO))) < 0, sentAll.toString());
        assertTrue(all.get("blockNumber").asLong() >= 1 && all.get("confirmations").asLong() >= 1, max.out());

        CliRun pending = run(null, "wallet", "pending", "--all");
        assertEquals(0, pending.exit(), pending.err());
        assertTrue(pending.out().contains(hash), pending.out());
        assertTrue(pending.out().contains("CONFIRMED SEND") || pending.out().contains("INCLUDED  SEND"), pending.out());
        assertTrue(pending.out().contains(all.get("hash").asText()), pending.out());
        JsonNode rows = new ObjectMapper().readTree(run(null, "wallet", "pending", "--all", "--json").out());
        assertEquals(3, rows.size(), rows.toString());
        assertEquals(all.get("hash").asText(), rows.get(2).get("hash").asText());
        assertEquals("2", rows.get(2).get("nonce").asText());
        assertTrue(rows.get(2).get("state").asText().matches("INCLUDED|CONFIRMED"), rows.toString());
    }

    @Test
    void send_badInput_eachRefusedWithItsOptionAndNothingStored() {
        String[] base = {"wallet", "send", "--password-file", password, "--yes"};
        expectRefused(concat(base, "--to", "0xf39fd6e51aad88F6F4ce6aB8827279cffFb92266", "--amount", "1"), "--to: the EIP-55 checksum");
        expectRefused(concat(base, "--to", "0x1234", "--amount", "1"), "--to: an address is 0x followed by exactly 40 hex characters");
        expectRefused(concat(base, "--to", RECIPIENT, "--amount", "1.0000000000000000001"), "--amount: UNC has at most 18 decimals");
        expectRefused(concat(base, "--to", RECIPIENT, "--amount", "0"), "--amount: the amount must be more than 0 UNC");
        expectRefused(concat(base, "--to", RECIPIENT, "--amount", "-1"), "--amount: the amount cannot be negative");
        expectRefused(concat(base, "--to", RECIPIENT, "--amount", "1", "--max-fee", "2"), "--priority-fee: custom fees need both");
        expectRefused(concat(base, "--to", RECIPIENT, "--amount", "1", "--fee", "cheap"), "--fee: 'cheap' is not a preset");
        expectRefused(new String[] {"wallet", "send", "--to", RECIPIENT, "--amount", "1", "--password-file", "-"},
                "standard input carries the password");
        assertFalse(Files.exists(dir.resolve("home/data/devnet/devnet")), "bad options are refused before the network starts");

        restore();
        expectRefused(concat(base, "--to", RECIPIENT, "--amount", "20000"), "--amount: amount plus the maximum fee");
        expectRefused(concat(base, "--from", "7", "--to", RECIPIENT, "--amount", "1"), "--from: the wallet has no HD account with index 7");
        expectRefused(concat(base, "--from", RECIPIENT, "--to", SENDER, "--amount", "1"), "--from: " + RECIPIENT_CHECKSUMMED + " is not an account of this wallet");
        expectRefused(concat(base, "--to", RECIPIENT, "--amount", "1", "--max-fee", "5", "--priority-fee", "6"),
                "--priority-fee: the priority fee (tip) cannot exceed the max fee");
        expectRefused(concat(base, "--to", RECIPIENT, "--amount", "1", "--max-fee", "0", "--priority-fee", "0"),
                "--max-fee: the max fee 0 wei/gas is below the next base fee");
        // same first and last four hex digits as the wallet's own account: the address-poisoning pattern
        String lookAlike = "0xf39f" + "0".repeat(32) + "2266";
        CliRun poisoned = expectRefused(concat(base, "--to", lookAlike, "--amount", "1"), "--yes: the recipient looks like " + SENDER);
        assertTrue(poisoned.out().contains("WARNING: 0xF39F") && poisoned.out().contains("address poisoning"), poisoned.out());

        CliRun pending = run(null, "wallet", "pending", "--all");
        assertEquals(0, pending.exit(), pending.err());
        assertTrue(pending.out().contains("The outbox is empty."), pending.out());
    }

    private CliRun expectRefused(String[] args, String message) {
        CliRun r = run(null, args);
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains(message), "expected '" + message + "' in: " + r.err());
        return r;
    }

    @Test
    void send_wrongChainIdThenNodeDownDuringBroadcast_refusedThenSavedAndSentByTheNextCommand() throws Exception {
        try (Devnet devnet = Devnet.start(DevnetConfig.defaults(dir.resolve("standalone")).withBlockTimeMs(0).withWsPort(-1));
             TamperingRpcProxy proxy = new TamperingRpcProxy(devnet.rpcUrl(), "eth_sendRawTransaction", (params, result) -> false)) {
            devnet.mineBlock();
            String genesis = new HttpRpcClient(devnet.rpcUrl()).call("eth_getBlockByNumber", "0x0", false).get("hash").asText();
            String wrong = addNetwork("Wrong chain", "1", devnet.rpcUrl().toString(), genesis);
            restore("--network", wrong);
            CliRun mismatch = run(null, "wallet", "send", "--network", wrong, "--to", RECIPIENT, "--amount", "1", "--password-file", password, "--yes");
            assertEquals(2, mismatch.exit(), mismatch.out() + mismatch.err());
            assertTrue(mismatch.err().contains("chainId: the node reports chain id 21844 but this wallet is for " + wrong + " (chain id 1)"),
                    mismatch.err());

            String flaky = addNetwork("Flaky", "21844", proxy.uri().toString(), genesis);
            restore("--network", flaky);
            proxy.refuse(true);
            CliRun down = run(null, "wallet", "send", "--network", flaky, "--to", RECIPIENT, "--amount", "2", "--password-file", password, "--yes");
            assertEquals(2, down.exit(), down.out() + down.err());
            Matcher saved = Pattern.compile("The signed transaction (0x[0-9a-f]{64}) is saved").matcher(down.err());
            assertTrue(saved.find(), down.err());
            String hash = saved.group(1);
            assertTrue(down.err().contains("stays in the outbox (state SIGNED) and is broadcast again by the next"), down.err());
            assertEquals(0, transactionsInNewBlock(devnet), "the node never saw it");

            CliRun stillDown = run(null, "wallet", "pending", "--network", flaky);
            assertTrue(stillDown.out().contains("Saved transaction " + hash + " could not be sent yet"), stillDown.out());
            assertTrue(stillDown.out().contains("SIGNED    SEND     nonce 0    " + hash), stillDown.out());

            proxy.refuse(false);
            CliRun resent = run(null, "wallet", "pending", "--network", flaky);
            assertEquals(0, resent.exit(), resent.err());
            assertTrue(resent.out().contains("Re-sent saved transaction " + hash + " (PENDING)"), resent.out());
            assertEquals(1, transactionsInNewBlock(devnet));
            CliRun included = run(null, "wallet", "pending", "--network", flaky, "--all");
            assertTrue(included.out().matches("(?s).*INCLUDED  SEND     nonce 0    " + hash + "  2 UNC to " + RECIPIENT_CHECKSUMMED
                    + "  block #\\d+, 1 confirmation\\(s\\).*"), included.out());
        }
    }

    private static int transactionsInNewBlock(Devnet devnet) {
        long number = devnet.mineBlock().number();
        return new HttpRpcClient(devnet.rpcUrl()).call("eth_getBlockByNumber", "0x" + Long.toHexString(number), false).get("transactions").size();
    }

    private String addNetwork(String name, String chainId, String rpc, String genesis) {
        CliRun added = run(null, "networks", "add", "--name", name, "--chain-id", chainId, "--rpc", rpc, "--checkpoint-number", "0",
                "--checkpoint-hash", genesis);
        assertEquals(0, added.exit(), added.err());
        Matcher id = Pattern.compile("\\(id ([^)]+)\\)").matcher(added.out());
        assertTrue(id.find(), added.out());
        return id.group(1);
    }
}
