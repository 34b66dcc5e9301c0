package net.utilitynet.protocol.modules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/** Slots are checked against keccak256(abi.encode(key, slot)) built with Web3j's ABI encoder, as Solidity defines them. */
class StorageLayoutTest {
    private static final byte[] ALICE = Numeric.hexStringToByteArray("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    private static final byte[] CHIP = Hash.sha3("chip".getBytes());

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static byte[] solidityMappingSlot(Type key, long slot) {
        return Hash.sha3(Numeric.hexStringToByteArray(FunctionEncoder.encodeConstructor((List) List.of(key, new Uint256(slot)))));
    }

    @Test
    void creditSlot_matchesSolidityAddressMapping() {
        assertArrayEquals(solidityMappingSlot(new Address(Numeric.toHexString(ALICE)), LeaseMarketLayout.CREDIT_SLOT),
                LeaseMarketLayout.creditSlot(ALICE));
    }

    @Test
    void chipSlots_structFieldsConsecutiveFromMappingSlot() {
        byte[] base = solidityMappingSlot(new Bytes32(CHIP), PociRegistryLayout.CHIPS_SLOT);
        List<byte[]> slots = PociRegistryLayout.chipSlots(CHIP);
        assertEquals(9, slots.size());
        for (int i = 0; i < slots.size(); i++) {
            assertEquals(new BigInteger(1, base).add(BigInteger.valueOf(i)), new BigInteger(1, slots.get(i)));
        }
        assertArrayEquals(slots.get(8), PociRegistryLayout.chipSlot(CHIP, PociRegistryLayout.ChipField.ACTIVE));
    }

    @Test
    void heartbeatSlot_isNestedMapping() {
        byte[] inner = solidityMappingSlot(new Bytes32(CHIP), PociRegistryLayout.HEARTBEATS_SLOT);
        byte[] expected = Hash.sha3(Numeric.hexStringToByteArray(
                FunctionEncoder.encodeConstructor(List.of(new Uint256(7), new Bytes32(inner)))));
        assertArrayEquals(expected, PociRegistryLayout.heartbeatSlot(CHIP, 7));
    }

    @Test
    void leaseSlots_forUintKey_matchSolidity() {
        byte[] base = solidityMappingSlot(new Uint256(42), LeaseMarketLayout.LEASES_SLOT);
        assertArrayEquals(base, LeaseMarketLayout.leaseSlot(BigInteger.valueOf(42), LeaseMarketLayout.LeaseField.OFFER_ID));
        assertEquals(new BigInteger(1, base).add(BigInteger.valueOf(6)),
                new BigInteger(1, LeaseMarketLayout.leaseSlot(BigInteger.valueOf(42), LeaseMarketLayout.LeaseField.ESCROW)));
    }

    @Test
    void field_baseNearTop_wrapsModulo2To256() {
        byte[] top = new byte[32];
        java.util.Arrays.fill(top, (byte) 0xff);
        assertArrayEquals(new byte[32], StorageSlots.field(top, 1));
    }

    @Test
    void slots_acrossModulesAndKeys_distinct() {
        Set<String> seen = new HashSet<>();
        List<byte[]> all = new ArrayList<>(PociRegistryLayout.chipSlots(CHIP));
        all.addAll(PociRegistryLayout.minerSlots(ALICE));
        all.add(PociRegistryLayout.chipCountSlot());
        all.addAll(LeaseMarketLayout.offerSlots(BigInteger.ONE));
        all.addAll(LeaseMarketLayout.leaseSlots(BigInteger.ONE));
        all.add(LeaseMarketLayout.creditSlot(ALICE));
        all.add(LeaseMarketLayout.incomeSlot(ALICE));
        all.add(LeaseMarketLayout.activeLeaseSlot(CHIP));
        all.add(LeaseMarketLayout.providerRatingSlot(ALICE, LeaseMarketLayout.RatingField.COUNT));
        all.forEach(s -> assertTrue(seen.add(Numeric.toHexString(s))));
    }

    @Test
    void chipRecord_toWordsFromWords_roundTrip() {
        byte[] vrf = Hash.sha3(new byte[] {5});
        byte[] key = new byte[33];
        key[0] = 3;
        System.arraycopy(vrf, 0, key, 1, 32);
        ChipRecord chip = new ChipRecord(ALICE, ALICE, key, 989, 2, 5, 4, true);
        assertEquals(chip, ChipRecord.fromWords(chip.toWords()).orElseThrow());
    }

    @Test
    void chipRecord_allZeroWords_isAbsent() {
        List<byte[]> zeros = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            zeros.add(new byte[32]);
        }
        assertFalse(ChipRecord.fromWords(zeros).isPresent());
    }

    @Test
    void chipRecord_ownerWordWithHighBits_rejectedNamingField() {
        byte[] key = new byte[33];
        key[0] = 2;
        List<byte[]> words = new ArrayList<>(new ChipRecord(ALICE, ALICE, key, 1, 0, 0, 1, true).toWords());
        byte[] bad = words.get(0).clone();
        bad[0] = 1;
        words.set(0, bad);
        AbiException e = assertThrows(AbiException.class, () -> ChipRecord.fromWords(words));
        assertTrue(e.getMessage().startsWith("chip.owner"), e.getMessage());
    }

    @Test
    void leaseAndOfferRecords_roundTrip() {
        LeaseRecord lease = new LeaseRecord(BigInteger.TWO, ALICE, CHIP, 3, 100, 1_700_000_000L, BigInteger.TEN.pow(19),
                LeaseRecord.State.ENDED, LeaseRecord.EndReason.CHIP_OFFLINE, 4);
        assertEquals(lease, LeaseRecord.fromWords(lease.toWords()).orElseThrow());
        OfferRecord offer = new OfferRecord(CHIP, ALICE, BigInteger.TEN.pow(17), 1, 24, Hash.sha3(new byte[65]), true);
        assertEquals(offer, OfferRecord.fromWords(offer.toWords()).orElseThrow());
        MinerStats stats = new MinerStats(BigInteger.TEN.pow(20), 3, 1);
        assertEquals(stats, MinerStats.fromWords(stats.toWords()));
    }
}
