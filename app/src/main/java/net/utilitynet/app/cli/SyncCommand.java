package net.utilitynet.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.UserFacingException;
import net.utilitynet.app.networks.NetworkDefinition;
import net.utilitynet.app.runtime.ChainSetup;
import net.utilitynet.app.runtime.NetworkSession;
import net.utilitynet.devnet.DevnetConfig;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.rpc.EndpointStatus;
import net.utilitynet.lightclient.rpc.NoUsableEndpointException;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.lightclient.sync.SyncCancelledException;
import net.utilitynet.lightclient.sync.SyncMode;
import net.utilitynet.lightclient.verify.VerificationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code utilitynet sync}: verifies headers from the trusted checkpoint to the endpoints' head and prints the
 * verified head. Without {@code --rpc} it syncs the active network into its header store (starting the embedded
 * devnet when that is the active network); with {@code --rpc} it verifies into a one-off store. {@code --mode skip}
 * uses the light client's skip sync and says which headers it believed on committed seals and which it fully verified.
 */
@Command(name = "sync", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Verify block headers up to the head and print the verified head.",
            "Default: the active network (its header store; the embedded devnet is started if it is the active one)."},
        footer = {"", "Exit codes: 0 synced, 3 an endpoint's headers failed verification, 2 bad options, 1 other failures."})
public final class SyncCommand implements Callable<Integer> {

    @ParentCommand
    private UtilityNetCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--rpc", paramLabel = "URL", description = "JSON-RPC endpoint (repeatable); headers go to a temporary store.")
    private List<String> rpc = new ArrayList<>();

    @Option(names = "--checkpoint", paramLabel = "NUMBER:HASH",
            description = "Trusted checkpoint (with --rpc). Default: block 0 of the first endpoint, trusted on first use.")
    private String checkpoint;

    @Option(names = "--linkage-only",
            description = "Check hashes and parent links only (any Ethereum JSON-RPC node); NOT consensus verification.")
    private boolean linkageOnly;

    @Option(names = "--mode", paramLabel = "full|skip", defaultValue = "full",
            description = {"full: every header from the checkpoint under every POCI rule (default).",
                "skip: follow checkpoint headers on their committed seals and fully verify the last 2 epochs only;",
                "older headers are proven on demand. Kept in its own header store (headers-skip.db)."})
    private String mode;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        SyncMode requested = requestedMode();
        if (rpc.isEmpty()) {
            if (checkpoint != null) {
                throw new UserFacingException("--checkpoint needs --rpc; the active network's checkpoint is set with 'utilitynet networks'");
            }
            try (AppContext context = root.openContext()) {
                NetworkDefinition network = context.networks().current().active();
                out.printf("Network: %s (%s)%n", network.name(), network.id());
                try (NetworkSession session = NetworkSession.open(network, context.dataDirectory().data(network.id()),
                        DevnetConfig.DEFAULT_BLOCK_TIME_MS, requested)) {
                    return sync(session, out);
                }
            }
        }
        List<URI> endpoints = ChainCliSupport.endpoints(rpc);
        NetworkDefinition network = ChainCliSupport.adHocNetwork(endpoints, checkpoint, out);
        Path scratch = ChainCliSupport.scratchFolder();
        try (NetworkSession session = NetworkSession.open(network, scratch, 0, requested)) {
            return sync(session, out);
        } finally {
            ChainCliSupport.delete(scratch);
        }
    }

    private SyncMode requestedMode() {
        SyncMode m = switch (mode.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "full" -> SyncMode.FULL;
            case "skip" -> SyncMode.SKIP;
            default -> throw new UserFacingException("--mode: '" + mode + "' is not a sync mode; use full or skip");
        };
        if (linkageOnly && m == SyncMode.SKIP) {
            throw new UserFacingException("--mode skip: skip sync follows POCI checkpoints; it cannot be combined with --linkage-only");
        }
        return linkageOnly ? SyncMode.LINKAGE_ONLY : m;
    }

    private int sync(NetworkSession session, PrintWriter out) {
        LightClient client = session.lightClient();
        session.devnet().ifPresent(devnet -> out.printf("Embedded devnet running at %s%n", devnet.rpcUrl()));
        out.printf("Endpoints: %s%nTrusted checkpoint: %s%nMode: %s%n", String.join(", ",
                client.endpointHealth().stream().map(h -> h.endpoint()).toList()), session.anchor(), client.mode());
        client.verifiedHead().ifPresent(h -> out.printf("Resuming from %s%n", ChainCliSupport.describe(h)));
        out.flush();
        client.addSyncListener(ChainCliSupport.progressPrinter(out));
        Thread hook = ChainCliSupport.cancelOnExit(client);
        try {
            StoredHeader head = ChainCliSupport.join(client.sync());
            if (client.mode() == SyncMode.SKIP) {
                SkipSyncSummary.of(client, head, ChainSetup.pociRules(session.network().chainId()).epochLength()).print(out);
            }
            out.printf("Verified head %s%n", ChainCliSupport.describe(head));
            return 0;
        } catch (VerificationException e) {
            spec.commandLine().getErr().printf("verification failed at block %d (%s): %s%n", e.blockNumber(), e.rule(), e.getMessage());
            return ChainCliSupport.VERIFICATION_FAILED;
        } catch (NoUsableEndpointException e) {
            boolean lied = e.health().stream().anyMatch(h -> h.status() == EndpointStatus.LYING);
            spec.commandLine().getErr().println((lied ? "verification failed: " : "error: ") + e.getMessage());
            return lied ? ChainCliSupport.VERIFICATION_FAILED : 1;
        } catch (SyncCancelledException e) {
            spec.commandLine().getErr().println("sync cancelled; headers verified so far stay stored");
            return 130;
        } finally {
            ChainCliSupport.removeHook(hook);
            client.endpointHealth().forEach(h -> out.printf("  %s  %s%s%n", h.endpoint(), h.status(),
                    h.reason() == null || h.reason().isEmpty() ? "" : " — " + h.reason()));
            out.flush();
        }
    }
}
