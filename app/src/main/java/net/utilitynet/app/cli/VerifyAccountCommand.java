package net.utilitynet.app.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import net.utilitynet.app.UserFacingException;
import net.utilitynet.app.networks.NetworkDefinition;
import net.utilitynet.app.runtime.NetworkSession;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.rpc.EndpointStatus;
import net.utilitynet.lightclient.rpc.NoUsableEndpointException;
import net.utilitynet.lightclient.state.Verified;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.lightclient.verify.UnverifiableException;
import net.utilitynet.lightclient.verify.VerificationException;
import net.utilitynet.protocol.trie.ProvenAccount;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.amount.UncAmount;
import org.web3j.utils.Numeric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code utilitynet verify-account ADDRESS --rpc URL [--block N]}: syncs headers into a one-off store, then checks
 * the endpoint's account proof against the verified header.
 */
@Command(name = "verify-account", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print an account's balance and nonce, proven (eth_getProof) against a verified header.",
            "Headers are verified from the checkpoint first (into a temporary store)."},
        footer = {"", "Exit codes: 0 the proof verified, 3 the proof or a header failed verification, 2 bad options,",
            "1 other failures (endpoint unreachable)."})
public final class VerifyAccountCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ADDRESS", description = "0x-prefixed account address.")
    private String address;

    @Option(names = "--rpc", required = true, paramLabel = "URL", description = "JSON-RPC endpoint (repeatable).")
    private List<String> rpc;

    @Option(names = "--block", paramLabel = "N", description = "Block to prove at (default: the verified head).")
    private Long block;

    @Option(names = "--checkpoint", paramLabel = "NUMBER:HASH",
            description = "Trusted checkpoint. Default: block 0 of the first endpoint, trusted on first use.")
    private String checkpoint;

    @Option(names = "--linkage-only", description = "Check hashes and parent links only; NOT consensus verification.")
    private boolean linkageOnly;

    @Override
    public Integer call() throws Exception {
        Address account = WalletCliSupport.wallet(() -> Address.parse(address, "ADDRESS"));
        List<URI> endpoints = ChainCliSupport.endpoints(rpc);
        PrintWriter out = spec.commandLine().getOut();
        NetworkDefinition network = ChainCliSupport.adHocNetwork(endpoints, checkpoint, out);
        Path scratch = ChainCliSupport.scratchFolder();
        try (NetworkSession session = NetworkSession.open(network, scratch, 0, linkageOnly)) {
            LightClient client = session.lightClient();
            client.addSyncListener(ChainCliSupport.progressPrinter(out));
            StoredHeader head = ChainCliSupport.join(client.sync());
            out.printf("Verified head %s%n", ChainCliSupport.describe(head));
            if (block != null && block > head.number()) {
                throw new UserFacingException("--block " + block + ": above the verified head " + head.number() + "; omit it to use the head");
            }
            Verified<ProvenAccount> proven = ChainCliSupport.join(block == null
                    ? client.verifiedAccount(account.bytes(), List.of()) : client.verifiedAccountAt(account.bytes(), block.longValue()));
            ProvenAccount value = proven.value();
            out.printf("Account  %s%n", account);
            out.printf(Locale.ROOT, "Balance  %s UNC (%s wei)%n", UncAmount.ofWei(value.account().balance()).toUncString(), value.account().balance());
            out.printf("Nonce    %s%n", value.account().nonce());
            out.printf(Locale.ROOT, "Proof    verified against block #%,d %s (%s)%n", proven.blockNumber(),
                    Numeric.toHexString(proven.blockHash()), ChainCliSupport.trust(proven.trust()));
            return 0;
        } catch (VerificationException e) {
            spec.commandLine().getErr().printf("Proof    NOT verified: block %d (%s): %s%n", e.blockNumber(), e.rule(), e.getMessage());
            return ChainCliSupport.VERIFICATION_FAILED;
        } catch (NoUsableEndpointException e) {
            boolean lied = e.health().stream().anyMatch(h -> h.status() == EndpointStatus.LYING);
            spec.commandLine().getErr().println((lied ? "Proof    NOT verified: " : "error: ") + e.getMessage());
            return lied ? ChainCliSupport.VERIFICATION_FAILED : 1;
        } catch (UnverifiableException e) {
            throw new UserFacingException("--block " + block + ": " + e.getMessage());
        } finally {
            ChainCliSupport.delete(scratch);
        }
    }
}
