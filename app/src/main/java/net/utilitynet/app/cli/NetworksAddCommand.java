package net.utilitynet.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.UserFacingException;
import net.utilitynet.app.i18n.Bundles;
import net.utilitynet.app.networks.InvalidNetworkException;
import net.utilitynet.app.networks.NetworkDefinition;
import net.utilitynet.app.networks.NetworkDraft;
import net.utilitynet.app.networks.NetworkField;
import net.utilitynet.app.networks.NetworkSyncMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code utilitynet networks add}: adds a network after the same validation the GUI's dialog uses. */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Add a network reached over JSON-RPC, with a trusted checkpoint.")
public final class NetworksAddCommand implements Callable<Integer> {

    @ParentCommand
    private NetworksCommand networks;

    @Spec
    private CommandSpec spec;

    @Option(names = "--name", paramLabel = "NAME", description = "Display name, e.g. \"Team testnet\".")
    private String name;

    @Option(names = "--chain-id", paramLabel = "ID", description = "The network's chain id, e.g. 21844.")
    private String chainId;

    @Option(names = "--rpc", paramLabel = "URL", description = "JSON-RPC URL (http or https); repeat for more than one.")
    private List<String> rpcUrls = new ArrayList<>();

    @Option(names = "--checkpoint-number", paramLabel = "N", description = "Block number of the trusted checkpoint.")
    private String checkpointNumber;

    @Option(names = "--checkpoint-hash", paramLabel = "0xHASH", description = "Block hash at that number (0x + 64 hex digits).")
    private String checkpointHash;

    @Option(names = "--sync-mode", paramLabel = "full|skip", description = "How the app syncs it: full (every header, the"
            + " default) or skip (checkpoints by their committed seals, the last two epochs in full).")
    private String syncMode = "full";

    @Option(names = "--use", description = "Make it the active network.")
    private boolean use;

    @Override
    public Integer call() {
        NetworkDraft draft = new NetworkDraft(name, chainId, rpcUrls, checkpointNumber, checkpointHash, syncMode());
        try (AppContext context = networks.root.openContext()) {
            NetworkDefinition added;
            try {
                added = context.networks().add(draft).join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof InvalidNetworkException invalid) {
                    throw new UserFacingException(describe(invalid));
                }
                throw e;
            }
            if (use) {
                context.networks().select(added.id()).join();
            }
            spec.commandLine().getOut().printf("Added network '%s' (id %s)%s.%n",
                    added.name(), added.id(), use ? ", now active" : "");
        }
        return 0;
    }

    private NetworkSyncMode syncMode() {
        return switch (syncMode.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "full" -> NetworkSyncMode.FULL;
            case "skip" -> NetworkSyncMode.SKIP;
            default -> throw new UserFacingException("--sync-mode: '" + syncMode + "' is not a sync mode; use full or skip");
        };
    }

    /** One line per problem, each naming the option to fix. */
    static String describe(InvalidNetworkException invalid) {
        return "the network was not added:" + System.lineSeparator() + invalid.errors().stream()
                .map(e -> "  " + option(e.field()) + ": " + Bundles.english(e.messageKey(), e.arguments().toArray()))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    private static String option(NetworkField field) {
        return switch (field) {
            case NAME -> "--name";
            case CHAIN_ID -> "--chain-id";
            case RPC_URLS -> "--rpc";
            case CHECKPOINT_NUMBER -> "--checkpoint-number";
            case CHECKPOINT_HASH -> "--checkpoint-hash";
        };
    }
}
