package net.utilitynet.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.utilitynet.devnet.Devnet;
import net.utilitynet.devnet.DevnetConfig;
import net.utilitynet.protocol.chain.DevnetAccounts;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * Transfers per second from eth_sendRawTransaction to inclusion: N pre-signed EIP-1559 transfers from the ten dev
 * accounts to fresh addresses, sent over HTTP by several client threads (JSON-RPC batches of {@code --batch}
 * eth_sendRawTransaction calls, 1 = one request per transaction; each sender's transactions in nonce order), timed
 * until every sender's on-chain nonce has caught up. The same workload, signed
 * for chain id 31337, then runs against Anvil (scripts/install-anvil.sh).
 *
 * <p>Usage: {@code scripts/bench.sh devnet [--transfers 5000] [--threads 5] [--batch 20] [--block-time-ms 100] [--anvil PATH|none]
 * [--anvil-block-time SECONDS|auto]}. Both nodes mine on an interval by default (100 ms): Anvil's automine mode (one block
 * per transaction) stalls with pending transactions when several clients send at once; {@code auto} selects it anyway.
 */
public final class DevnetTransferBench {
    private static final int SENDERS = 10;
    private static final BigInteger GWEI = BigInteger.TEN.pow(9);
    private static final Pattern QUANTITY = Pattern.compile("\"result\"\\s*:\\s*\"(0x[0-9a-fA-F]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        int transfers = 5000;
        int threads = 5;
        int batch = 20;
        long blockTimeMs = 100;
        String anvil = "auto";
        String anvilBlockTime = "0.1"; // Anvil's automine stalls under concurrent senders; interval mining does not
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--transfers" -> transfers = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--batch" -> batch = Integer.parseInt(args[i + 1]);
                case "--block-time-ms" -> blockTimeMs = Long.parseLong(args[i + 1]);
                case "--anvil" -> anvil = args[i + 1];
                case "--anvil-block-time" -> anvilBlockTime = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        DevnetTransferBench bench = new DevnetTransferBench();
        Path dir = Files.createTempDirectory("devnet-bench");
        double devnetRate;
        try (Devnet devnet = Devnet.start(DevnetConfig.defaults(dir).withBlockTimeMs(blockTimeMs))) {
            devnetRate = bench.run("devnet (block time " + blockTimeMs + " ms)", devnet.rpcUrl(), 21844, transfers, threads, batch);
        }
        String anvilBin = "auto".equals(anvil) ? findAnvil() : "none".equals(anvil) ? null : anvil;
        if (anvilBin == null) {
            System.out.println("anvil: not found (run scripts/install-anvil.sh or pass --anvil PATH); no ratio");
            return;
        }
        double anvilRate;
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(anvilBin, "--port", Integer.toString(port), "--silent"));
        if (!"auto".equals(anvilBlockTime)) {
            cmd.addAll(List.of("--block-time", anvilBlockTime));
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            URI url = URI.create("http://127.0.0.1:" + port);
            bench.awaitUp(url);
            anvilRate = bench.run("auto".equals(anvilBlockTime) ? "anvil (automine)" : "anvil (block time " + anvilBlockTime + " s)", url, 31337,
                    transfers, threads, batch);
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        System.out.printf("ratio devnet/anvil: %.2f%n", devnetRate / anvilRate);
    }

    /**
     * Sends a warm-up of {@code transfers / 5} (JIT, caches, connections), then the measured workload, and returns
     * the measured transfers per second to inclusion.
     */
    double run(String label, URI url, long chainId, int transfers, int threads, int batch) throws Exception {
        int warmup = Math.max(SENDERS, transfers / 5);
        List<List<String>> bySender = sign(chainId, warmup + transfers);
        int warmPerSender = warmup / SENDERS;
        List<List<String>> warm = new ArrayList<>();
        List<List<String>> measured = new ArrayList<>();
        for (List<String> txs : bySender) {
            warm.add(txs.subList(0, warmPerSender));
            measured.add(txs.subList(warmPerSender, txs.size()));
        }
        send(label, url, warm, threads, batch);
        awaitNonces(url, warm);
        long start = System.nanoTime();
        send(label, url, measured, threads, batch);
        long sent = System.nanoTime();
        awaitNonces(url, bySender);
        long end = System.nanoTime();
        int count = measured.stream().mapToInt(List::size).sum();
        double seconds = (end - start) / 1e9;
        double rate = count / seconds;
        System.out.printf("%s: %d transfers (after %d warm-up), %d client threads, batches of %d: %.2f s to inclusion "
                + "(submitted in %.2f s): %.0f transfers/s%n", label, count, warmPerSender * SENDERS, threads, batch, seconds,
                (sent - start) / 1e9, rate);
        return rate;
    }

