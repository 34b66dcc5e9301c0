package net.utilitynet.app.miner;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.miner.Miner;
import net.utilitynet.miner.attest.nvidia.NvidiaCcAttestation;
import net.utilitynet.miner.detect.ChipDetector;
import net.utilitynet.miner.detect.nvml.NvmlLoader;
import net.utilitynet.protocol.attestation.NvidiaEvidenceVerifier;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.outbox.Outbox;
import net.utilitynet.wallet.store.WalletStore;

/**
 * Opens the {@link Miner} of one network's data folder the same way for {@code utilitynet mine} and the app: the
 * database {@code data/<network>/miner.db}, this machine's detected chips and the NVIDIA Confidential Computing
 * attestation provider.
 */
public final class MinerFactory {
    /** {@code data/<network>/miner.db}. */
    public static final String MINER_DB = "miner.db";

    private MinerFactory() {
    }

    /**
     * @param folder   the network's data folder
     * @param wallet   the unlocked wallet store holding {@code account}
     * @param outbox   the network's outbox ({@code outbox.db})
     * @param executor the miner's single named thread
     */
    public static Miner open(Path folder, Address account, Address payout, LightClient light, ChainParams params, WalletStore wallet,
            Outbox outbox, Executor executor) {
        return Miner.open(new Miner.Setup(folder.resolve(MINER_DB), account, payout, 1,
                () -> ChipDetector.forThisMachine(Path.of("/")).detect().chips(),
                List.of(new NvidiaCcAttestation(NvmlLoader.forThisSystem(), new NvidiaEvidenceVerifier())), executor,
                Clock.systemUTC()), light, params, wallet, outbox);
    }
}
