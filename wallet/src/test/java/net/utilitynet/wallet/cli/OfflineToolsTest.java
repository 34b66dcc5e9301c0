package net.utilitynet.wallet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import net.utilitynet.wallet.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineToolsTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void deriveAddress_filesWithNewlines_hardhatAddresses() throws Exception {
        Path m = file("m.txt", "test test test test test test test test test test test junk\n");
        assertEquals("0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
                OfflineTools.deriveAddress(m, Optional.empty(), "m/44'/60'/0'/0/1").checksummed());
        // ethers 6.17.0: passphrase "UtilityNet passphrase", index 0
        Path p = file("p.txt", "UtilityNet passphrase\n");
        assertEquals("0x15F7f85cc4228127b1c5108dA3DA1aFF5206406A", OfflineTools.deriveAddress(m, Optional.of(p), "m/44'/60'/0'/0/0").checksummed());
    }

    @Test
    void signTransaction_type2AndLegacy_matchEthers() throws Exception {
        Path k = file("k.txt", "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80\n");
        String type2 = OfflineTools.signTransaction(k, 21844, BigInteger.valueOf(5), "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
                new BigInteger("1500000000000000000"), BigInteger.valueOf(21000), null, Optional.empty(),
                Optional.of(BigInteger.valueOf(2_000_000_000L)), Optional.of(BigInteger.valueOf(1_000_000_000L)));
        assertTrue(type2.startsWith("0x02f874825554"));
        assertTrue(type2.endsWith("3906aaa68f481"));
        String legacy = OfflineTools.signTransaction(k, 21844, BigInteger.valueOf(6), "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
                BigInteger.ONE, BigInteger.valueOf(30000), "0xdeadbeef", Optional.of(BigInteger.valueOf(3_000_000_000L)), Optional.empty(), Optional.empty());
        assertTrue(legacy.endsWith("fd0ce2a0b5562"), legacy);
    }

    @Test
    void signTransaction_bothFeeForms_errorNamesFees() throws Exception {
        Path k = file("k.txt", "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> OfflineTools.signTransaction(k, 1, BigInteger.ZERO,
                "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", BigInteger.ONE, BigInteger.valueOf(21000), null,
                Optional.of(BigInteger.ONE), Optional.of(BigInteger.TWO), Optional.empty()));
        assertEquals("fees", e.field());
    }

    @Test
    void readPrivateKey_keystoreOrShort_errorsWithoutEchoingContent() throws Exception {
        InvalidInputException ks = assertThrows(InvalidInputException.class, () -> OfflineTools.readPrivateKey(file("ks.json", "{\"version\":3}")));
        assertTrue(ks.getMessage().contains("import-keystore"));
        InvalidInputException shortKey = assertThrows(InvalidInputException.class, () -> OfflineTools.readPrivateKey(file("s.txt", "abcd1234")));
        assertTrue(!shortKey.getMessage().contains("abcd1234"));
        assertEquals("key-file", shortKey.field());
    }

    @Test
    void readSecret_missingFile_namesOption() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> OfflineTools.readSecret(dir.resolve("none"), "password-file"));
        assertEquals("password-file", e.field());
    }
}