    /** Each client thread sends the transactions of its senders, each sender's in nonce order. */
    private void send(String label, URI url, List<List<String>> bySender, int threads, int batch) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int slot = t;
                done.add(pool.submit(() -> {
                    for (int s = slot; s < SENDERS; s += threads) {
                        List<String> txs = bySender.get(s);
                        for (int from = 0; from < txs.size(); from += batch) {
                            StringBuilder body = new StringBuilder("[");
                            for (int k = from; k < Math.min(txs.size(), from + batch); k++) {
                                body.append(k == from ? "" : ",").append("{\"jsonrpc\":\"2.0\",\"id\":").append(k)
                                        .append(",\"method\":\"eth_sendRawTransaction\",\"params\":[\"").append(txs.get(k)).append("\"]}");
                            }
                            String answer = post(url, body.append("]").toString());
                            if (answer.contains("\"error\"")) {
                                throw new IllegalStateException(label + " refused a transfer: " + answer);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Waits (at most two minutes) until every sender's on-chain nonce covers its transactions. */
    private void awaitNonces(URI url, List<List<String>> bySender) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        for (int s = 0; s < SENDERS; s++) {
            String address = Credentials.create(Numeric.toHexString(DevnetAccounts.privateKey(s))).getAddress();
            long nonce;
            while ((nonce = nonce(url, address)) < bySender.get(s).size()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(url + " did not include every transfer within 2 minutes: sender " + address
                            + " is at nonce " + nonce + " of " + bySender.get(s).size());
                }
                Thread.onSpinWait();
            }
        }
    }

    private static List<List<String>> sign(long chainId, int transfers) {
        List<List<String>> out = new ArrayList<>();
        List<Credentials> keys = new ArrayList<>();
        for (int s = 0; s < SENDERS; s++) {
            out.add(new ArrayList<>());
            keys.add(Credentials.create(Numeric.toHexString(DevnetAccounts.privateKey(s))));
        }
        for (int i = 0; i < transfers; i++) {
            int s = i % SENDERS;
            String to = Numeric.toHexString(java.util.Arrays.copyOf(Hash.sha3(("bench-recipient-" + i).getBytes(StandardCharsets.US_ASCII)), 20));
            RawTransaction tx = RawTransaction.createEtherTransaction(chainId, BigInteger.valueOf(out.get(s).size()),
                    BigInteger.valueOf(21_000), to, BigInteger.ONE, GWEI, GWEI.multiply(BigInteger.valueOf(50)));
            out.get(s).add(Numeric.toHexString(TransactionEncoder.signMessage(tx, chainId, keys.get(s))));
        }
        return out;
    }

    private long nonce(URI url, String address) throws IOException, InterruptedException {
        String answer = post(url, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_getTransactionCount\",\"params\":[\"" + address + "\",\"latest\"]}");
        Matcher m = QUANTITY.matcher(answer);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer " + answer);
        }
        return Long.decode(m.group(1));
    }

    private String post(URI url, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private void awaitUp(URI url) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                post(url, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}");
                return;
            } catch (IOException e) {
                Thread.onSpinWait();
            }
        }
        throw new IllegalStateException("anvil did not answer at " + url + " within 30 s");
    }

    private static String findAnvil() throws IOException, InterruptedException {
        Path script = Path.of("scripts", "install-anvil.sh");
        if (!Files.isExecutable(script)) {
            return null;
        }
        Process p = new ProcessBuilder(script.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        return p.waitFor() == 0 && out != null ? out.trim() : null;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
