package net.utilitynet.bench.lightclient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.LightClientConfig;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.lightclient.sync.SyncConfig;
import net.utilitynet.lightclient.sync.SyncMode;
import net.utilitynet.lightclient.sync.TrustAnchor;
import net.utilitynet.lightclient.verify.ChainRules;
import net.utilitynet.lightclient.verify.HeaderVerifier;
import net.utilitynet.lightclient.verify.VerifiedTip;
import net.utilitynet.protocol.header.BlockHeader;

/**
 * Light-client sync benchmark (issue 5): full-verification sync throughput over loopback HTTP (headers/s, all
 * cores) on a chain with claims at every height the election allows, the same verification without I/O, and the
 * time of a skip sync to the head of a long chain. Usage:
 * {@code scripts/bench.sh lightclient [--blocks 20000] [--miners 50] [--skip-blocks 100000] [--cache DIR]}.
 */
public final class LightClientSyncBench {
    private LightClientSyncBench() {
    }

    public static void main(String[] args) throws Exception {
        int blocks = 20_000;
        int miners = 50;
        int skipBlocks = 100_000;
        Path cache = Path.of("bench", "target", "lightclient-chains");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--blocks" -> blocks = Integer.parseInt(args[++i]);
                case "--miners" -> miners = Integer.parseInt(args[++i]);
                case "--skip-blocks" -> skipBlocks = Integer.parseInt(args[++i]);
                case "--cache" -> cache = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --blocks N --miners M --skip-blocks N --cache DIR");
            }
        }
        ChainRules rules = new ChainRules(BenchChain.CHAIN_ID, BenchChain.EPOCH_LENGTH, BenchChain.FACTOR,
                ChainRules.DEFAULT_FUTURE_TOLERANCE);
        System.out.printf("cores: %d%n", Runtime.getRuntime().availableProcessors());

        List<BlockHeader> full = chain(cache.resolve("full-" + blocks + "-" + miners + ".rlp"), blocks, miners, 0);
        long claims = full.stream().filter(h -> net.utilitynet.protocol.poci.ExtraData.decode(h.extraData()).claim() != null).count();
        System.out.printf("chain: %d blocks, %d miners, %d blocks with a claim (%.0f%%)%n", blocks, miners, claims, 100.0 * claims / blocks);

        double pure = verifyInMemory(full, rules);
        System.out.printf("full verification, no I/O:         %8.0f headers/s%n", pure);
        double http = syncOverHttp(full, rules, SyncMode.FULL);
        System.out.printf("full sync over loopback HTTP:      %8.0f headers/s (target >= 2000 on 2 cores)%n", blocks / http);

        // Skip sync needs claims only in the fully verified window (two epochs before the head).
        List<BlockHeader> longChain = chain(cache.resolve("skip-" + skipBlocks + "-" + miners + ".rlp"), skipBlocks, miners,
                skipBlocks - 3 * BenchChain.EPOCH_LENGTH);
        double skip = syncOverHttp(longChain, rules, SyncMode.SKIP);
        System.out.printf("skip sync to head of %d blocks:  %8.2f s (target <= 5 s)%n", skipBlocks, skip);
    }

    private static List<BlockHeader> chain(Path file, int blocks, int miners, long claimsFrom) throws Exception {
        if (Files.exists(file)) {
            return BenchChain.read(file);
        }
        long first = Instant.now().getEpochSecond() - 2L * blocks - 60;
        List<BlockHeader> chain = new BenchChain(miners).generate(blocks, claimsFrom, first);
        BenchChain.write(file, chain);
        return chain;
    }

    private static double verifyInMemory(List<BlockHeader> chain, ChainRules rules) {
        HeaderVerifier verifier = new HeaderVerifier(rules);
        long now = Instant.now().getEpochSecond();
        long start = System.nanoTime();
        VerifiedTip tip = VerifiedTip.resume(verifier, chain.get(0), List.of());
        for (int from = 1; from < chain.size(); from += 256) {
            tip = tip.extend(chain.subList(from, Math.min(chain.size(), from + 256)), now);
        }
        return (chain.size() - 1) / ((System.nanoTime() - start) / 1e9);
    }

    /** Seconds to sync {@code chain} into a fresh store from its genesis. */
    private static double syncOverHttp(List<BlockHeader> chain, ChainRules rules, SyncMode mode) throws Exception {
        Path dir = Files.createTempDirectory("lc-bench");
        try (HeaderNode node = new HeaderNode(chain)) {
            SyncConfig sync = SyncConfig.of(mode, new TrustAnchor(0, chain.get(0).hash()), rules);
            try (LightClient client = LightClient.open(LightClientConfig.of(List.of(node.uri()), dir.resolve("h.db"), sync))) {
                long start = System.nanoTime();
                StoredHeader head = client.sync().join();
                double seconds = (System.nanoTime() - start) / 1e9;
                if (head.number() != chain.size() - 1) {
                    throw new IllegalStateException("synced to " + head.number() + " instead of " + (chain.size() - 1));
                }
                return seconds;
            }
        }
    }
}
