package net.utilitynet.miner.attest;

import java.util.List;

import org.web3j.utils.Numeric;

/**
 * Attestation evidence ready for the POCI registry's {@code registerChip(chipId, vendor, model,
 * certChain, evidence, …)} or {@code heartbeat(chipId, epoch, evidence)}. It has already passed the
 * same pure verifier the chain runs, so nothing unverifiable is ever submitted.
 *
 * @param certChain DER certificates, leaf first
 * @param evidence  NVIDIA: the raw SPDM report; simulated chip: the 64-byte r‖s signature
 */
public record Evidence(byte[] chipId, String vendor, String model, List<byte[]> certChain, byte[] evidence) {

    public Evidence {
        chipId = chipId.clone();
        certChain = certChain.stream().map(byte[]::clone).toList();
        evidence = evidence.clone();
    }

    @Override
    public byte[] chipId() {
        return chipId.clone();
    }

    @Override
    public List<byte[]> certChain() {
        return certChain.stream().map(byte[]::clone).toList();
    }

    @Override
    public byte[] evidence() {
        return evidence.clone();
    }

    @Override
    public String toString() {
        return "Evidence[" + vendor + " " + model + " chip " + Numeric.toHexString(chipId) + ", "
                + certChain.size() + " certificates, " + evidence.length + " evidence bytes]";
    }
}
