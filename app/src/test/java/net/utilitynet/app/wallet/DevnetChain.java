package net.utilitynet.app.wallet;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.utilitynet.devnet.Devnet;
import net.utilitynet.devnet.DevnetConfig;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.LightClientConfig;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.lightclient.sync.SyncConfig;
import net.utilitynet.lightclient.sync.SyncMode;
import net.utilitynet.lightclient.sync.TrustAnchor;
import net.utilitynet.lightclient.verify.ChainRules;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.wallet.chain.LightClientChainAccess;
import net.utilitynet.wallet.mnemonic.HdPath;
import net.utilitynet.wallet.mnemonic.Mnemonic;
import net.utilitynet.wallet.address.Address;
import org.web3j.utils.Numeric;

/** A real embedded devnet on loopback HTTP and a light client verifying it under the POCI rules, as the app runs them. */
final class DevnetChain implements AutoCloseable {
    static final Mnemonic DEV = Mnemonic.parse("test test test test test test test test test test test junk");

    final Devnet devnet;
    final LightClient lightClient;
    final LightClientChainAccess chain;

    private DevnetChain(Devnet devnet, LightClient lightClient) {
        this.devnet = devnet;
        this.lightClient = lightClient;
        this.chain = new LightClientChainAccess(lightClient);
    }

    static DevnetChain start(Path dir, long blockTimeMs) throws IOException {
        return start(dir, blockTimeMs, ChainParams.devnet(), SyncMode.FULL);
    }

    /** A devnet with {@code genesis} (e.g. another chain id) verified in {@code mode} (LINKAGE_ONLY: hash links only). */
    static DevnetChain start(Path dir, long blockTimeMs, ChainParams genesis, SyncMode mode) throws IOException {
        Devnet devnet = Devnet.start(DevnetConfig.defaults(dir.resolve("chain")).withGenesis(genesis).withBlockTimeMs(blockTimeMs).withWsPort(-1));
        try {
            URI url = devnet.rpcUrl();
            String genesisHash = new HttpRpcClient(url).call("eth_getBlockByNumber", "0x0", false).get("hash").asText();
            TrustAnchor anchor = new TrustAnchor(0, Numeric.hexStringToByteArray(genesisHash));
            LightClient lc = LightClient.open(LightClientConfig.of(List.of(url), dir.resolve("headers.db"),
                    SyncConfig.of(mode, anchor, mode == SyncMode.FULL ? ChainRules.of(genesis) : null)));
            lc.sync().join();
            lc.startFollowing();
            return new DevnetChain(devnet, lc);
        } catch (RuntimeException e) {
            devnet.close();
            throw e;
        }
    }

    WalletNetwork network() {
        return new WalletNetwork("devnet", "Local devnet", 21844, Optional.of(devnet.rpcUrl()));
    }

    /** The bundled devnet genesis under another chain id: a second, independent chain. */
    static ChainParams devnetWithChainId(long chainId) {
        ChainParams d = ChainParams.devnet();
        return new ChainParams(chainId, d.epochLength(), d.blockPeriodSeconds(), d.validators(), d.allocations(), d.rewardSchedule(),
                d.electionFactor(), d.vendorRoots(), d.chipRatings(), d.gasLimit(), d.initialBaseFee(), d.genesisTimestamp(),
                d.genesisMixHash(), d.devnetFeatures());
    }

    /** A funded dev account of the devnet (the well-known test mnemonic). */
    static Address devAccount(int index) {
        return DEV.deriveAddress("", HdPath.bip44(60, index));
    }

    @Override
    public void close() {
        try {
            lightClient.close();
        } finally {
            devnet.close();
        }
    }
}
