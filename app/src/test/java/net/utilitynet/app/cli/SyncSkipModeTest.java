package net.utilitynet.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import net.utilitynet.devnet.Devnet;
import net.utilitynet.devnet.DevnetConfig;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.protocol.chain.ChainParams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync --mode skip} on a real devnet of a bit more than four 30-block epochs, and its refusals. */
class SyncSkipModeTest {
    private static final long EPOCH = ChainParams.devnet().epochLength();
    private static final long HEAD = 4 * EPOCH + 10;

    @TempDir
    static Path shared;
    @TempDir
    Path temp;

    private static Devnet devnet;
    private static String rpc;

    @BeforeAll
    static void startDevnet() throws Exception {
        devnet = Devnet.start(DevnetConfig.defaults(shared.resolve("chain")).withBlockTimeMs(0).withWsPort(-1));
        while (devnet.headNumber() < HEAD) {
            devnet.mineBlock();
        }
        rpc = devnet.rpcUrl().toString();
    }

    @AfterAll
    static void stopDevnet() {
        devnet.close();
    }


    private CliRun run(String... args) {
        return CliRun.inDataDir(temp.resolve("home"), args);
    }

    @Test
    void sync_skipMode_checkpointsOnSealsThenLastTwoEpochsFullyVerified() {
        CliRun run = run("sync", "--rpc", rpc, "--mode", "skip");
        assertEquals(0, run.exit(), run.out() + run.err());
        // window: the last 2 epochs before the head's epoch (4) start at checkpoint 2·30 = 60
        assertTrue(run.out().contains("Mode: SKIP"), run.out());
        assertTrue(run.out().contains("following checkpoints 60 / " + HEAD), run.out());
        assertTrue(run.out().contains("Skip sync: 2 checkpoint headers believed on the committed seals of more than 2/3 of the previous"
                + " checkpoint's validators (trust CHECKPOINT): blocks 30, 60"), run.out());
        assertTrue(run.out().contains("Fully verified under every POCI rule (trust FULL): blocks 61…" + HEAD), run.out());
        assertTrue(run.out().contains("Not fetched: the other 58 headers below block 60"), run.out());
        String hash = new HttpRpcClient(devnet.rpcUrl()).call("eth_getBlockByNumber", "0x" + Long.toHexString(HEAD), false).get("hash").asText();
        assertTrue(run.out().contains("Verified head #" + HEAD + " " + hash + " (POCI verified: FULL)"), run.out());
    }

    @Test
    void sync_fullModeDefault_noSkipSummary() {
        CliRun run = run("sync", "--rpc", rpc);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Mode: FULL"), run.out());
        assertFalse(run.out().contains("Skip sync"), run.out());
    }

    @Test
    void sync_badModeOrSkipWithLinkageOnly_refusedNamingTheOption() {
        CliRun bad = run("sync", "--rpc", rpc, "--mode", "fast");
        assertEquals(2, bad.exit(), bad.out());
        assertTrue(bad.err().contains("--mode: 'fast' is not a sync mode; use full or skip"), bad.err());
        CliRun both = run("sync", "--rpc", rpc, "--mode", "skip", "--linkage-only");
        assertEquals(2, both.exit(), both.out());
        assertTrue(both.err().contains("cannot be combined with --linkage-only"), both.err());
    }

    @Test
    void sync_skipModeOnTheActiveNetwork_keepsItsOwnHeaderStore() {
        CliRun run = run("sync", "--mode", "skip");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Skip sync: the chain is within the fully verified window"), run.out());
        assertTrue(Files.isRegularFile(temp.resolve("home/data/devnet/headers-skip.db")));
        assertFalse(Files.exists(temp.resolve("home/data/devnet/headers.db")), "the fully verified store is not touched");
    }
}
