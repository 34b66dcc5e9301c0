package net.utilitynet.wallet.anvil;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Anvil node (Foundry's independent Ethereum implementation, installed by the light client's
 * {@code scripts/install-anvil.sh}; {@code $ANVIL} may point elsewhere) on a free loopback port,
 * with the devnet's chain id and Anvil's default dev mnemonic ("test … junk").
 */
final class Anvil implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("Listening on 127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    final URI uri;

    private Anvil(Process process, URI uri) {
        this.process = process;
        this.uri = uri;
    }

    static Optional<Path> binary() {
        String env = System.getenv("ANVIL");
        Path path = env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".cache", "utilitynet", "anvil", "bin", "anvil");
        return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }

    static Anvil start(Path binary, long chainId) throws IOException {
        Process p = new ProcessBuilder(binary.toString(), "--host", "127.0.0.1", "--port", "0", "--chain-id", Long.toString(chainId))
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "anvil-output");
                drain.setDaemon(true);
                drain.start();
                return new Anvil(p, URI.create("http://127.0.0.1:" + m.group(1) + "/"));
            }
        }
        p.destroyForcibly();
        throw new IOException("anvil exited before listening");
    }

    @Override
    public void close() {
        process.destroy();
    }
}
