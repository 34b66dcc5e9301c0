package net.utilitynet.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import net.utilitynet.app.UserFacingException;
import net.utilitynet.devnet.Devnet;
import net.utilitynet.devnet.DevnetConfig;
import net.utilitynet.protocol.chain.ChainParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code utilitynet devnet}: a standalone devnet that several app instances (a miner and a renter) can share. Runs
 * until Ctrl+C or SIGTERM, then stops its servers and block producer and closes its database.
 */
@Command(name = "devnet", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a standalone local UtilityNet devnet (JSON-RPC over HTTP) until Ctrl+C / SIGTERM.",
            "Its chain lives in DATA_DIR/data/devnet-standalone (DATA_DIR: --data-dir, else the app's data directory).",
            "Add it to an app with: utilitynet networks add … --rpc http://HOST:PORT (chain id 21844)."})
public final class DevnetCommand implements Callable<Integer> {

    /** The standalone devnet's folder under {@code data/} (the embedded one uses {@code data/devnet/devnet}). */
    static final String STANDALONE_FOLDER = "devnet-standalone";

    @ParentCommand
    private UtilityNetCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8545", description = "HTTP JSON-RPC port, 0 for any free port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--ws-port", paramLabel = "PORT", defaultValue = "8546",
            description = "WebSocket port (eth_subscribe newHeads), 0 for any free port, -1 for none (default: ${DEFAULT-VALUE}).")
    private int wsPort;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = DevnetConfig.DEFAULT_HOST,
            description = "Interface to listen on (default: ${DEFAULT-VALUE}; other hosts expose the devnet to the network).")
    private String host;

    @Option(names = "--genesis", paramLabel = "FILE", description = "Genesis / chain parameters JSON (default: the bundled devnet genesis).")
    private Path genesis;

    @Option(names = "--block-time", paramLabel = "MS", defaultValue = "2000",
            description = "Block interval in ms; 0 = blocks only on demand (evm_mine) (default: ${DEFAULT-VALUE}).")
    private long blockTimeMs;

    @Override
    public Integer call() throws IOException {
        DevnetConfig config;
        Path folder = root.dataDirRoot().resolve("data").resolve(STANDALONE_FOLDER);
        try {
            config = DevnetConfig.defaults(folder).withHost(host).withPort(port).withWsPort(wsPort)
                    .withBlockTimeMs(blockTimeMs).withGenesis(genesis == null ? ChainParams.devnet() : readGenesis(genesis));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage());
        }
        Devnet devnet;
        try {
            devnet = Devnet.start(config);
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException("the devnet did not start: " + e.getMessage()
                    + (e instanceof java.net.BindException ? " (is another devnet using port " + port + "? pick another with --port)" : ""), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        AtomicBoolean closed = new AtomicBoolean();
        Runnable stop = () -> {
            if (closed.compareAndSet(false, true)) {
                long head = devnet.headNumber();
                devnet.close();
                out.printf("Devnet stopped at block #%d; its database is closed.%n", head);
                out.flush();
            }
        };
        Thread hook = new Thread(stop, "devnet-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("UtilityNet devnet RPC: " + devnet.rpcUrl());
        devnet.wsUrl().ifPresent(ws -> out.println("UtilityNet devnet WebSocket: " + ws));
        out.printf("Chain data: %s (head #%d). Ctrl+C stops it.%n", folder, devnet.headNumber());
        out.flush();
        try {
            new CountDownLatch(1).await(); // until Ctrl+C / SIGTERM (the hook closes the devnet) or an interrupt
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
                stop.run();
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting: the hook closes the devnet
            }
        }
        return 0;
    }

    private static ChainParams readGenesis(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return ChainParams.fromJson(in);
        } catch (NoSuchFileException e) {
            throw new UserFacingException("--genesis: no such file " + file);
        } catch (RuntimeException e) {
            throw new UserFacingException("--genesis " + file + ": " + e.getMessage());
        }
    }
}
