package net.utilitynet.devnet.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.utilitynet.devnet.DevnetFixture;
import net.utilitynet.protocol.modules.LeaseMarketAbi;
import net.utilitynet.protocol.modules.LeaseMarketLayout;
import net.utilitynet.protocol.modules.LeaseRecord;
import net.utilitynet.protocol.modules.SystemModules;
import net.utilitynet.protocol.rlp.Rlp;
import net.utilitynet.protocol.trie.TrieProofVerifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.utils.Numeric;

/** A renter leases a provider's simulated chip over JSON-RPC: credit, offer, escrow, access grant, settlement, income, rating. */
class LeaseMarketTest {
    private static final String MARKET = SystemModules.LEASE_MARKET_HEX;
    private static final BigInteger UNC = DevnetFixture.UNC;
    private static final byte[] KEY = new byte[33];
    @TempDir
    static Path dir;
    private static DevnetFixture net;
    private static SimulatedMiner provider;

    @BeforeAll
    static void start() throws Exception {
        net = DevnetFixture.onDemand(dir);
        provider = new SimulatedMiner(net, 0, DevnetFixture.address(0));
        assertEquals("0x1", provider.register(0).get("status").asText());
        KEY[0] = 2;
    }

    @AfterAll
    static void stop() {
        net.close();
    }

    private static JsonNode send(int account, long nonce, byte[] data, BigInteger value) {
        return net.sendAndMine(DevnetFixture.call(account, nonce, MARKET, data, 300_000, value));
    }

    private static BigInteger view(byte[] data) {
        return Numeric.toBigInt(net.rpc.result("eth_call", Map.of("to", MARKET, "data", Numeric.toHexString(data))).asText());
    }

    private static BigInteger creditOf(int account) {
        return view(LeaseMarketAbi.CREDIT_OF.encode(new Address(DevnetFixture.address(account))));
    }

