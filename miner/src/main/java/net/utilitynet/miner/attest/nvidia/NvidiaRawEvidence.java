package net.utilitynet.miner.attest.nvidia;

import java.util.List;

/** Unverified evidence as the GPU returned it: the DER chain (leaf first) and the raw SPDM report. */
public record NvidiaRawEvidence(List<byte[]> certChain, byte[] report) {

    public NvidiaRawEvidence {
        certChain = certChain.stream().map(byte[]::clone).toList();
        report = report.clone();
    }

    @Override
    public List<byte[]> certChain() {
        return certChain.stream().map(byte[]::clone).toList();
    }

    @Override
    public byte[] report() {
        return report.clone();
    }
}
