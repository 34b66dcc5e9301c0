package net.utilitynet.miner.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import net.utilitynet.miner.keys.TestWallets;
import net.utilitynet.miner.keys.VrfKeyStore;
import net.utilitynet.protocol.merkle.BinaryMerkleTree;
import net.utilitynet.protocol.merkle.MinerEntry;
import net.utilitynet.protocol.merkle.MinerSet;
import net.utilitynet.protocol.poci.Claim;
import net.utilitynet.protocol.poci.Election;
import net.utilitynet.protocol.poci.ElectionFactor;
import net.utilitynet.protocol.vrf.EcVrfP256;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Hash;

class ClaimMakerTest {
    private static final long CHAIN_ID = 21844;
    private static final ElectionFactor FACTOR = new ElectionFactor(2, 1);
    private static final byte[] ME = address(0x42);
    @TempDir
    Path dir;
    private VrfKeyStore vrf;
    private ClaimMaker maker;

    @BeforeEach
    void setUp() {
        vrf = new VrfKeyStore(TestWallets.create(dir), new SecureRandom());
        maker = new ClaimMaker(CHAIN_ID, FACTOR, vrf);
    }

    private static byte[] address(int last) {
        byte[] a = new byte[20];
        a[19] = (byte) last;
        return a;
    }

    private static MinerEntry other(int last, long power) {
        return new MinerEntry(address(last), address(last), EcVrfP256.publicKey(Hash.sha3(new byte[] {(byte) last})), power);
    }

    @Test
    void decide_minerNotInSet_noClaimAndSaysWhy() {
        ClaimMaker.Decision d = maker.decide(31, new byte[32], MinerSet.of(List.of(other(1, 100))), ME);
        assertTrue(d.claim().isEmpty());
        assertTrue(d.reason().contains("not in this epoch's miner set"), d.reason());
    }

    @Test
    void decide_setNamesAnotherVrfKey_noClaimAndSaysWhy() {
        MinerSet set = MinerSet.of(List.of(new MinerEntry(ME, ME, EcVrfP256.publicKey(Hash.sha3("other".getBytes())), 100)));
        ClaimMaker.Decision d = maker.decide(31, new byte[32], set, ME);
        assertTrue(d.claim().isEmpty());
        assertTrue(d.reason().contains("VRF key"), d.reason());
    }

    @Test
    void decide_halfThePowerWithFactorTwo_alwaysElectedWithValidProofAndBranch() {
        MinerSet set = MinerSet.of(List.of(new MinerEntry(ME, address(0xf0), vrf.publicKey(), 100), other(1, 50), other(0x99, 50)));
        for (long h = 31; h < 41; h++) {
            byte[] r = Hash.sha3(new byte[] {(byte) h});
            Claim c = maker.decide(h, r, set, ME).claim().orElseThrow();
            byte[] beta = EcVrfP256.verify(c.vrfPubKey(), c.vrfProof(), Election.alpha(CHAIN_ID, h, r));
            assertTrue(Election.isEligible(beta, c.power(), set.totalPower(), FACTOR));
            assertTrue(BinaryMerkleTree.verify(c.entry().leaf(), c.leafIndex(), c.branch(), set.root()));
            assertArrayEquals(address(0xf0), c.payout());
        }
    }

    @Test
    void decide_tenthOfThePower_electedAboutTwiceItsShare() {
        MinerSet set = MinerSet.of(List.of(new MinerEntry(ME, ME, vrf.publicKey(), 10), other(1, 90)));
        int elected = 0;
        int heights = 400;
        for (long h = 1; h <= heights; h++) {
            elected += maker.decide(h, Hash.sha3(new byte[] {(byte) h, (byte) (h >> 8)}), set, ME).claim().isPresent() ? 1 : 0;
        }
        // p = 2 × 10/100 = 0.2 per height: mean 80, sd 8; 48..112 is 4 sd
        assertTrue(elected > 48 && elected < 112, "elected " + elected + " of " + heights);
        assertEquals(0, maker.decide(5, new byte[32], MinerSet.of(List.of(new MinerEntry(ME, ME, vrf.publicKey(), 0), other(1, 90))), ME)
                .claim().stream().count(), "power 0 is never elected");
    }
}
