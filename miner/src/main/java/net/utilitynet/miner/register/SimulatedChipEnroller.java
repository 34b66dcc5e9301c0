package net.utilitynet.miner.register;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.utilitynet.miner.attest.simulated.SimulatedChip;
import net.utilitynet.miner.chain.MinerChain;
import net.utilitynet.miner.keys.SimulatedChipVault;
import org.web3j.utils.Numeric;

/**
 * Devnet only: makes a simulated chip's P-256 key here, asks the devnet to certify its public key
 * ({@code unc_devIssueSimulatedChip}), checks that the certificate is for that key, and keeps the chip in the
 * wallet's encrypted store. The private key never leaves this machine.
 */
public final class SimulatedChipEnroller {
    /** The model key of simulated chips in the devnet's rating table. */
    public static final String MODEL = "Simulated chip";

    private final MinerChain chain;
    private final SimulatedChipVault vault;

    public SimulatedChipEnroller(MinerChain chain, SimulatedChipVault vault) {
        this.chain = chain;
        this.vault = vault;
    }

    public SimulatedChip enroll(String model) {
        if (!chain.params().devnetFeatures()) {
            throw new IllegalStateException("simulated chips exist on the devnet only; this network (chain id " + chain.chainId()
                    + ") does not issue them");
        }
        SimulatedChip fresh = SimulatedChip.generate(model);
        JsonNode issued = chain.untrustedCall("unc_devIssueSimulatedChip", Numeric.toHexString(fresh.publicKey()), model);
        List<byte[]> certChain = new ArrayList<>();
        issued.path("certChain").forEach(c -> certChain.add(Numeric.hexStringToByteArray(c.asText())));
        if (certChain.isEmpty()) {
            throw new IllegalStateException("unc_devIssueSimulatedChip returned no certificate chain; is this node a UtilityNet devnet?");
        }
        SimulatedChip certified = fresh.withCertificateChain(certChain); // refuses a leaf for another key
        byte[] reported = Numeric.hexStringToByteArray(issued.path("chipId").asText("0x"));
        if (!Arrays.equals(reported, certified.chipId().orElseThrow())) {
            throw new IllegalStateException("the devnet reported chip id " + Numeric.toHexString(reported)
                    + " but the certificate it issued hashes to " + Numeric.toHexString(certified.chipId().orElseThrow()));
        }
        vault.put(certified);
        return certified;
    }
}
