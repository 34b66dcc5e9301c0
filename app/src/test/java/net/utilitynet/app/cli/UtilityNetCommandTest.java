package net.utilitynet.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
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

    /** One run of the command line with captured stdout, stderr and exit code. */
    record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // The environment points elsewhere, so that tests prove --data-dir is used.
        UtilityNetCommand root = new UtilityNetCommand(
                new DataDirResolver(Map.of("UTILITYNET_HOME", temp.resolve("env-home").toString()), "Linux", temp));
        CommandLine commandLine = UtilityNetCommand.newCommandLine(root);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private String dataDir() {
        return temp.resolve("data").toString();
    }

    @Test
    void version_printsNameAndFilteredVersion() {
        Run run = run("--version");
        assertEquals(0, run.exitCode());
        assertEquals("utilitynet 0.1.0-SNAPSHOT" + System.lineSeparator(), run.out());
        assertEquals("0.1.0-SNAPSHOT", AppVersion.version());
    }

    @Test
    void help_listsGlobalOptionAndSubcommands() {
        Run run = run("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--data-dir=DIR"), run.out());
        assertTrue(run.out().contains("networks"), run.out());
        assertTrue(run.out().contains("gui"), run.out());
        assertTrue(run.err().isEmpty(), run.err());
    }

    @Test
    void unknownOption_exitsWithUsageErrorOnStderr() {
        Run run = run("--no-such-option");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option: '--no-such-option'"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void networksList_freshDataDir_showsActiveDevnet() {
        Run run = run("--data-dir", dataDir(), "networks", "list");
        assertEquals(0, run.exitCode(), run.err());
        String devnetRow = run.out().lines().filter(l -> l.contains("devnet")).findFirst().orElseThrow();
        assertTrue(devnetRow.startsWith("*"), devnetRow);
        assertTrue(devnetRow.contains("Local devnet (embedded)") && devnetRow.contains("21844"), devnetRow);
    }

    @Test
    void networksAdd_badInput_exits2NamingEachOptionAndFix() {
        Run run = run("--data-dir", dataDir(), "networks", "add", "--name", "X", "--chain-id", "abc",
                "--rpc", "ftp://x", "--checkpoint-number", "0", "--checkpoint-hash", "0x12");
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("error: the network was not added:"), run.err());
        assertTrue(run.err().contains("--chain-id: Chain ID: \u201cabc\u201d is not a whole number"), run.err());
        assertTrue(run.err().contains("--rpc: RPC URL 1 (\u201cftp://x\u201d): use an http:// or https:// address"), run.err());
        assertTrue(run.err().contains("--checkpoint-hash: Checkpoint hash: enter 0x followed by 64 hex digits"), run.err());
    }

    @Test
    void networksAddListRemove_roundTrip_changesWhatListShows() {
        String hash = "0x" + "cd".repeat(32);
        Run add = run("--data-dir", dataDir(), "networks", "add", "--name", "Team testnet", "--chain-id", "1337",
                "--rpc", "https://a.example.org", "--rpc", "http://10.0.0.2:8545",
                "--checkpoint-number", "64", "--checkpoint-hash", hash, "--use");
        assertEquals(0, add.exitCode(), add.err());
        assertEquals("Added network 'Team testnet' (id team-testnet), now active." + System.lineSeparator(), add.out());

        // --data-dir after the subcommand works too (inherited option).
        Run list = run("networks", "list", "--data-dir", dataDir());
        String row = list.out().lines().filter(l -> l.contains("team-testnet")).findFirst().orElseThrow();
        assertTrue(row.startsWith("*") && row.contains("https://a.example.org, http://10.0.0.2:8545") && row.contains(hash), row);

        Run remove = run("--data-dir", dataDir(), "networks", "remove", "team-testnet");
        assertEquals(0, remove.exitCode(), remove.err());
        assertTrue(remove.out().contains("Active network: devnet."), remove.out());
        assertTrue(run("--data-dir", dataDir(), "networks", "list").out().lines().noneMatch(l -> l.contains("team-testnet")));
    }

    @Test
    void networksAdd_syncModeSkip_isStoredAndListed_badModeNamesTheOption() {
        String hash = "0x" + "cd".repeat(32);
        Run bad = run("--data-dir", dataDir(), "networks", "add", "--name", "Far", "--chain-id", "21844",
                "--rpc", "https://a.example.org", "--checkpoint-number", "0", "--checkpoint-hash", hash, "--sync-mode", "fast");
        assertEquals(2, bad.exitCode());
        assertEquals("error: --sync-mode: 'fast' is not a sync mode; use full or skip" + System.lineSeparator(), bad.err());

        Run add = run("--data-dir", dataDir(), "networks", "add", "--name", "Far", "--chain-id", "21844",
                "--rpc", "https://a.example.org", "--checkpoint-number", "0", "--checkpoint-hash", hash, "--sync-mode", "SKIP");
        assertEquals(0, add.exitCode(), add.err());
        String row = run("--data-dir", dataDir(), "networks", "list").out().lines().filter(l -> l.contains("far")).findFirst().orElseThrow();
        assertTrue(row.endsWith("(skip sync)"), row);
    }

    @Test
    void networksRemove_builtIn_exits2WithReason() {
        Run run = run("--data-dir", dataDir(), "networks", "remove", "devnet");
        assertEquals(2, run.exitCode());
        assertEquals("error: The built-in network 'devnet' cannot be changed or removed." + System.lineSeparator(), run.err());
    }

    @Test
    void networksList_dataDirLockedByAnotherInstance_exits2WithLockMessage() {
        DataDirectory dir = new DataDirectory(Path.of(dataDir()));
        try (InstanceLock held = InstanceLock.acquire(dir)) {
            Run run = run("--data-dir", dataDir(), "networks", "list");
            assertEquals(2, run.exitCode());
            assertTrue(run.err().startsWith("error: Another UtilityNet Desktop is already using " + dir.root() + " (pid "),
                    run.err());
            assertTrue(run.err().contains("Close it, or start with --data-dir OTHER."), run.err());
        }
    }

    @Test
    void networksList_dataDirIsAFile_exits2NamingTheFix() throws Exception {
        Path file = Files.createFile(temp.resolve("not-a-folder"));
        Run run = run("--data-dir", file.toString(), "networks", "list");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: Cannot create the data directory " + file), run.err());
        assertTrue(run.err().contains("choose another folder with --data-dir."), run.err());
    }

    @Test
    void guiHelp_printsUsageWithoutStartingJavaFx() {
        Run run = run("gui", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: utilitynet gui"), run.out());
        assertFalse(run.out().contains("--screenshots"), "hidden option must stay hidden");
    }

    @Test
    void networks_withoutSubcommand_exits2AskingForOne() {
        Run run = run("--data-dir", dataDir(), "networks");
        assertEquals(2, run.exitCode());
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
