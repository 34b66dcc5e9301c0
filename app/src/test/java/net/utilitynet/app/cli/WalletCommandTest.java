package net.utilitynet.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import net.utilitynet.wallet.keystore.KeystoreFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wallet and tx commands through picocli, on a real data directory. */
class WalletCommandTest {
    static final String DEV = "test test test test test test test test test test test junk";

    @TempDir
    Path dir;


    private CliRun run(String... args) {
        return CliRun.inDataDir(dir.resolve("home"), args);
    }

    private String file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content).toString();
    }

    @Test
    void derive_devMnemonicIndex1_printsChecksummedAddress() throws Exception {
        CliRun r = run("wallet", "derive", "--mnemonic-file", file("m.txt", DEV + "\n"), "--path", "m/44'/60'/0'/0/1");
        assertEquals(0, r.exit(), r.err());
        assertEquals("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", r.out().strip());
    }

    @Test
    void derive_misspelledWord_exit2WithSuggestion() throws Exception {
        CliRun r = run("wallet", "derive", "--mnemonic-file", file("m.txt", DEV.replace("junk", "junc")));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("word 12 'junc' is not in the BIP-39 English list"), r.err());
    }

    @Test
    void txSign_eip1559Fees_type2MatchingEthers() throws Exception {
        CliRun r = run("tx", "sign", "--key-file", file("k.txt", "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80\n"),
                "--chain-id", "21844", "--nonce", "5", "--to", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "--value-wei", "1500000000000000000",
                "--gas", "21000", "--max-fee", "2000000000", "--priority-fee", "1000000000");
        assertEquals(0, r.exit(), r.err());
        // ethers 6.17.0 signTransaction of the same fields
        assertEquals("0x02f87482555405843b9aca0084773594008252089470997970c51812dc3a010c7d01b50e0d17dc79c88814d1120d7b16000080c080a0"
                + "bb9cb1d1336ed33d91e0732bc06410c7b5adceb9f12a5d7a09e9ed40e8007dfaa0316745032821f7a051da88b923b3ef7977208e56cb93284e3643906aaa68f481",
                r.out().strip());
    }

    @Test
    void txSign_gasPrice_legacyEip155MatchingEthers() throws Exception {
        CliRun r = run("tx", "sign", "--key-file", file("k.txt", "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"),
                "--chain-id", "21844", "--nonce", "6", "--to", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "--value-wei", "1",
                "--gas", "30000", "--data", "0xdeadbeef", "--gas-price", "3000000000");
        assertEquals(0, r.exit(), r.err());
        assertEquals("0xf8690684b2d05e008275309470997970c51812dc3a010c7d01b50e0d17dc79c80184deadbeef82aacba0925d9e62dbfbc693a5d0989a6407a4"
                + "1665b00f73b8bb04d071934d9f7008ca36a01fcb09eaba73a7a6c47071b69b51eb8d87f6958f6cf7ee1651afd0ce2a0b5562", r.out().strip());
    }

    @Test
    void txSign_bothFeeForms_usageError() throws Exception {
        CliRun r = run("tx", "sign", "--key-file", file("k.txt", "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"),
                "--chain-id", "1", "--nonce", "0", "--to", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "--value-wei", "1", "--gas", "21000",
                "--gas-price", "1", "--max-fee", "2", "--priority-fee", "1");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("mutually exclusive"), r.err());
    }

    @Test
    void txSign_badChecksum_exit2NamingTo() throws Exception {
        CliRun r = run("tx", "sign", "--key-file", file("k.txt", "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"),
                "--chain-id", "1", "--nonce", "0", "--to", "0x70997970C51812dc3A010C7d01b50e0d17dc79c8", "--value-wei", "1", "--gas", "21000",
                "--gas-price", "1");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("to: the EIP-55 checksum"), r.err());
    }

    @Test
    void restoreListExportImport_devMnemonic_roundTripThroughKeystore() throws Exception {
        String pw = file("pw.txt", "correct horse battery\n");
        CliRun restored = run("wallet", "restore", "--mnemonic-file", file("m.txt", DEV), "--password-file", pw, "--light-kdf");
        assertEquals(0, restored.exit(), restored.err());
        assertTrue(restored.out().contains("Account 1: 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"), restored.out());
        assertFalse(restored.out().contains("junk"), "restore must not echo the words");

        CliRun listed = run("wallet", "list", "--password-file", pw);
        assertEquals(0, listed.exit(), listed.err());
        assertTrue(listed.out().contains("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266  hd"), listed.out());

        CliRun wrong = run("wallet", "list", "--password-file", file("bad.txt", "nope nope nope"));
        assertEquals(2, wrong.exit());
        assertTrue(wrong.err().contains("wrong password"), wrong.err());

        Path ks = dir.resolve("acct0.json");
        String kpw = file("kpw.txt", "keystore pass");
        CliRun exported = run("wallet", "export-keystore", "--address", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "--out", ks.toString(),
                "--keystore-password-file", kpw, "--password-file", pw, "--light-kdf");
        assertEquals(0, exported.exit(), exported.err());
        assertEquals("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", KeystoreFile.read(ks).declaredAddress().orElseThrow().checksummed());
        if (ks.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(ks)));
        }

        CliRun dup = run("wallet", "import-keystore", "--keystore", ks.toString(), "--keystore-password-file", kpw, "--password-file", pw);
        assertEquals(2, dup.exit());
        assertTrue(dup.err().contains("already in this wallet"), dup.err());
    }

    @Test
    void restore_mnemonicFromStdin_restoresAndTwoStdinSecretsRefused() throws Exception {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream((DEV + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            CliRun r = run("wallet", "restore", "--mnemonic-file", "-", "--password-file", file("pw.txt", "correct horse battery"), "--light-kdf");
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
            CliRun two = run("wallet", "restore", "--mnemonic-file", "-", "--password-file", "-");
            assertEquals(2, two.exit());
            assertTrue(two.err().contains("only one secret"), two.err());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void create_twelveWords_printsWordsOnceAndListShowsAccount() throws Exception {
        String pw = file("pw.txt", "correct horse battery");
        CliRun created = run("wallet", "create", "--password-file", pw);
        assertEquals(0, created.exit(), created.err());
        String header = Files.readString(dir.resolve("home/data/devnet/wallet.json"));
        assertTrue(header.contains("\"n\" : 131072"), "default is the standard scrypt cost: " + header);
        String[] lines = created.out().strip().split("\\R");
        assertEquals(12, lines[lines.length - 1].split(" ").length);
        CliRun again = run("wallet", "create", "--password-file", pw);
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("already exists"), again.err());
    }
}
