package net.utilitynet.wallet.keystore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.WrongPasswordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.utils.Numeric;

/** ethereum/tests KeyStoreTests/basic_tests.json, copied to src/test/resources/vectors/keystore_basic_tests.json. */
class KeystoreFileTest {
    private static final ScryptCost FAST = new ScryptCost(1 << 10, 8, 1);

    static JsonNode basicTests() throws Exception {
        try (InputStream in = KeystoreFileTest.class.getResourceAsStream("/vectors/keystore_basic_tests.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static void assertDecrypts(String name) throws Exception {
        JsonNode c = basicTests().get(name);
        KeystoreFile k = KeystoreFile.parse(c.get("json").toString());
        byte[] key = k.decrypt(c.get("password").asText().toCharArray());
        assertEquals(c.get("priv").asText(), Numeric.toHexStringNoPrefix(key), name);
    }

    @Test
    void decrypt_pbkdf2Test1_givesPublishedKey() throws Exception {
        assertDecrypts("test1");
    }

    @Test
    void decrypt_pbkdf2OddIv_givesPublishedKey() throws Exception {
        assertDecrypts("python_generated_test_with_odd_iv");
    }

    @Test
    void decrypt_pbkdf2EvilNonce_givesPublishedKey() throws Exception {
        assertDecrypts("evilnonce");
    }

    @Test
    void decrypt_scryptMyCrypto_givesPublishedKey() throws Exception {
        assertDecrypts("mycrypto");
    }

    /** N = 2^18 with r = 1: refused by Bouncy Castle, handled by the RFC 7914 path. */
    @Test
    void decrypt_scryptTest2LargeNWithR1_givesPublishedKey() throws Exception {
        assertDecrypts("test2");
    }

    @Test
    void decrypt_wrongPassword_namesAddressAndNotPassword() throws Exception {
        JsonNode c = basicTests().get("mycrypto");
        KeystoreFile k = KeystoreFile.parse(c.get("json").toString());
        WrongPasswordException e = assertThrows(WrongPasswordException.class, () -> k.decrypt("hunter2-wrong".toCharArray()));
        assertTrue(e.getMessage().startsWith("password: wrong password for keystore 0x"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"));
    }

    @Test
    void encryptThenWrite_roundTrip_fileIsOwnerOnlyAndDecrypts(@TempDir Path dir) {
        byte[] key = Numeric.hexStringToByteArray("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
        KeystoreFile k = KeystoreFile.encrypt(key, "pa55".toCharArray(), FAST, new SecureRandom());
        Path f = dir.resolve("UTC--key.json");
        k.write(f);
        KeystoreFile back = KeystoreFile.read(f);
        assertEquals("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", back.declaredAddress().orElseThrow().checksummed());
        assertArrayEquals(key, back.decrypt("pa55".toCharArray()));
        assertFalse(k.toJson().contains("ac0974bec"));
        if (f.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(assertDoesNotThrowPerms(f)));
        }
    }

    private static java.util.Set<java.nio.file.attribute.PosixFilePermission> assertDoesNotThrowPerms(Path f) {
        try {
            return Files.getPosixFilePermissions(f);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void parse_notJson_saysCorrupted() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> KeystoreFile.parse("{\"version\":3,"));
        assertEquals("keystore", e.field());
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    void parse_presaleWallet_namesFormat() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> KeystoreFile.parse("{\"encseed\":\"00\",\"ethaddr\":\"00\",\"email\":\"a@b\",\"btcaddr\":\"1\"}"));
        assertTrue(e.getMessage().contains("presale"), e.getMessage());
    }

    @Test
    void parse_version1_saysOnlyV3() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> KeystoreFile.parse("{\"version\":1,\"Crypto\":{}}"));
        assertTrue(e.getMessage().contains("version 1 is not supported"), e.getMessage());
    }

    @Test
    void decrypt_tamperedCiphertext_reportsWrongPasswordNotGarbageKey() throws Exception {
        JsonNode c = basicTests().get("mycrypto");
        String json = c.get("json").toString();
        String ct = c.get("json").get("crypto").get("ciphertext").asText();
        String flipped = (ct.charAt(0) == '0' ? "1" : "0") + ct.substring(1);
        KeystoreFile k = KeystoreFile.parse(json.replace(ct, flipped));
        assertThrows(WrongPasswordException.class, () -> k.decrypt(c.get("password").asText().toCharArray()));
    }

    @Test
    void parse_missingMac_namesField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> KeystoreFile.parse(
                "{\"version\":3,\"crypto\":{\"cipher\":\"aes-128-ctr\",\"kdf\":\"scrypt\",\"ciphertext\":\"00\"}}"));
        assertTrue(e.getMessage().contains("crypto.mac is missing"), e.getMessage());
    }

    @Test
    void decrypt_absurdPbkdf2Rounds_refusedBeforeWork() throws Exception {
        JsonNode c = basicTests().get("test1");
        String json = c.get("json").toString().replace("\"c\":262144", "\"c\":2000000000");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> KeystoreFile.parse(json).decrypt("x".toCharArray()));
        assertTrue(e.getMessage().contains("refusing"), e.getMessage());
    }
}
