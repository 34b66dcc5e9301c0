package net.utilitynet.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.utilitynet.app.config.DataDirResolver;
import net.utilitynet.devnet.Devnet;
import net.utilitynet.devnet.DevnetConfig;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** devnet, sync, verify-headers and verify-account through the command line against a real devnet over HTTP. */
class ChainCommandsTest {

    private static final String DEV_ACCOUNT_0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    private static final int BLOCKS = 40;

    @TempDir
    static Path shared;
    @TempDir
    Path temp;

    private static Devnet devnet;
    private static String rpc;

    @BeforeAll
    static void startDevnet() throws IOException {
        devnet = Devnet.start(DevnetConfig.defaults(shared.resolve("chain")).withBlockTimeMs(0).withWsPort(-1));
        for (int i = 0; i < BLOCKS; i++) {
            devnet.mineBlock();
        }
        rpc = devnet.rpcUrl().toString();
    }

    @AfterAll
    static void stopDevnet() {
        devnet.close();
    }


    private CommandLine commandLine(Writer out, Writer err) {
        return CliRun.commandLine(new UtilityNetCommand(
                new DataDirResolver(Map.of("UTILITYNET_HOME", temp.resolve("home").toString()), "Linux", temp)), out, err);
    }

    private CliRun run(String... args) {
        return CliRun.withHomeVariable(temp.resolve("home"), temp, args);
    }

    private static String hashOf(long number) {
        return new HttpRpcClient(devnet.rpcUrl()).call("eth_getBlockByNumber", "0x" + Long.toHexString(number), false)
                .get("hash").asText();
    }

    @Test
    void sync_rpc_verifiesToTheHeadAndPrintsIt() {
        CliRun run = run("sync", "--rpc", rpc);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Verified head #" + BLOCKS + " " + hashOf(BLOCKS) + " (POCI verified: FULL)"), run.out());
        assertTrue(run.out().contains("syncing " + BLOCKS + " / " + BLOCKS), run.out());
        assertTrue(run.out().contains("Trusting block 0 " + hashOf(0)), run.out());
    }

    @Test
    void sync_wrongCheckpoint_failsNamingTheCheckpoint() {
        CliRun run = run("sync", "--rpc", rpc, "--checkpoint", "0:0x" + "11".repeat(32));
        assertEquals(3, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("lying") || run.err().contains("anchor") || run.err().contains("checkpoint"), run.err());
    }

