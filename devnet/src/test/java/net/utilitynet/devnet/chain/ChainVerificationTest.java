package net.utilitynet.devnet.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.utilitynet.devnet.DevnetFixture;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.header.HeaderJson;
import net.utilitynet.protocol.merkle.HistoryRoot;
import net.utilitynet.protocol.poci.BaseFee;
import net.utilitynet.protocol.poci.CheckpointVerifier;
import net.utilitynet.protocol.poci.ExtraData;
import net.utilitynet.protocol.poci.HeaderShape;
import net.utilitynet.protocol.poci.Randomness;
import net.utilitynet.protocol.poci.SealVerifier;
import net.utilitynet.protocol.rlp.Rlp;
import net.utilitynet.protocol.rlp.RlpList;
import net.utilitynet.protocol.trie.TrieProofVerifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.utils.Numeric;

/** The chain the devnet serves passes the checks a light client makes, using protocol's own verifiers. */
class ChainVerificationTest {
    @TempDir
    static Path dir;
    private static DevnetFixture net;
    private static final ChainParams PARAMS = ChainParams.devnet();
    private static final long E = PARAMS.epochLength();

    @BeforeAll
    static void start() throws Exception {
        net = DevnetFixture.onDemand(dir);
        net.rpc.result("eth_sendRawTransaction", DevnetFixture.transfer(0, 0, DevnetFixture.address(1), BigInteger.TEN));
        for (int i = 0; i < 2 * E + 1; i++) {
            net.devnet.mineBlock();
        }
    }

    @AfterAll
    static void stop() {
        net.close();
    }

    private static BlockHeader header(long n) {
        return HeaderJson.fromRpc(net.block(n, false)); // recomputes and checks the hash
    }

    @Test
    void headers_fromGenesis_linkSealAndFollowBaseFeeAndRandomness() {
        BlockHeader parent = header(0);
        for (long n = 1; n <= 2 * E + 1; n++) {
            BlockHeader h = header(n);
            assertArrayEquals(parent.hash(), h.parentHash(), "parent link at " + n);
            ExtraData extra = HeaderShape.verify(h, E);
            assertArrayEquals(PARAMS.validators().get(0), SealVerifier.verify(h, extra, PARAMS.validators()));
            assertEquals(BaseFee.next(parent), h.baseFeePerGas(), "base fee at " + n);
            assertArrayEquals(Randomness.next(parent.mixHash(), n, null), h.mixHash(), "R(h) at " + n);
            assertTrue(h.timestamp() > parent.timestamp());
            parent = h;
        }
        // mined on demand, dozens a second, yet never stamped in the future (a light client refuses that)
        assertTrue(parent.timestamp() <= System.currentTimeMillis() / 1000);
    }

    @Test
    void checkpoints_atEpochBoundaries_carryCommittedSealsAndHistoryRoot() {
        for (long k = 1; k <= 2; k++) {
            BlockHeader h = header(k * E);
            ExtraData extra = ExtraData.decode(h.extraData());
            assertNotNull(extra.checkpoint(), "checkpoint at " + k * E);
            assertEquals(1, CheckpointVerifier.verify(h, extra, PARAMS.validators(), E).size());
            List<byte[]> hashes = new ArrayList<>();
            for (long n = (k - 1) * E; n < k * E; n++) {
                hashes.add(header(n).hash());
            }
            assertArrayEquals(HistoryRoot.of(hashes).root(), extra.checkpoint().historyRoot());
            JsonNode cp = net.rpc.result("unc_getCheckpoint", "0x" + Long.toHexString(k));
            assertEquals(Numeric.toHexString(h.hash()), cp.get("blockHash").asText());
            assertEquals(Numeric.toHexString(extra.checkpoint().historyRoot()), cp.get("historyRoot").asText());
        }
        assertTrue(net.rpc.result("unc_getCheckpoint", "0x5").isNull());
        assertEquals(null, ExtraData.decode(header(E + 1).extraData()).checkpoint());
    }

    @Test
    void headerProof_oldBlock_provesAgainstCheckpointHistoryRoot() {
        long n = E + 7;
        JsonNode proof = net.rpc.result("unc_getHeaderProof", "0x" + Long.toHexString(n));
        BlockHeader cpHeader = header(2 * E);
        byte[] root = ExtraData.decode(cpHeader.extraData()).checkpoint().historyRoot();
        List<byte[]> branch = new ArrayList<>();
        proof.get("branch").forEach(b -> branch.add(Numeric.hexStringToByteArray(b.asText())));
        int index = Numeric.toBigInt(proof.get("leafIndex").asText()).intValueExact();
        assertEquals(HistoryRoot.leafIndex(n, 2, E), index);
        assertTrue(HistoryRoot.verify(header(n).hash(), index, branch, root));
        // block 2E+1 is not covered until block 3E exists
        JsonNode e = net.rpc.error("unc_getHeaderProof", "0x" + Long.toHexString(2 * E + 1));
        assertTrue(e.get("message").asText().contains("not covered yet"), e.toString());
    }

    @Test
    void getProof_account_verifiesAgainstStateRoot() {
        String who = DevnetFixture.address(1);
        BlockHeader h = header(2 * E);
        JsonNode proof = net.rpc.result("eth_getProof", who, List.of("0x0"), "0x" + Long.toHexString(2 * E));
        List<byte[]> nodes = new ArrayList<>();
        proof.get("accountProof").forEach(b -> nodes.add(Numeric.hexStringToByteArray(b.asText())));
        byte[] account = TrieProofVerifier.verifySecure(h.stateRoot(), Numeric.hexStringToByteArray(who), nodes).orElseThrow();
        RlpList fields = Rlp.decodeList(account, "account");
        BigInteger balance = fields.get(1).asString("balance").uint256("balance");
        assertEquals(Numeric.toBigInt(proof.get("balance").asText()), balance);
        assertEquals(DevnetFixture.UNC.multiply(BigInteger.valueOf(10_000)).add(BigInteger.TEN), balance);
        assertEquals("0x0", proof.get("storageProof").get(0).get("value").asText());
    }

    @Test
    void minerSet_genesisEpoch_isEmptyWithZeroRoot() {
        JsonNode set = net.rpc.result("unc_getMinerSet", "0x0");
        assertEquals(0, set.get("entries").size());
        assertEquals("0x0", set.get("totalPower").asText());
        assertTrue(net.rpc.result("unc_getMinerSet", "0x9").isNull());
    }
}
