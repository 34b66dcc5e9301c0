package net.utilitynet.protocol.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

class MinerSetTest {
    private static final String MINER = "ff00000000000000000000000000000000000001";
    private static final String PAYOUT = "1100000000000000000000000000000000000022";
    private static final String VRF = "0360fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6";

    @Test
    void leaf_power1000_isKeccakOfHandEncodedRlp() {
        // rlp list of 79 payload bytes: f8 4f ‖ 94 miner ‖ 94 payout ‖ a1 vrfKey ‖ 82 03e8
        byte[] rlp = Numeric.hexStringToByteArray("f84f94" + MINER + "94" + PAYOUT + "a1" + VRF + "8203e8");
        assertArrayEquals(Hash.sha3(rlp), entry(MINER, 1000).leaf());
    }

    @Test
    void leaf_powerZeroAndSmall_useCanonicalIntegerEncoding() {
        byte[] zero = Numeric.hexStringToByteArray("f84d94" + MINER + "94" + PAYOUT + "a1" + VRF + "80");
        byte[] five = Numeric.hexStringToByteArray("f84d94" + MINER + "94" + PAYOUT + "a1" + VRF + "05");
        assertArrayEquals(Hash.sha3(zero), entry(MINER, 0).leaf());
        assertArrayEquals(Hash.sha3(five), entry(MINER, 5).leaf());
    }

    @Test
    void of_unsortedEntries_sortsByMinerAsUnsignedBytes() {
        MinerEntry high = entry("ff00000000000000000000000000000000000000", 1);
        MinerEntry low = entry("0100000000000000000000000000000000000000", 2);
        MinerEntry mid = entry("7f00000000000000000000000000000000000000", 3);
        MinerSet set = MinerSet.of(List.of(high, low, mid));
        assertEquals(List.of(low, mid, high), set.entries());
        assertEquals(6, set.totalPower());
        assertEquals(3, set.size());
        assertEquals(2, set.indexOf(high.miner()));
        assertEquals(-1, set.indexOf(new byte[20]));
        assertArrayEquals(BinaryMerkleTree.root(List.of(low.leaf(), mid.leaf(), high.leaf())), set.root());
    }

    @Test
    void branch_everyEntry_verifiesAgainstRoot() {
        List<MinerEntry> entries = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            entries.add(entry(String.format("%040x", 1000 - i * 37), i + 1));
        }
        MinerSet set = MinerSet.of(entries);
        for (MinerEntry e : entries) {
            int index = set.indexOf(e.miner());
            assertTrue(BinaryMerkleTree.verify(e.leaf(), index, set.branch(index), set.root()));
        }
    }

    @Test
    void of_duplicateMiner_throwsNamingMiner() {
        MerkleException e = assertThrows(MerkleException.class,
                () -> MinerSet.of(List.of(entry(MINER, 1), entry(MINER, 2))));
        assertTrue(e.getMessage().contains("0x" + MINER), e.getMessage());
    }

    @Test
    void of_emptyList_hasZeroRootAndPower() {
        MinerSet set = MinerSet.of(List.of());
        assertArrayEquals(new byte[32], set.root());
        assertEquals(0, set.totalPower());
    }

    @Test
    void of_powerSumOverflows_throws() {
        List<MinerEntry> entries = List.of(entry(MINER, Long.MAX_VALUE), entry(PAYOUT, 1));
        assertThrows(MerkleException.class, () -> MinerSet.of(entries));
    }

    @Test
    void minerEntry_badFields_throwNamingField() {
        byte[] vrf = Numeric.hexStringToByteArray(VRF);
        byte[] addr = new byte[20];
        assertTrue(assertThrows(MerkleException.class, () -> new MinerEntry(new byte[19], addr, vrf, 1))
                .getMessage().contains("miner address"));
        assertTrue(assertThrows(MerkleException.class, () -> new MinerEntry(addr, null, vrf, 1))
                .getMessage().contains("payout address"));
        assertTrue(assertThrows(MerkleException.class, () -> new MinerEntry(addr, addr, new byte[33], 1))
                .getMessage().contains("compressed"));
        assertTrue(assertThrows(MerkleException.class, () -> new MinerEntry(addr, addr, vrf, -1))
                .getMessage().contains("power"));
    }

    @Test
    void minerEntry_mutatingInputArray_doesNotChangeEntry() {
        byte[] miner = Numeric.hexStringToByteArray(MINER);
        MinerEntry e = new MinerEntry(miner, Numeric.hexStringToByteArray(PAYOUT), Numeric.hexStringToByteArray(VRF), 1);
        byte[] before = e.leaf();
        miner[0] = 0;
        e.miner()[1] = 9;
        assertArrayEquals(before, e.leaf());
        assertEquals(e, entry(MINER, 1));
    }

    @Test
    void historyRoot_blockInCoveredRange_branchVerifies() {
        List<byte[]> hashes = BinaryMerkleTreeTest.leaves(10);
        HistoryRoot history = HistoryRoot.of(hashes);
        int index = HistoryRoot.leafIndex(27, 3, 10); // checkpoint epoch 3 covers heights 20..29
        assertEquals(7, index);
        assertTrue(HistoryRoot.verify(hashes.get(7), index, history.branch(index), history.root()));
        MerkleException e = assertThrows(MerkleException.class, () -> HistoryRoot.leafIndex(30, 3, 10));
        assertTrue(e.getMessage().contains("use epoch 4"), e.getMessage());
    }

    private static MinerEntry entry(String minerHex, long power) {
        return new MinerEntry(Numeric.hexStringToByteArray(minerHex), Numeric.hexStringToByteArray(PAYOUT),
                Numeric.hexStringToByteArray(VRF), power);
    }
}