    @Test
    void sync_linkageOnly_labelsTheHeadNotConsensusVerified() {
        CliRun run = run("sync", "--rpc", rpc, "--linkage-only");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Verified head #" + BLOCKS + " " + hashOf(BLOCKS)
                + " (LINKAGE ONLY: hashes and parent links checked, NOT consensus-verified)"), run.out());
    }

    @Test
    void sync_activeEmbeddedNetwork_startsTheDevnetInTheDataDirectory() {
        CliRun run = run("--data-dir", temp.resolve("app").toString(), "sync");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Network: Local devnet (embedded) (devnet)"), run.out());
        assertTrue(run.out().contains("Embedded devnet running at http://127.0.0.1:"), run.out());
        assertTrue(run.out().contains("(POCI verified: "), run.out());
        assertTrue(temp.resolve("app/data/devnet/headers.db").toFile().isFile());
        assertTrue(temp.resolve("app/data/devnet/devnet").toFile().isDirectory());
    }

    @Test
    void verifyHeaders_honestNode_exitsZero() {
        CliRun run = run("verify-headers", "--rpc", rpc, "--from", "1", "--to", Integer.toString(BLOCKS));
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("All " + BLOCKS + " headers verified (1…" + BLOCKS + ")."), run.out());
    }

    @Test
    void verifyHeaders_proxyAltersBlock17_namesBlock17AndExitsNonZero() throws IOException {
        try (TamperingRpcProxy proxy = new TamperingRpcProxy(devnet.rpcUrl(), "eth_getBlockByNumber", (params, block) -> {
            if (!"0x11".equals(block.path("number").asText())) {
                return false;
            }
            block.set("gasUsed", TextNode.valueOf("0x5208"));
            return true;
        })) {
            CliRun run = run("verify-headers", "--rpc", proxy.uri().toString(), "--from", "1", "--to", Integer.toString(BLOCKS));
            assertTrue(proxy.altered() > 0, "the proxy lied");
            assertEquals(3, run.exit(), run.out() + run.err());
            assertTrue(run.err().startsWith("block 17 FAILED"), run.err());
            assertTrue(run.out().contains("Verified up to block 16."), run.out());
        }
    }

    @Test
    void verifyHeaders_badRange_isAUsageError() {
        CliRun run = run("verify-headers", "--rpc", rpc, "--from", "9", "--to", "3");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--from/--to: need 1 <= FROM <= TO"), run.err());
    }

    @Test
    void verifyAccount_devAccount_printsProvenBalanceAndNonce() {
        CliRun run = run("verify-account", DEV_ACCOUNT_0, "--rpc", rpc);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Balance  10000 UNC (10000000000000000000000 wei)"), run.out());
        assertTrue(run.out().contains("Nonce    0"), run.out());
        assertTrue(run.out().contains("Proof    verified against block #" + BLOCKS + " " + hashOf(BLOCKS) + " (POCI verified: FULL)"), run.out());

        CliRun atBlock = run("verify-account", DEV_ACCOUNT_0, "--rpc", rpc, "--block", "5");
        assertEquals(0, atBlock.exit(), atBlock.err());
        assertTrue(atBlock.out().contains("Proof    verified against block #5 " + hashOf(5)), atBlock.out());
    }

    @Test
    void verifyAccount_proxyInflatesTheBalance_reportsNotVerified() throws IOException {
        try (TamperingRpcProxy proxy = new TamperingRpcProxy(devnet.rpcUrl(), "eth_getProof", (params, proof) -> {
            proof.set("balance", TextNode.valueOf("0xffffffffffffffffffffffff"));
            return true;
        })) {
            CliRun run = run("verify-account", DEV_ACCOUNT_0, "--rpc", proxy.uri().toString());
            assertTrue(proxy.altered() > 0, "the proxy lied");
            assertEquals(3, run.exit(), run.out() + run.err());
            assertTrue(run.err().startsWith("Proof    NOT verified"), run.err());
            assertTrue(!run.out().contains("Balance"), run.out());
        }
    }

    @Test
    void devnet_standalone_servesRpcUntilStoppedThenClosesCleanly() throws Exception {
        CompletableFuture<String> url = new CompletableFuture<>();
        StringWriter collected = new StringWriter();
        Writer out = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                collected.write(buffer, offset, length);
                Matcher m = Pattern.compile("UtilityNet devnet RPC: (\\S+)").matcher(collected.toString());
                if (m.find()) {
                    url.complete(m.group(1));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        StringWriter err = new StringWriter();
        CommandLine commandLine = commandLine(out, err);
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread runner = new Thread(() -> exit.complete(commandLine.execute("--data-dir", temp.resolve("standalone").toString(),
                "devnet", "--port", "0", "--ws-port", "-1", "--block-time", "0")), "devnet-command");
        runner.start();
        URI endpoint = URI.create(url.get(60, TimeUnit.SECONDS));
        assertEquals("127.0.0.1", endpoint.getHost());
        assertEquals("0x0", new HttpRpcClient(endpoint).call("eth_blockNumber").asText());
        new HttpRpcClient(endpoint).call("evm_mine");
        assertEquals("0x1", new HttpRpcClient(endpoint).call("eth_blockNumber").asText());

        runner.interrupt();
        assertEquals(0, exit.get(60, TimeUnit.SECONDS), err.toString());
        assertTrue(collected.toString().contains("Devnet stopped at block #1; its database is closed."), collected.toString());
        assertTrue(temp.resolve("standalone/data/devnet-standalone/chain.db").toFile().isFile());
        assertThrows(RuntimeException.class, () -> new HttpRpcClient(endpoint).call("eth_blockNumber"));
    }

    @Test
    void devnet_portInUse_explainsTheFix() {
        CliRun run = run("devnet", "--port", Integer.toString(devnet.rpcUrl().getPort()), "--ws-port", "-1");
        assertEquals(2, run.exit(), run.out());
        assertTrue(run.err().contains("the devnet did not start"), run.err());
    }

    @Test
    void walletBalanceAndHistory_embeddedDevnet_showVerifiedBalanceAndConfirmedFaucetTransfer() throws IOException {
        Path dataDir = temp.resolve("wallet-app");
        String recipient = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
        String txHash;
        try (Devnet embedded = Devnet.start(DevnetConfig.defaults(dataDir.resolve("data/devnet/devnet")).withBlockTimeMs(0).withWsPort(-1))) {
            txHash = new HttpRpcClient(embedded.rpcUrl()).call("unc_devFaucet", recipient, "0xde0b6b3a7640000").asText(); // 1 UNC
        }

        CliRun balance = run("--data-dir", dataDir.toString(), "wallet", "balance", recipient);
        assertEquals(0, balance.exit(), balance.err());
        assertTrue(balance.out().contains(recipient + "  10001 UNC  (verified at block #"), balance.out());

        CliRun history = run("--data-dir", dataDir.toString(), "wallet", "history", recipient);
        assertEquals(0, history.exit(), history.err());
        assertTrue(history.out().matches("(?s).*#1 +RECEIVED CONFIRMED +1 UNC from 0x\\w{40}  " + txHash + ".*"), history.out());
    }
}
