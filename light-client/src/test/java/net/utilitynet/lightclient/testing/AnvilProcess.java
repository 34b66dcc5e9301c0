package net.utilitynet.lightclient.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Anvil node (Foundry's independent Ethereum implementation) on a free loopback port, installed by
 * {@code scripts/install-anvil.sh} ({@code $ANVIL} may point elsewhere). Talked to with the light client's own
 * {@code HttpRpcClient}.
 */
public final class AnvilProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("Listening on 127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final URI uri;

    private AnvilProcess(Process process, int port) {
        this.process = process;
        this.uri = URI.create("http://127.0.0.1:" + port + "/");
    }

    public static Optional<Path> findBinary() {
        String env = System.getenv("ANVIL");
        Path path = env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".cache", "utilitynet", "anvil", "bin", "anvil");
        return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }

    public static AnvilProcess start(Path binary) throws IOException {
        Process process = new ProcessBuilder(binary.toString(), "--host", "127.0.0.1", "--port", "0")
                .redirectErrorStream(true).start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread drain = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new IOException("anvil exited"));
        }, "anvil-output");
        drain.setDaemon(true);
        drain.start();
        try {
            return new AnvilProcess(process, port.get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("anvil did not report a listening port within 60 s: " + e, e);
        }
    }

    public URI uri() {
        return uri;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
