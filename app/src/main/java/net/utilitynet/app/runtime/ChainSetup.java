package net.utilitynet.app.runtime;

import java.net.URI;
import net.utilitynet.app.UserFacingException;
import net.utilitynet.app.networks.NetworkDefinition;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.lightclient.sync.SyncConfig;
import net.utilitynet.lightclient.sync.SyncMode;
import net.utilitynet.lightclient.sync.TrustAnchor;
import net.utilitynet.lightclient.verify.ChainRules;
import net.utilitynet.protocol.chain.ChainParams;
import org.web3j.utils.Numeric;

/**
 * How the light client verifies one network: POCI (every consensus rule) where this version has the chain's
 * parameters — today the devnet's chain id — and linkage-only (hashes and parent links; NOT consensus-verified)
 * for any other Ethereum-family chain. Shared by the app's runtime and the {@code sync}/{@code verify-*} commands.
 */
public final class ChainSetup {

    private ChainSetup() {
    }

    /** The rules of a POCI chain with {@code chainId}, or null when this version does not know them. */
    public static ChainRules pociRules(long chainId) {
        return chainId == NetworkDefinition.DEVNET_CHAIN_ID ? ChainRules.of(ChainParams.devnet()) : null;
    }

    /** FULL when the chain's POCI rules are known and linkage-only was not asked for, else LINKAGE_ONLY. */
    public static SyncMode mode(long chainId, boolean linkageOnly) {
        return mode(chainId, linkageOnly ? SyncMode.LINKAGE_ONLY : SyncMode.FULL);
    }

    /**
     * The {@code requested} mode where the chain's POCI rules are known; LINKAGE_ONLY where they are not, except that
     * skip sync (which follows POCI checkpoints) cannot fall back and is refused.
     */
    public static SyncMode mode(long chainId, SyncMode requested) {
        if (requested == SyncMode.LINKAGE_ONLY || pociRules(chainId) != null) {
            return requested;
        }
        if (requested == SyncMode.SKIP) {
            throw new UserFacingException("--mode skip: skip sync follows POCI checkpoints, and this version has no POCI rules for chain id "
                    + chainId + "; use --mode full (linkage-only verification on this chain)");
        }
        return SyncMode.LINKAGE_ONLY;
    }

    public static SyncConfig syncConfig(long chainId, boolean linkageOnly, TrustAnchor anchor) {
        return syncConfig(chainId, linkageOnly ? SyncMode.LINKAGE_ONLY : SyncMode.FULL, anchor);
    }

    public static SyncConfig syncConfig(long chainId, SyncMode requested, TrustAnchor anchor) {
        SyncMode mode = mode(chainId, requested);
        return SyncConfig.of(mode, anchor, mode == SyncMode.LINKAGE_ONLY ? null : pociRules(chainId));
    }

    /** The network's configured checkpoint, or its genesis read from {@code endpoint} when none is configured. */
    public static TrustAnchor anchor(NetworkDefinition network, URI endpoint) {
        if (!network.checkpointHash().isEmpty()) {
            return new TrustAnchor(network.checkpointNumber(), Numeric.hexStringToByteArray(network.checkpointHash()));
        }
        return genesisOf(endpoint);
    }

    /**
     * Block 0 of {@code endpoint}, trusted on first use: right for the embedded devnet (this process), a choice the
     * user makes for any other endpoint (the commands say so when they do it).
     */
    public static TrustAnchor genesisOf(URI endpoint) {
        try {
            String hash = new HttpRpcClient(endpoint).call("eth_getBlockByNumber", "0x0", false).get("hash").asText();
            return new TrustAnchor(0, Numeric.hexStringToByteArray(hash));
        } catch (RuntimeException e) {
            throw new UserFacingException("could not read block 0 from " + endpoint + " (" + e.getMessage()
                    + "); check the URL and that the node is running, or give --checkpoint NUMBER:HASH", e);
        }
    }

    /** Asks {@code endpoint} for its chain id (untrusted; used only to choose the verification rules). */
    public static long chainIdOf(URI endpoint) {
        try {
            return Numeric.decodeQuantity(new HttpRpcClient(endpoint).call("eth_chainId").asText()).longValueExact();
        } catch (RuntimeException e) {
            throw new UserFacingException("could not reach " + endpoint + " (" + e.getMessage()
                    + "); check the URL and that the node is running", e);
        }
    }
}
