package net.utilitynet.miner.market;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import net.utilitynet.lightclient.rpc.HttpRpcClient;

/** A standalone devnet ({@code DevnetMain}) in a child JVM, on-demand blocks, over loopback HTTP. */
final class ChildDevnet implements AutoCloseable {
    final Process process;
    final URI url;
    final HttpRpcClient rpc;

    ChildDevnet(Path dataDir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "net.utilitynet.devnet.DevnetMain",
                "--port", "0", "--ws-port", "-1", "--data-dir", dataDir.toString(), "--block-time", "0")
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        URI found = null;
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("UtilityNet devnet RPC: ")) {
                found = URI.create(line.substring("UtilityNet devnet RPC: ".length()).trim());
                break;
            }
        }
        if (found == null) {
            throw new IllegalStateException("the devnet child exited with " + process.waitFor() + " before printing its RPC address");
        }
        url = found;
        rpc = new HttpRpcClient(url);
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "devnet-child-output");
        drain.setDaemon(true);
        drain.start();
    }

    void mine() {
        rpc.call("evm_mine");
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
