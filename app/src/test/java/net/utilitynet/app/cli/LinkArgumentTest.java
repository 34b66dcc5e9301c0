package net.utilitynet.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import net.utilitynet.app.config.DataDirectory;
import net.utilitynet.app.config.InstanceLock;
import net.utilitynet.app.link.HandoffServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code utilitynet [LINK]} and {@code utilitynet gui [LINK]} while a "running window" (the lock and the hand-off
 * listener, as the GUI holds them) uses the data directory: the command hands over and exits 0, no GUI of its own.
 */
class LinkArgumentTest {
    private static final String LINK = "utilitynet:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266@21844?value=1.5e18";

    @TempDir
    Path temp;

    private DataDirectory dir;
    private InstanceLock lock;
    private HandoffServer window;
    private final BlockingQueue<Optional<String>> received = new LinkedBlockingQueue<>();


    @BeforeEach
    void runningWindow() throws Exception {
        dir = new DataDirectory(temp.resolve("data"));
        lock = InstanceLock.acquire(dir);
        window = HandoffServer.start(dir, received::add);
    }

    @AfterEach
    void closeWindow() {
        window.close();
        lock.close();
    }

    private CliRun run(String... args) {
        return CliRun.withHomeVariable(dir.root(), temp, args);
    }

    @Test
    void help_describesTheLinkArgument() {
        CliRun run = run("--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("[LINK]"), run.out());
        assertTrue(run.out().contains("utilitynet:0xADDRESS[@CHAIN_ID][?value=WEI]"), run.out());
        assertTrue(run.out().contains("networks"), "subcommands are still listed: " + run.out());
    }

    @Test
    void link_windowRunning_handedOverAndExits0() throws Exception {
        CliRun run = run(LINK);
        assertEquals(0, run.exit(), run.err());
        assertEquals("UtilityNet Desktop is already running on " + dir.root() + ": the link was passed to its window."
                + System.lineSeparator(), run.err());
        assertEquals(Optional.of(LINK), received.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void guiSubcommandWithLink_sameAsRoot() throws Exception {
        CliRun run = run("gui", "ethereum:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        assertEquals(0, run.exit(), run.err());
        assertEquals(Optional.of("ethereum:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"), received.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void noLink_windowRunning_broughtToFrontInsteadOfLockError() throws Exception {
        CliRun run = run();
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().endsWith("its window was brought to the front." + System.lineSeparator()), run.err());
        assertEquals(Optional.empty(), received.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void malformedLink_errorOnStderr_windowStillReachedAndTold() throws Exception {
        String bad = "utilitynet:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266?value=1.5";
        CliRun run = run(bad);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().startsWith("error: link: value= is in wei and must come out whole"), run.err());
        assertTrue(run.err().contains("(the app opens without the link)"), run.err());
        // the window gets the link as it was and explains the problem itself (in a dialog)
        assertEquals(Optional.of(bad), received.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void wordThatIsNoLink_exits2AsAMistypedCommand() {
        CliRun run = run("walet");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("error: 'walet' is neither a command nor a link."), run.err());
        assertTrue(received.isEmpty());
    }

    @Test
    void subcommandNeedingTheLock_stillRefusedWithLockMessage() {
        CliRun run = run("networks", "list");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("error: Another UtilityNet Desktop is already using " + dir.root()), run.err());
    }
}
