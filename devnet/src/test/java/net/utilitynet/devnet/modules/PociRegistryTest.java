package net.utilitynet.devnet.modules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.utilitynet.devnet.DevnetFixture;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.header.HeaderJson;
import net.utilitynet.protocol.modules.ChipRecord;
import net.utilitynet.protocol.modules.PociRegistryAbi;
import net.utilitynet.protocol.modules.PociRegistryLayout;
import net.utilitynet.protocol.modules.SystemModules;
import net.utilitynet.protocol.poci.Checkpoint;
import net.utilitynet.protocol.poci.Claim;
import net.utilitynet.protocol.poci.ClaimVerifier;
import net.utilitynet.protocol.poci.Election;
import net.utilitynet.protocol.poci.ExtraData;
import net.utilitynet.protocol.poci.Randomness;
import net.utilitynet.protocol.poci.RewardSchedule;
import net.utilitynet.protocol.rlp.Rlp;
import net.utilitynet.protocol.trie.TrieProofVerifier;
import net.utilitynet.protocol.vrf.EcVrfP256;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.utils.Numeric;

/**
 * A simulated chip's life on the devnet, all over JSON-RPC: certificate from unc_devIssueSimulatedChip,
 * registration, the miner set of the next checkpoint, a winning VRF claim with its reward, heartbeats, proofs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PociRegistryTest {
    private static final String REGISTRY = SystemModules.POCI_REGISTRY_HEX;
    private static final long E = ChainParams.devnet().epochLength();
    private static final String PAYOUT = "0x00000000000000000000000000000000000000f0";
    @TempDir
    static Path dir;
    private static DevnetFixture net;
    private static SimulatedMiner miner;
    private static String owner;
    private static byte[] chipId;
    private static long ownerNonce;

    @BeforeAll
    static void start() throws Exception {
        net = DevnetFixture.onDemand(dir);
        miner = new SimulatedMiner(net, 0, PAYOUT);
        owner = miner.owner;
        chipId = miner.chipId;
    }

    @AfterAll
    static void stop() {
        net.close();
    }

    @Test
    @Order(1)
    void registerChip_wrongModelOrBadEvidence_revertsWithReason() throws Exception {
        JsonNode e = net.rpc.error("eth_estimateGas", Map.of("from", owner, "to", REGISTRY,
                "data", Numeric.toHexString(miner.registerCalldata(miner.blockHash(0), "NVIDIA H100 SXM5"))));
        assertEquals(3, e.get("code").asInt());
        assertTrue(e.get("message").asText().contains("differs from the model in the simulated chip's certificate"), e.toString());
        JsonNode stale = net.rpc.error("eth_call", Map.of("from", owner, "to", REGISTRY,
                "data", Numeric.toHexString(miner.registerCalldata(new byte[32], SimulatedMiner.MODEL))), "latest");
        assertTrue(stale.get("message").asText().contains("attestation failed"), stale.toString());
    }

    @Test
    @Order(2)
    void registerChip_validSimulatedChip_storesRecordAndLogs() throws Exception {
        JsonNode receipt = net.sendAndMine(DevnetFixture.call(0, ownerNonce++, REGISTRY, miner.registerCalldata(miner.blockHash(0), SimulatedMiner.MODEL), 600_000));
        assertEquals("0x1", receipt.get("status").asText(), receipt.toString());
        JsonNode log = receipt.get("logs").get(0);
        assertEquals(REGISTRY, log.get("address").asText());
        assertEquals(PociRegistryAbi.CHIP_REGISTERED.topic0Hex(), log.get("topics").get(0).asText());
        assertEquals(Numeric.toHexString(chipId), log.get("topics").get(1).asText());
        JsonNode logs = net.rpc.result("eth_getLogs", Map.of("fromBlock", "0x0", "address", REGISTRY,
                "topics", List.of(PociRegistryAbi.CHIP_REGISTERED.topic0Hex())));
        assertEquals(1, logs.size());
        byte[] ret = Numeric.hexStringToByteArray(net.rpc.result("eth_call", Map.of("to", REGISTRY,
                "data", Numeric.toHexString(PociRegistryAbi.GET_CHIP.encode(new Bytes32(chipId))))).asText());
        assertEquals(100L, ((BigInteger) PociRegistryAbi.GET_CHIP.decodeOutputs(ret).get(3).getValue()).longValue());
        JsonNode again = net.sendAndMine(DevnetFixture.call(0, ownerNonce++, REGISTRY, miner.registerCalldata(miner.blockHash(0), SimulatedMiner.MODEL), 600_000));
        assertEquals("0x0", again.get("status").asText());
    }

    @Test
    @Order(3)
    void getProof_chipRecord_provesAgainstStorageRoot() {
        List<byte[]> slots = PociRegistryLayout.chipSlots(chipId);
        List<String> keys = slots.stream().map(Numeric::toHexString).toList();
        JsonNode proof = net.rpc.result("eth_getProof", REGISTRY, keys, "latest");
        byte[] storageRoot = Numeric.hexStringToByteArray(proof.get("storageHash").asText());
        List<byte[]> words = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            List<byte[]> nodes = new ArrayList<>();
            proof.get("storageProof").get(i).get("proof").forEach(n -> nodes.add(Numeric.hexStringToByteArray(n.asText())));
            byte[] value = TrieProofVerifier.verifySecure(storageRoot, slots.get(i), nodes)
                    .map(rlp -> Rlp.decode(rlp).asString("word").bytes()).orElse(new byte[0]);
            words.add(Numeric.toBytesPadded(new BigInteger(1, value), 32));
        }
        ChipRecord record = ChipRecord.fromWords(words).orElseThrow();
        assertArrayEquals(Numeric.hexStringToByteArray(owner), record.owner());
        assertEquals(100, record.rating());
        assertTrue(record.active());
    }

    @Test
    @Order(4)
    void checkpoint_afterRegistration_putsMinerInNextEpochsSet() {
        net.mineTo(E);
        JsonNode set = net.rpc.result("unc_getMinerSet", "0x1");
        assertEquals(1, set.get("entries").size());
        JsonNode entry = set.get("entries").get(0);
        assertEquals(owner, entry.get("miner").asText());
        assertEquals(PAYOUT, entry.get("payout").asText());
        assertEquals("0x64", entry.get("power").asText());
        Checkpoint cp = ExtraData.decode(HeaderJson.fromRpc(net.block(E, false)).extraData()).checkpoint();
        assertEquals(100, cp.totalPower());
        assertEquals(set.get("root").asText(), Numeric.toHexString(cp.minerSetRoot()));
    }

    @Test
    @Order(5)
    void submitClaim_electedMiner_winsBlockWithRewardAndRandomness() {
        long h = net.devnet.headNumber() + 1;
        BlockHeader parent = HeaderJson.fromRpc(net.block(h - 1, false));
        JsonNode entry = net.rpc.result("unc_getMinerSet", "0x1").get("entries").get(0);
        byte[] proof = EcVrfP256.prove(miner.vrfSecret, Election.alpha(DevnetFixture.CHAIN_ID, h, parent.mixHash()));
        Map<String, Object> claimJson = Map.of("blockNumber", "0x" + Long.toHexString(h), "miner", owner, "payout", PAYOUT,
                "vrfPubKey", entry.get("vrfPubKey").asText(), "power", "0x64", "leafIndex", "0x0", "branch", List.of(),
                "vrfProof", Numeric.toHexString(proof));
        assertTrue(net.rpc.result("unc_submitClaim", claimJson).get("best").asBoolean());
        net.devnet.mineBlock();
        BlockHeader won = HeaderJson.fromRpc(net.block(h, false));
        Claim claim = ExtraData.decode(won.extraData()).claim();
        assertArrayEquals(Numeric.hexStringToByteArray(PAYOUT), won.coinbase());
        Checkpoint cp = ExtraData.decode(HeaderJson.fromRpc(net.block(E, false)).extraData()).checkpoint();
        byte[] beta = ClaimVerifier.verify(DevnetFixture.CHAIN_ID, won, claim, cp, ChainParams.devnet().electionFactor(), parent.mixHash());
        assertArrayEquals(Randomness.next(parent.mixHash(), h, beta), won.mixHash());
        assertEquals(RewardSchedule.DEVNET.rewardAt(h), net.balance(PAYOUT));
        JsonNode late = net.rpc.error("unc_submitClaim", claimJson);
        assertTrue(late.get("message").asText().contains("next block is " + (h + 1)), late.toString());
    }

    @Test
    @Order(6)
    void heartbeat_oncePerEpoch_secondIsRejected() throws Exception {
        long epoch = net.devnet.headNumber() / E; // epoch of the next block
        byte[] data = miner.heartbeatCalldata(epoch, miner.blockHash(epoch * E));
        JsonNode ok = net.sendAndMine(DevnetFixture.call(1, 0, REGISTRY, data, 200_000));
        assertEquals("0x1", ok.get("status").asText());
        assertEquals(PociRegistryAbi.HEARTBEAT_RECORDED.topic0Hex(), ok.get("logs").get(0).get("topics").get(0).asText());
        JsonNode twice = net.rpc.error("eth_call", Map.of("from", DevnetFixture.address(1), "to", REGISTRY,
                "data", Numeric.toHexString(data)));
        assertTrue(twice.get("message").asText().contains("already proved epoch " + epoch), twice.toString());
    }
}
