package net.utilitynet.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.UserFacingException;
import net.utilitynet.app.networks.NetworkDefinition;
import net.utilitynet.app.runtime.ChainSetup;
import net.utilitynet.app.runtime.NetworkSession;
import net.utilitynet.devnet.DevnetConfig;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.lightclient.sync.SyncListener;
import net.utilitynet.lightclient.sync.SyncProgress;
import net.utilitynet.lightclient.sync.TrustAnchor;
import net.utilitynet.lightclient.verify.TrustLevel;
import org.web3j.utils.Numeric;

/** Shared by {@code sync}, {@code verify-headers} and {@code verify-account}: endpoints, anchors, progress lines. */
final class ChainCliSupport {

    /** The exit code when something failed verification (usage errors stay 2, unexpected failures 1). */
    static final int VERIFICATION_FAILED = 3;

    private ChainCliSupport() {
    }

    /** {@code --rpc} values as URIs; the message names the bad one. */
    static List<URI> endpoints(List<String> rpc) {
        return rpc.stream().map(text -> {
            try {
                URI uri = URI.create(text);
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                    throw new IllegalArgumentException("not an http(s) URL");
                }
                return uri;
            } catch (IllegalArgumentException e) {
                throw new UserFacingException("--rpc '" + text + "': expected an http(s) URL such as http://127.0.0.1:8545");
            }
        }).toList();
    }

    static TrustAnchor checkpoint(String text) {
        try {
            return TrustAnchor.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("--checkpoint: " + e.getMessage());
        }
    }

    /**
     * A network for endpoints given on the command line: its chain id is asked from the first endpoint (it only picks
     * the rules; every header is still verified), its anchor is {@code --checkpoint} or block 0 of that endpoint.
     */
    static NetworkDefinition adHocNetwork(List<URI> endpoints, String checkpoint, PrintWriter out) {
        long chainId = ChainSetup.chainIdOf(endpoints.get(0));
        TrustAnchor anchor;
        if (checkpoint != null) {
            anchor = checkpoint(checkpoint);
        } else {
            anchor = ChainSetup.genesisOf(endpoints.get(0));
            out.printf("Trusting block 0 %s as served by %s (pass --checkpoint NUMBER:HASH to pin it).%n",
                    Numeric.toHexString(anchor.hash()), endpoints.get(0));
        }
        return new NetworkDefinition("command-line", "command line", chainId, endpoints.stream().map(URI::toString).toList(),
                anchor.number(), Numeric.toHexString(anchor.hash()), false);
    }

    /**
     * Opens the network of {@code --network} (default: the active one) with its own header store, starting the
     * embedded devnet when that is the network, and syncs it to the endpoints' head. Close the session when done.
     */
    static NetworkSession openSynced(AppContext context, String networkOption, PrintWriter out) throws IOException {
        String id = WalletCliSupport.networkId(context, networkOption);
        NetworkDefinition network = context.networks().current().find(id).orElseThrow();
        NetworkSession session = NetworkSession.open(network, context.dataDirectory().data(id), DevnetConfig.DEFAULT_BLOCK_TIME_MS);
        try {
            session.lightClient().addSyncListener(progressPrinter(out));
            StoredHeader head = join(session.lightClient().sync());
            out.printf("Network %s: verified head %s%n", network.name(), describe(head));
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** Prints a progress line at most once a second (and the last one). */
    static SyncListener progressPrinter(PrintWriter out) {
        AtomicLong lastPrinted = new AtomicLong();
        return new SyncListener() {
            @Override
            public void onProgress(SyncProgress progress) {
                long now = System.nanoTime();
                long last = lastPrinted.get();
                boolean done = progress.current() >= progress.target();
                if ((done || now - last >= 1_000_000_000L) && lastPrinted.compareAndSet(last, now)) {
                    // skip sync's first phase walks checkpoint headers only: its rate counts checkpoints
                    boolean checkpoints = progress.phase() == SyncProgress.Phase.CHECKPOINTS;
                    out.printf(Locale.ROOT, "%s %,d / %,d  %3.0f%%  %,.0f %s/s%n", checkpoints ? "following checkpoints" : "syncing",
                            progress.current(), progress.target(), progress.fraction() * 100, progress.headersPerSecond(),
                            checkpoints ? "checkpoints" : "headers");
                    out.flush();
                }
            }
        };
    }

    /** "#1,300 0x… (POCI verified: FULL)" or the linkage-only warning. */
    static String describe(StoredHeader head) {
        return String.format(Locale.ROOT, "#%,d %s (%s)", head.number(), Numeric.toHexString(head.hash()), trust(head.trust()));
    }

    static String trust(TrustLevel trust) {
        return trust.consensusVerified() ? "POCI verified: " + trust
                : "LINKAGE ONLY: hashes and parent links checked, NOT consensus-verified";
    }

    /**
     * Asks {@code check} again on every new verified head (the light client follows the chain meanwhile; no polling
     * sleeps) until it answers or {@code timeout} has passed.
     */
    static <T> Optional<T> awaitOnVerifiedHeads(LightClient light, Duration timeout, Supplier<Optional<T>> check) {
        Semaphore heads = new Semaphore(0);
        SyncListener listener = new SyncListener() {
            @Override
            public void onVerifiedHead(StoredHeader head) {
                heads.release();
            }
        };
        light.addSyncListener(listener);
        light.startFollowing();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                Optional<T> answer = check.get();
                long left = deadline - System.nanoTime();
                if (answer.isPresent() || left <= 0) {
                    return answer;
                }
                if (!heads.tryAcquire(left, TimeUnit.NANOSECONDS)) {
                    return check.get();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            light.stopFollowing();
            light.removeSyncListener(listener);
        }
    }

    /** Waits for a light-client future, turning its failure into the failure itself. */
    static <T> T join(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** A fresh folder for a one-off header store, deleted by {@link #delete}. */
    static Path scratchFolder() {
        try {
            return Files.createTempDirectory("utilitynet-verify-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp folder is harmless
        }
    }

    /** Stops {@code client}'s sync when the JVM is asked to exit (Ctrl+C, SIGTERM); remove it when done. */
    static Thread cancelOnExit(LightClient client) {
        Thread hook = new Thread(client::cancelSync, "utilitynet-sync-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting; the hook runs
        }
    }
}
