package net.utilitynet.lightclient.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.lightclient.testing.ChainRpcServer;
import net.utilitynet.lightclient.testing.PociTestChain;
import net.utilitynet.lightclient.verify.HeaderVerifier;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.poci.Sealer;
import org.junit.jupiter.api.Test;

class RangeVerifierTest {
    private static final HeaderVerifier VERIFIER = new HeaderVerifier(PociTestChain.RULES);
    private static final long NOW = PociTestChain.GENESIS_TIME + 100_000;

    @Test
    void verify_validRangeAcrossCheckpoint_allVerifiedFromEpochStart() throws Exception {
        PociTestChain chain = new PociTestChain().grow(20);
        try (ChainRpcServer node = new ChainRpcServer(chain.headers)) {
            RangeVerifier.Report r = RangeVerifier.verify(new HttpRpcClient(node.uri()), VERIFIER, 11, 20, NOW, 4);
            assertTrue(r.allVerified(), () -> r.firstFailure().orElseThrow().getMessage());
            assertEquals(8, r.contextFrom());
            assertEquals(20, r.verifiedUpTo());
        }
    }

    @Test
    void verify_badSealInRange_reportsFirstFailingBlockAndRule() throws Exception {
        PociTestChain chain = new PociTestChain().grow(11);
        chain.append(UnaryOperator.identity(), h -> Sealer.seal(h, PociTestChain.key32("outsider")));
        chain.grow(5);
        List<BlockHeader> served = new ArrayList<>(chain.headers);
        try (ChainRpcServer node = new ChainRpcServer(served)) {
            RangeVerifier.Report r = RangeVerifier.verify(new HttpRpcClient(node.uri()), VERIFIER, 3, 17, NOW, 5);
            assertEquals(12, r.firstFailure().orElseThrow().blockNumber());
            assertEquals("seal-signer-not-validator", r.firstFailure().orElseThrow().rule());
            assertEquals(11, r.verifiedUpTo());
        }
    }

    @Test
    void verify_linkageOnly_brokenLinkReported() throws Exception {
        PociTestChain chain = new PociTestChain().grow(10);
        PociTestChain other = chain.forkAt(5, 5, "x");
        List<BlockHeader> served = new ArrayList<>(chain.range(0, 8));
        served.addAll(other.range(8, 11));
        try (ChainRpcServer node = new ChainRpcServer(served)) {
            RangeVerifier.Report r = RangeVerifier.verify(new HttpRpcClient(node.uri()), null, 2, 10, NOW, 3);
            assertEquals(8, r.firstFailure().orElseThrow().blockNumber());
            assertEquals("parent-link", r.firstFailure().orElseThrow().rule());
        }
    }
}
