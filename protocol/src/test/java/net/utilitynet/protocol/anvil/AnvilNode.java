package net.utilitynet.protocol.anvil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Anvil node (Foundry's independent Ethereum implementation) on a free loopback port, driven over
 * plain JSON-RPC. Installed by {@code scripts/install-anvil.sh}; {@code $ANVIL} may point elsewhere.
 */
final class AnvilNode implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("Listening on 127\\.0\\.0\\.1:(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong ids = new AtomicLong();

    private AnvilNode(Process process, int port) {
        this.process = process;
        this.endpoint = URI.create("http://127.0.0.1:" + port);
    }

    /** The anvil binary from {@code $ANVIL} or the install script's location, if present. */
    static Optional<Path> findBinary() {
        String env = System.getenv("ANVIL");
        Path path = env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".cache", "utilitynet", "anvil", "bin", "anvil");
        return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }

    /** Starts anvil on port 0 and waits until it prints the port it listens on. */
    static AnvilNode start(Path binary) throws IOException {
        Process process = new ProcessBuilder(binary.toString(), "--host", "127.0.0.1", "--port", "0")
                .redirectErrorStream(true).start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread drain = new Thread(() -> drainOutput(process, port), "anvil-output");
        drain.setDaemon(true);
        drain.start();
        try {
            return new AnvilNode(process, port.get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("anvil did not report a listening port within 60 s: " + e, e);
        }
    }

    /** Reads anvil's output for its whole life (so it never blocks on a full pipe) and reports the port. */
    private static void drainOutput(Process process, CompletableFuture<Integer> port) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    port.complete(Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException e) {
            port.completeExceptionally(e);
        }
        port.completeExceptionally(new IOException("anvil exited with code " + process.exitValue()));
    }

    /** Calls {@code method} and returns its {@code result}; a JSON-RPC error becomes an exception. */
    JsonNode call(String method, Object... params) throws IOException, InterruptedException {
        ObjectNode request = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", ids.incrementAndGet()).put("method", method);
        ArrayNode array = request.putArray("params");
        for (Object p : params) {
            array.add(JSON.valueToTree(p));
        }
        HttpRequest http = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request))).build();
        HttpResponse<String> response = this.http.send(http, HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(response.body());
        if (body.hasNonNull("error")) {
            throw new IOException(method + " failed: " + body.get("error"));
        }
        return body.get("result");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
