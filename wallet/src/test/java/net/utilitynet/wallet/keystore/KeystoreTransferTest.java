package net.utilitynet.wallet.keystore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;

import net.utilitynet.wallet.WrongPasswordException;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.mnemonic.Mnemonic;
import net.utilitynet.wallet.store.AccountKind;
import net.utilitynet.wallet.store.WalletStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeystoreTransferTest {
    static final ScryptCost FAST = new ScryptCost(1 << 10, 8, 1);

    @TempDir
    Path dir;

    @Test
    void exportThenImport_hdAccount_sameKeyInOtherWallet() {
        WalletStore a = WalletStore.create(dir.resolve("a.wallet"), "devnet", "password-a".toCharArray(),
                Optional.of(Mnemonic.parse("test test test test test test test test test test test junk")), "", 60, FAST, new SecureRandom());
        Address acct = a.accounts().get(0).address();
        Path ks = dir.resolve("export.json");
        KeystoreTransfer.exportKeystore(a, acct, "keystore-pass".toCharArray(), ks, FAST, new SecureRandom());

        WalletStore b = WalletStore.create(dir.resolve("b.wallet"), "devnet", "password-b".toCharArray(), Optional.empty(), "", 60, FAST,
                new SecureRandom());
        assertThrows(WrongPasswordException.class, () -> KeystoreTransfer.importKeystore(b, ks, "wrong".toCharArray(), "x"));
        var imported = KeystoreTransfer.importKeystore(b, ks, "keystore-pass".toCharArray(), "From A");
        assertEquals(acct, imported.address());
        assertEquals(AccountKind.IMPORTED, imported.kind());
        assertArrayEquals(a.privateKey(acct), b.privateKey(acct));
        assertEquals(1, b.accounts().size());
        assertEquals(true, Files.exists(ks));
    }
}
