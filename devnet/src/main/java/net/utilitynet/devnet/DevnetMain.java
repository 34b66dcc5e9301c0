package net.utilitynet.devnet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import net.utilitynet.protocol.chain.ChainParams;

/**
 * Standalone devnet: {@code DevnetMain [--port 8545] [--ws-port 8546|-1] [--host 127.0.0.1] [--data-dir DIR]
 * [--genesis FILE] [--block-time MS]}. Prints the RPC URLs and runs until killed.
 */
public final class DevnetMain {
    private DevnetMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        DevnetConfig config;
        try {
            config = parse(args);
        } catch (IOException | RuntimeException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("usage: devnet [--port 8545] [--ws-port 8546|-1] [--host 127.0.0.1] [--data-dir DIR] [--genesis FILE] [--block-time MS]");
            System.exit(2);
            return;
        }
        Devnet devnet;
        try {
            devnet = Devnet.start(config);
        } catch (IOException | RuntimeException e) {
            System.err.println("error: the devnet did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            devnet.close();
            stopped.countDown();
        }, "devnet-shutdown"));
        System.out.println("UtilityNet devnet RPC: " + devnet.rpcUrl());
        devnet.wsUrl().ifPresent(ws -> System.out.println("UtilityNet devnet WebSocket: " + ws));
        System.out.flush();
        stopped.await();
    }

    static DevnetConfig parse(String[] args) throws IOException {
        DevnetConfig c = DevnetConfig.defaults(Path.of(System.getProperty("user.home"), ".utilitynet", "devnet")).withPort(8545).withWsPort(8546);
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            String v = args[++i];
            switch (flag) {
                case "--port" -> c = c.withPort(number(flag, v, 0, 65535));
                case "--host" -> c = c.withHost(v);
                case "--data-dir" -> c = c.withDataDir(Path.of(v));
                case "--ws-port" -> c = c.withWsPort(number(flag, v, -1, 65535));
                case "--block-time" -> c = c.withBlockTimeMs(number(flag, v, 0, Integer.MAX_VALUE));
                case "--genesis" -> {
                    try (InputStream in = Files.newInputStream(Path.of(v))) {
                        c = c.withGenesis(ChainParams.fromJson(in));
                    } catch (java.nio.file.NoSuchFileException e) {
                        throw new IllegalArgumentException("--genesis: no such file " + v);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        return c;
    }

    private static int number(String flag, String v, int min, int max) {
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new IllegalArgumentException(flag + " must be between " + min + " and " + max + ", got " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a number, got \"" + v + "\"");
        }
    }
}