    @Test
    void lease_fullLifecycle_escrowsSettlesAndPaysOut() {
        // provider lists at 1 UNC per hour, 1..10 hours
        JsonNode listed = send(0, 1, LeaseMarketAbi.LIST_OFFER.encode(new Bytes32(provider.chipId), new Uint256(UNC), new Uint64(1),
                new Uint64(10), new DynamicBytes(KEY)), BigInteger.ZERO);
        assertEquals("0x1", listed.get("status").asText(), listed.toString());
        assertEquals(LeaseMarketAbi.OFFER_LISTED.topic0Hex(), listed.get("logs").get(0).get("topics").get(0).asText());
        BigInteger offerId = Numeric.toBigInt(listed.get("logs").get(0).get("topics").get(1).asText());

        // renter (account 2) deposits 5 UNC of credit and rents 3 hours
        assertEquals("0x1", send(2, 0, LeaseMarketAbi.DEPOSIT_CREDIT.encode(), UNC.multiply(BigInteger.valueOf(5))).get("status").asText());
        assertEquals(UNC.multiply(BigInteger.valueOf(5)), creditOf(2));
        JsonNode rented = send(2, 1, LeaseMarketAbi.RENT.encode(new Uint256(offerId), new Uint64(3), new DynamicBytes(KEY)), BigInteger.ZERO);
        assertEquals("0x1", rented.get("status").asText(), rented.toString());
        BigInteger leaseId = Numeric.toBigInt(rented.get("logs").get(0).get("topics").get(1).asText());
        assertEquals(UNC.multiply(BigInteger.TWO), creditOf(2));

        // one active lease per chip
        JsonNode second = net.rpc.error("eth_call", Map.of("from", DevnetFixture.address(3), "to", MARKET,
                "data", Numeric.toHexString(LeaseMarketAbi.RENT.encode(new Uint256(offerId), new Uint64(1), new DynamicBytes(KEY)))));
        assertTrue(second.get("message").asText().contains("already leased"), second.toString());

        // only the provider delivers access; the ciphertext is in the log
        byte[] grant = "ecies ciphertext".getBytes();
        JsonNode byRenter = send(2, 2, LeaseMarketAbi.DELIVER_ACCESS.encode(new Uint256(leaseId), new DynamicBytes(grant)), BigInteger.ZERO);
        assertEquals("0x0", byRenter.get("status").asText());
        JsonNode delivered = send(0, 2, LeaseMarketAbi.DELIVER_ACCESS.encode(new Uint256(leaseId), new DynamicBytes(grant)), BigInteger.ZERO);
        assertEquals(LeaseMarketAbi.ACCESS_DELIVERED.topic0Hex(), delivered.get("logs").get(0).get("topics").get(0).asText());

        // the renter ends it in its first hour, in the epoch the chip proved by registering: 1 of 3 hours is paid
        JsonNode ended = send(2, 3, LeaseMarketAbi.END_LEASE.encode(new Uint256(leaseId)), BigInteger.ZERO);
        assertEquals("0x1", ended.get("status").asText(), ended.toString());
        assertEquals(UNC.multiply(BigInteger.valueOf(4)), creditOf(2));
        assertEquals(UNC, view(LeaseMarketAbi.INCOME_OF.encode(new Address(DevnetFixture.address(0)))));
        byte[] leaseWords = Numeric.hexStringToByteArray(net.rpc.result("eth_call", Map.of("to", MARKET,
                "data", Numeric.toHexString(LeaseMarketAbi.GET_LEASE.encode(new Uint256(leaseId))))).asText());
        assertEquals(BigInteger.valueOf(LeaseRecord.EndReason.RENTER_ENDED.ordinal()),
                LeaseMarketAbi.GET_LEASE.decodeOutputs(leaseWords).get(8).getValue());

        // income is claimed to the provider's balance; credit is withdrawn to the renter's
        BigInteger before = net.balance(DevnetFixture.address(0));
        JsonNode claimed = send(0, 3, LeaseMarketAbi.CLAIM_INCOME.encode(), BigInteger.ZERO);
        BigInteger fee = Numeric.toBigInt(claimed.get("gasUsed").asText()).multiply(Numeric.toBigInt(claimed.get("effectiveGasPrice").asText()));
        assertEquals(before.add(UNC).subtract(fee), net.balance(DevnetFixture.address(0)));
        assertEquals("0x1", send(2, 4, LeaseMarketAbi.WITHDRAW_CREDIT.encode(new Uint256(UNC.multiply(BigInteger.valueOf(4)))),
                BigInteger.ZERO).get("status").asText());
        assertEquals(BigInteger.ZERO, creditOf(2));
        assertEquals(BigInteger.ZERO, net.balance(MARKET));

        // one rating, 1..5, by the renter
        assertEquals(LeaseMarketAbi.LEASE_RATED.topic0Hex(), send(2, 5, LeaseMarketAbi.RATE.encode(new Uint256(leaseId), new Uint8(5)),
                BigInteger.ZERO).get("logs").get(0).get("topics").get(0).asText());
        assertEquals("0x0", send(2, 6, LeaseMarketAbi.RATE.encode(new Uint256(leaseId), new Uint8(4)), BigInteger.ZERO).get("status").asText());
    }

    @Test
    void credit_storage_isProvableWithGetProof() {
        assertEquals("0x1", send(4, 0, LeaseMarketAbi.DEPOSIT_CREDIT.encode(), UNC).get("status").asText());
        byte[] slot = LeaseMarketLayout.creditSlot(Numeric.hexStringToByteArray(DevnetFixture.address(4)));
        JsonNode proof = net.rpc.result("eth_getProof", MARKET, List.of(Numeric.toHexString(slot)), "latest");
        List<byte[]> nodes = new java.util.ArrayList<>();
        proof.get("storageProof").get(0).get("proof").forEach(n -> nodes.add(Numeric.hexStringToByteArray(n.asText())));
        byte[] value = TrieProofVerifier.verifySecure(Numeric.hexStringToByteArray(proof.get("storageHash").asText()), slot, nodes)
                .orElseThrow();
        assertEquals(UNC, Rlp.decode(value).asString("credit").uint256("credit"));
    }
}
