package net.utilitynet.devnet.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON-RPC over HTTP POST on the JDK's built-in server. Requests are read up to {@link #maxRequestBytes}
 * (larger bodies are refused without being buffered); handlers run on a bounded, named pool whose overflow
 * runs on the accepting thread, which slows clients down instead of dropping them.
 */
public final class RpcServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RpcServer.class);
    public static final int DEFAULT_MAX_REQUEST_BYTES = 5 * 1024 * 1024;

    static {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, each answer on a kept-alive
        // connection waits for the client's delayed ACK (~40 ms). Read once by the server's config class.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer http;
    private final ThreadPoolExecutor pool;
    private final RpcDispatcher dispatcher;
    private final int maxRequestBytes;

    private RpcServer(HttpServer http, ThreadPoolExecutor pool, RpcDispatcher dispatcher, int maxRequestBytes) {
        this.http = http;
        this.pool = pool;
        this.dispatcher = dispatcher;
        this.maxRequestBytes = maxRequestBytes;
    }

    public static RpcServer start(String host, int port, RpcDispatcher dispatcher, int threads, int maxRequestBytes)
            throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 128);
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(256), r -> {
                    Thread t = new Thread(r, "devnet-rpc-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        RpcServer server = new RpcServer(http, pool, dispatcher, maxRequestBytes);
        http.createContext("/", server::exchange);
        http.setExecutor(pool);
        http.start();
        return server;
    }

    public URI url() {
        InetSocketAddress a = http.getAddress();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort());
    }

    private void exchange(HttpExchange ex) throws IOException {
        try (ex) {
            if ("OPTIONS".equals(ex.getRequestMethod())) {
                ex.getResponseHeaders().add("Allow", "POST, OPTIONS");
                ex.sendResponseHeaders(204, -1);
                return;
            }
            if (!"POST".equals(ex.getRequestMethod())) {
                send(ex, 405, RpcDispatcher.error(null, RpcException.INVALID_REQUEST,
                        "JSON-RPC requests must use HTTP POST, got " + ex.getRequestMethod()));
                return;
            }
            byte[] body = readLimited(ex.getRequestBody());
            if (body == null) {
                send(ex, 413, RpcDispatcher.error(null, RpcException.INVALID_REQUEST,
                        "invalid request: body exceeds the limit of " + maxRequestBytes + " bytes"));
                return;
            }
            JsonNode request;
            try {
                request = Json.MAPPER.readTree(body);
            } catch (JsonProcessingException e) {
                send(ex, 200, RpcDispatcher.error(null, RpcException.PARSE_ERROR, "parse error: " + e.getOriginalMessage()));
                return;
            }
            if (request == null || request.isMissingNode()) {
                send(ex, 200, RpcDispatcher.error(null, RpcException.PARSE_ERROR, "parse error: empty request body"));
                return;
            }
            JsonNode answer = dispatcher.handle(request);
            if (answer == null) {
                ex.sendResponseHeaders(204, -1);
            } else {
                send(ex, 200, answer);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("RPC exchange failed", e);
        }
    }

    /** Reads the body, or returns null as soon as it passes the limit. */
    private byte[] readLimited(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        byte[] buf = new byte[16 * 1024];
        int total = 0;
        for (int r; (r = in.read(buf)) != -1; ) {
            total += r;
            if (total > maxRequestBytes) {
                return null;
            }
            out.write(buf, 0, r);
        }
        return out.toByteArray();
    }

    private static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }

    @Override
    public void close() {
        http.stop(0);
        pool.shutdownNow();
    }
}
