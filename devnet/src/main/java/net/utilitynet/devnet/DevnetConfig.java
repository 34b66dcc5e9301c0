package net.utilitynet.devnet;

import java.nio.file.Path;
import java.util.Objects;
import net.utilitynet.protocol.chain.ChainParams;

/**
 * How to run a devnet.
 *
 * @param host        interface to bind (loopback by default)
 * @param port        HTTP JSON-RPC port, 0 for any free port
 * @param dataDir     directory of the chain database (created if missing; reused on restart)
 * @param genesis     chain parameters (default: protocol's bundled devnet)
 * @param blockTimeMs block interval; 0 = on-demand mode (blocks only on evm_mine / unc_devMine / {@link Devnet#mineBlock()})
 * @param wsPort      WebSocket JSON-RPC port (eth_subscribe newHeads), 0 for any free port, -1 for none
 */
public record DevnetConfig(String host, int port, Path dataDir, ChainParams genesis, long blockTimeMs, int wsPort) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final long DEFAULT_BLOCK_TIME_MS = 2000;

    public DevnetConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(genesis, "genesis");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535 (0 = any free port), got " + port);
        }
        if (wsPort < -1 || wsPort > 65535) {
            throw new IllegalArgumentException("WebSocket port must be 0..65535 (0 = any free port) or -1 (none), got " + wsPort);
        }
        if (blockTimeMs < 0) {
            throw new IllegalArgumentException("block time must be >= 0 ms (0 = on-demand mode), got " + blockTimeMs);
        }
    }

    /** Without a WebSocket port choice: WebSocket on any free port. */
    public DevnetConfig(String host, int port, Path dataDir, ChainParams genesis, long blockTimeMs) {
        this(host, port, dataDir, genesis, blockTimeMs, 0);
    }

    /** 127.0.0.1, free HTTP and WebSocket ports, the bundled devnet genesis, 2-second blocks. */
    public static DevnetConfig defaults(Path dataDir) {
        return new DevnetConfig(DEFAULT_HOST, 0, dataDir, ChainParams.devnet(), DEFAULT_BLOCK_TIME_MS, 0);
    }

    public DevnetConfig withPort(int newPort) {
        return new DevnetConfig(host, newPort, dataDir, genesis, blockTimeMs, wsPort);
    }

    public DevnetConfig withHost(String newHost) {
        return new DevnetConfig(newHost, port, dataDir, genesis, blockTimeMs, wsPort);
    }

    public DevnetConfig withDataDir(Path newDataDir) {
        return new DevnetConfig(host, port, newDataDir, genesis, blockTimeMs, wsPort);
    }

    public DevnetConfig withGenesis(ChainParams newGenesis) {
        return new DevnetConfig(host, port, dataDir, newGenesis, blockTimeMs, wsPort);
    }

    public DevnetConfig withBlockTimeMs(long newBlockTimeMs) {
        return new DevnetConfig(host, port, dataDir, genesis, newBlockTimeMs, wsPort);
    }

    public DevnetConfig withWsPort(int newWsPort) {
        return new DevnetConfig(host, port, dataDir, genesis, blockTimeMs, newWsPort);
    }
}
