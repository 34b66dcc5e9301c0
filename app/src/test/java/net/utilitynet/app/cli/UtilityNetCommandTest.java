package net.utilitynet.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import net.utilitynet.app.AppVersion;
import net.utilitynet.app.config.DataDirResolver;
import net.utilitynet.app.config.DataDirectory;
import net.utilitynet.app.config.InstanceLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class UtilityNetCommandTest {

    @TempDir
    Path temp;


    private CliRun run(String... args) {
        // The environment points elsewhere, so that tests prove --data-dir is used.
        return CliRun.withHomeVariable(temp.resolve("env-home"), temp, args);
    }

    private String dataDir() {
        return temp.resolve("data").toString();
    }

    @Test
    void version_printsNameAndFilteredVersion() {
        CliRun run = run("--version");
        assertEquals(0, run.exit());
        assertEquals("utilitynet 0.1.0-SNAPSHOT" + System.lineSeparator(), run.out());
        assertEquals("0.1.0-SNAPSHOT", AppVersion.version());
    }

    @Test
    void help_listsGlobalOptionAndSubcommands() {
        CliRun run = run("--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("--data-dir=DIR"), run.out());
        assertTrue(run.out().contains("networks"), run.out());
        assertTrue(run.out().contains("gui"), run.out());
        assertTrue(run.err().isEmpty(), run.err());
    }

    @Test
    void unknownOption_exitsWithUsageErrorOnStderr() {
        CliRun run = run("--no-such-option");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Unknown option: '--no-such-option'"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void networksList_freshDataDir_showsActiveDevnet() {
        CliRun run = run("--data-dir", dataDir(), "networks", "list");
        assertEquals(0, run.exit(), run.err());
        String devnetRow = run.out().lines().filter(l -> l.contains("devnet")).findFirst().orElseThrow();
        assertTrue(devnetRow.startsWith("*"), devnetRow);
        assertTrue(devnetRow.contains("Local devnet (embedded)") && devnetRow.contains("21844"), devnetRow);
    }

    @Test
    void networksAdd_badInput_exits2NamingEachOptionAndFix() {
        CliRun run = run("--data-dir", dataDir(), "networks", "add", "--name", "X", "--chain-id", "abc",
                "--rpc", "ftp://x", "--checkpoint-number", "0", "--checkpoint-hash", "0x12");
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("error: the network was not added:"), run.err());
        assertTrue(run.err().contains("--chain-id: Chain ID: \u201cabc\u201d is not a whole number"), run.err());
        assertTrue(run.err().contains("--rpc: RPC URL 1 (\u201cftp://x\u201d): use an http:// or https:// address"), run.err());
        assertTrue(run.err().contains("--checkpoint-hash: Checkpoint hash: enter 0x followed by 64 hex digits"), run.err());
    }

    @Test
    void networksAddListRemove_roundTrip_changesWhatListShows() {
        String hash = "0x" + "cd".repeat(32);
        CliRun add = run("--data-dir", dataDir(), "networks", "add", "--name", "Team testnet", "--chain-id", "1337",
                "--rpc", "https://a.example.org", "--rpc", "http://10.0.0.2:8545",
                "--checkpoint-number", "64", "--checkpoint-hash", hash, "--use");
        assertEquals(0, add.exit(), add.err());
        assertEquals("Added network 'Team testnet' (id team-testnet), now active." + System.lineSeparator(), add.out());

        // --data-dir after the subcommand works too (inherited option).
        CliRun list = run("networks", "list", "--data-dir", dataDir());
        String row = list.out().lines().filter(l -> l.contains("team-testnet")).findFirst().orElseThrow();
        assertTrue(row.startsWith("*") && row.contains("https://a.example.org, http://10.0.0.2:8545") && row.contains(hash), row);

        CliRun remove = run("--data-dir", dataDir(), "networks", "remove", "team-testnet");
        assertEquals(0, remove.exit(), remove.err());
        assertTrue(remove.out().contains("Active network: devnet."), remove.out());
        assertTrue(run("--data-dir", dataDir(), "networks", "list").out().lines().noneMatch(l -> l.contains("team-testnet")));
    }

    @Test
    void networksAdd_syncModeSkip_isStoredAndListed_badModeNamesTheOption() {
        String hash = "0x" + "cd".repeat(32);
        CliRun bad = run("--data-dir", dataDir(), "networks", "add", "--name", "Far", "--chain-id", "21844",
                "--rpc", "https://a.example.org", "--checkpoint-number", "0", "--checkpoint-hash", hash, "--sync-mode", "fast");
        assertEquals(2, bad.exit());
        assertEquals("error: --sync-mode: 'fast' is not a sync mode; use full or skip" + System.lineSeparator(), bad.err());

        CliRun add = run("--data-dir", dataDir(), "networks", "add", "--name", "Far", "--chain-id", "21844",
                "--rpc", "https://a.example.org", "--checkpoint-number", "0", "--checkpoint-hash", hash, "--sync-mode", "SKIP");
        assertEquals(0, add.exit(), add.err());
        String row = run("--data-dir", dataDir(), "networks", "list").out().lines().filter(l -> l.contains("far")).findFirst().orElseThrow();
        assertTrue(row.endsWith("(skip sync)"), row);
    }

    @Test
    void networksRemove_builtIn_exits2WithReason() {
        CliRun run = run("--data-dir", dataDir(), "networks", "remove", "devnet");
        assertEquals(2, run.exit());
        assertEquals("error: The built-in network 'devnet' cannot be changed or removed." + System.lineSeparator(), run.err());
    }

    @Test
    void networksList_dataDirLockedByAnotherInstance_exits2WithLockMessage() {
        DataDirectory dir = new DataDirectory(Path.of(dataDir()));
        try (InstanceLock held = InstanceLock.acquire(dir)) {
            CliRun run = run("--data-dir", dataDir(), "networks", "list");
            assertEquals(2, run.exit());
            assertTrue(run.err().startsWith("error: Another UtilityNet Desktop is already using " + dir.root() + " (pid "),
                    run.err());
            assertTrue(run.err().contains("Close it, or start with --data-dir OTHER."), run.err());
        }
    }

    @Test
    void networksList_dataDirIsAFile_exits2NamingTheFix() throws Exception {
        Path file = Files.createFile(temp.resolve("not-a-folder"));
        CliRun run = run("--data-dir", file.toString(), "networks", "list");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("error: Cannot create the data directory " + file), run.err());
        assertTrue(run.err().contains("choose another folder with --data-dir."), run.err());
    }

    @Test
    void guiHelp_printsUsageWithoutStartingJavaFx() {
        CliRun run = run("gui", "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("Usage: utilitynet gui"), run.out());
        assertFalse(run.out().contains("--screenshots"), "hidden option must stay hidden");
    }

    @Test
    void networks_withoutSubcommand_exits2AskingForOne() {
        CliRun run = run("--data-dir", dataDir(), "networks");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Missing command: use one of list, add, remove, use."), run.err());
    }

    @Test
    void dataDirRoot_noFlag_usesEnvironment() {
        UtilityNetCommand root = new UtilityNetCommand(
                new DataDirResolver(Map.of("UTILITYNET_HOME", "/from/env"), "Linux", temp));
        new CommandLine(root).parseArgs();
        assertEquals(Path.of("/from/env"), root.dataDirRoot());
    }
}
