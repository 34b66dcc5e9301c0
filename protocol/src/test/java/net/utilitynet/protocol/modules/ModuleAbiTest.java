package net.utilitynet.protocol.modules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

class ModuleAbiTest {

    @Test
    void abiFunction_erc20Transfer_knownSelector() {
        AbiFunction transfer = new AbiFunction("transfer", "address,uint256", "bool");
        assertEquals("0xa9059cbb", transfer.selectorHex());
    }

    @Test
    void abiEvent_erc20Transfer_knownTopic() {
        AbiEvent e = new AbiEvent("Transfer", "address indexed,address indexed,uint256");
        assertEquals("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef", Numeric.toHexString(e.topic0()));
        assertEquals(e.topic0Hex(), Numeric.toHexString(e.topic0()));
    }

    @Test
    void signatures_moduleFunctions_areCanonical() {
        assertEquals("registerChip(bytes32,string,string,bytes[],bytes,bytes,address)", PociRegistryAbi.REGISTER_CHIP.signature());
        assertEquals("heartbeat(bytes32,uint64,bytes)", PociRegistryAbi.HEARTBEAT.signature());
        assertEquals("listOffer(bytes32,uint256,uint64,uint64,bytes)", LeaseMarketAbi.LIST_OFFER.signature());
        assertEquals("rent(uint256,uint64,bytes)", LeaseMarketAbi.RENT.signature());
        assertEquals("rate(uint256,uint8)", LeaseMarketAbi.RATE.signature());
        assertEquals("depositCredit()", LeaseMarketAbi.DEPOSIT_CREDIT.signature());
        assertArrayEquals(java.util.Arrays.copyOf(Hash.sha3("endLease(uint256)".getBytes()), 4), LeaseMarketAbi.END_LEASE.selector());
        assertEquals("LeaseStarted(uint256,uint256,address,uint64,uint256,bytes)", LeaseMarketAbi.LEASE_STARTED.signature());
    }

    @Test
    void selectors_allModules_distinct() {
        Set<String> seen = new HashSet<>();
        Stream.concat(PociRegistryAbi.FUNCTIONS.stream(), LeaseMarketAbi.FUNCTIONS.stream())
                .forEach(f -> assertTrue(seen.add(f.selectorHex()), "selector clash: " + f));
    }

    @Test
    void registerChip_encodeThenDecode_sameArguments() {
        byte[] chipId = Hash.sha3(new byte[] {1});
        byte[] vrf = new byte[33];
        vrf[0] = 2;
        Type<?>[] args = {new Bytes32(chipId), new Utf8String("simulated"), new Utf8String("Simulated chip"),
            new DynamicArray<>(DynamicBytes.class, List.of(new DynamicBytes(new byte[] {1, 2, 3}), new DynamicBytes(new byte[70]))),
            new DynamicBytes(new byte[] {9, 9}), new DynamicBytes(vrf), new Address("0x00000000000000000000000000000000000000aa")};
        byte[] calldata = PociRegistryAbi.REGISTER_CHIP.encode(args);
        assertSame(PociRegistryAbi.REGISTER_CHIP, AbiFunction.dispatch(PociRegistryAbi.FUNCTIONS, calldata));
        List<Type> decoded = PociRegistryAbi.REGISTER_CHIP.decodeInputs(calldata);
        assertEquals(List.of(args), decoded);
    }

    @Test
    void encode_wrongArgumentType_namesPosition() {
        AbiException e = assertThrows(AbiException.class,
                () -> PociRegistryAbi.HEARTBEAT.encode(new Bytes32(new byte[32]), new Uint256(1), new DynamicBytes(new byte[0])));
        assertTrue(e.getMessage().contains("argument 1 must be uint64"), e.getMessage());
    }

    @Test
    void dispatch_unknownSelector_rejected() {
        assertThrows(AbiException.class, () -> AbiFunction.dispatch(LeaseMarketAbi.FUNCTIONS, new byte[] {1, 2, 3, 4}));
        assertThrows(AbiException.class, () -> AbiFunction.dispatch(LeaseMarketAbi.FUNCTIONS, new byte[] {1}));
    }

    @Test
    void decodeInputs_truncatedCalldata_rejected() {
        byte[] calldata = LeaseMarketAbi.RENT.encode(new Uint256(7), new Uint64(3), new DynamicBytes(new byte[65]));
        byte[] truncated = java.util.Arrays.copyOf(calldata, 40);
        assertThrows(AbiException.class, () -> LeaseMarketAbi.RENT.decodeInputs(truncated));
    }

    @Test
    void getChip_outputs_decodeFromReturnData() {
        byte[] vrf = new byte[33];
        vrf[0] = 3;
        List<Type> values = List.of(new Address("0x0000000000000000000000000000000000000001"),
                new Address("0x0000000000000000000000000000000000000002"), new DynamicBytes(vrf), new Uint64(989),
                new Uint64(1), new Uint64(4), new Uint64(3), new org.web3j.abi.datatypes.Bool(true));
        @SuppressWarnings({"rawtypes", "unchecked"})
        byte[] ret = Numeric.hexStringToByteArray(org.web3j.abi.FunctionEncoder.encodeConstructor((List) values));
        assertEquals(values, PociRegistryAbi.GET_CHIP.decodeOutputs(ret));
    }

    @Test
    void leaseStarted_encodeThenDecode_indexedInTopics() {
        Type<?>[] values = {new Uint256(5), new Uint256(2), new Address("0x00000000000000000000000000000000000000bb"),
            new Uint64(3), new Uint256(BigInteger.TEN.pow(18)), new DynamicBytes(new byte[65])};
        AbiEvent.Log log = LeaseMarketAbi.LEASE_STARTED.encode(values);
        assertEquals(4, log.topics().size());
        assertArrayEquals(LeaseMarketAbi.LEASE_STARTED.topic0(), log.topics().get(0));
        assertEquals(List.of(values), LeaseMarketAbi.LEASE_STARTED.decode(log));
    }

    @Test
    void decodeLog_wrongTopic0_rejected() {
        AbiEvent.Log log = LeaseMarketAbi.CREDIT_DEPOSITED.encode(new Address("0x00000000000000000000000000000000000000bb"), new Uint256(1));
        assertThrows(AbiException.class, () -> LeaseMarketAbi.CREDIT_WITHDRAWN.decode(log));
    }

    @Test
    void systemModules_addresses_areFixed() {
        assertEquals("0x0000000000000000000000000000000000000a01", Numeric.toHexString(SystemModules.pociRegistry()));
        assertTrue(SystemModules.isSystemModule(SystemModules.leaseMarket()));
        assertTrue(SystemModules.isSystemModule(SystemModules.devnetFaucet()));
        assertTrue(!SystemModules.isSystemModule(new byte[20]));
    }
}
