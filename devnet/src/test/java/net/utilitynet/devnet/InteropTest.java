package net.utilitynet.devnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unchanged Ethereum tooling against the devnet: ethers v6 (scripts/install-node-tools.sh) reads balances, sends an
 * EIP-1559 transfer it signed itself, waits for the receipt, recomputes every block hash from the header fields and
 * follows new blocks over the WebSocket endpoint.
 */
class InteropTest {
    private static final Path NODE_MODULES = Path.of(System.getProperty("user.home"), ".cache", "utilitynet", "node-tools", "node_modules");

    @TempDir
    Path dir;

    @Test
    void ethers_transferAndHeaderHashes_matchTheDevnet() throws Exception {
        String node = findNode();
        Assumptions.assumeTrue(node != null, "skipped: `node` is not on the PATH; install Node.js 18+ to run the ethers interop test");
        Assumptions.assumeTrue(Files.isRegularFile(NODE_MODULES.resolve("ethers").resolve("package.json")),
                "skipped: ethers is not installed; run scripts/install-node-tools.sh");
        try (DevnetFixture net = DevnetFixture.start(DevnetConfig.defaults(dir).withBlockTimeMs(200))) {
            ProcessBuilder pb = new ProcessBuilder(node, Path.of("src", "test", "js", "interop.cjs").toString(), net.devnet.rpcUrl().toString(),
                    net.devnet.wsUrl().orElseThrow().toString()).redirectErrorStream(true);
            pb.environment().put("NODE_PATH", NODE_MODULES.toString());
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "node did not finish");
            String output = new String(out, StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), output);
            assertTrue(output.contains("interop ok"), output);
            assertTrue(output.contains("newHeads pushed block"), output);
        }
    }

    private static String findNode() {
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dirName, "node");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
