package net.utilitynet.app.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import net.utilitynet.app.UserFacingException;
import net.utilitynet.app.runtime.ChainSetup;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.lightclient.sync.RangeVerifier;
import net.utilitynet.lightclient.sync.SyncConfig;
import net.utilitynet.lightclient.verify.ChainRules;
import net.utilitynet.lightclient.verify.HeaderVerifier;
import net.utilitynet.lightclient.verify.VerificationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code utilitynet verify-headers --rpc URL --from N --to M}: checks a range of one endpoint's headers. */
@Command(name = "verify-headers", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Verify headers FROM..TO of one endpoint under every rule of the chain (POCI for UtilityNet,",
            "hashes and parent links with --linkage-only or for chains whose POCI rules this version does not know).",
            "The starting context (the checkpoint header at or before FROM-1) is read from the same endpoint."},
        footer = {"", "Exit codes: 0 every header verified, 3 a header failed (the first failing block is printed),",
            "2 bad options, 1 other failures (endpoint unreachable)."})
public final class VerifyHeadersCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--rpc", required = true, paramLabel = "URL", description = "JSON-RPC endpoint to check.")
    private String rpc;

    @Option(names = "--from", required = true, paramLabel = "N", description = "First block to verify (at least 1).")
    private long from;

    @Option(names = "--to", required = true, paramLabel = "M", description = "Last block to verify.")
    private long to;

    @Option(names = "--linkage-only", description = "Check hashes and parent links only; NOT consensus verification.")
    private boolean linkageOnly;

    @Override
    public Integer call() {
        if (from < 1 || to < from) {
            throw new UserFacingException("--from/--to: need 1 <= FROM <= TO, got " + from + " and " + to);
        }
        URI endpoint = ChainCliSupport.endpoints(List.of(rpc)).get(0);
        long chainId = ChainSetup.chainIdOf(endpoint);
        ChainRules rules = linkageOnly ? null : ChainSetup.pociRules(chainId);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Verifying blocks %,d…%,d of %s (chain id %d, %s)%n", from, to, endpoint, chainId,
                rules == null ? "LINKAGE ONLY: hashes and parent links, NOT consensus-verified" : "POCI: every consensus rule");
        out.flush();
        RangeVerifier.Report report;
        try {
            report = RangeVerifier.verify(new HttpRpcClient(endpoint), rules == null ? null : new HeaderVerifier(rules),
                    from, to, System.currentTimeMillis() / 1000, SyncConfig.DEFAULT_BATCH_SIZE);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("--from/--to: " + e.getMessage() + " (check the endpoint's head with 'utilitynet sync --rpc URL')");
        }
        out.printf("Starting context: block %,d (read from the endpoint, not verified by this command)%n", report.contextFrom());
        if (report.allVerified()) {
            out.printf("All %,d headers verified (%,d…%,d).%n", to - from + 1, from, to);
            return 0;
        }
        VerificationException failure = report.firstFailure().orElseThrow();
        out.printf("Verified up to block %,d.%n", report.verifiedUpTo());
        spec.commandLine().getErr().printf("block %d FAILED (%s): %s%n", failure.blockNumber(), failure.rule(), failure.getMessage());
        return ChainCliSupport.VERIFICATION_FAILED;
    }
}
