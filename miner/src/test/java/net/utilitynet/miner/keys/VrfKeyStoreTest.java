package net.utilitynet.miner.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.security.SecureRandom;
import net.utilitynet.protocol.vrf.EcVrfP256;
import net.utilitynet.wallet.store.WalletStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VrfKeyStoreTest {
    @TempDir
    Path dir;

    @Test
    void publicKey_firstUse_createsKeyThatSurvivesReopeningTheWallet() {
        WalletStore store = TestWallets.create(dir);
        byte[] key = new VrfKeyStore(store, new SecureRandom()).publicKey();
        store.lock();
        WalletStore reopened = WalletStore.open(dir.resolve("wallet.json"), new SecureRandom());
        reopened.unlock("test password 123".toCharArray());
        assertArrayEquals(key, new VrfKeyStore(reopened, new SecureRandom()).publicKey());
        assertEquals(33, key.length);
    }

    @Test
    void prove_anyAlpha_verifiesUnderThePublicKey() {
        VrfKeyStore vrf = new VrfKeyStore(TestWallets.create(dir), new SecureRandom());
        byte[] alpha = "alpha".getBytes();
        byte[] proof = vrf.prove(alpha);
        assertArrayEquals(EcVrfP256.proofToHash(proof), EcVrfP256.verify(vrf.publicKey(), proof, alpha));
    }
}
