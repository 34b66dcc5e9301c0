package net.utilitynet.protocol.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

class Secp256k1Test {
    private static final BigInteger N = new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);

    @Test
    void address_keyaddrtestVectors_matchExpectedAddresses() throws Exception {
        JsonNode cases;
        try (InputStream in = getClass().getResourceAsStream("/keyaddrtest.json")) {
            cases = new ObjectMapper().readTree(in);
        }
        assertEquals(2, cases.size());
        for (JsonNode c : cases) {
            byte[] key = Numeric.hexStringToByteArray(c.get("key").asText());
            assertEquals(c.get("addr").asText(), Numeric.toHexStringNoPrefix(Secp256k1.address(key)));
        }
    }

    @Test
    void sign_randomKeysAndHashes_sameBytesAsWeb3jAndRecoversSigner() {
        Random rnd = new Random(1);
        for (int i = 0; i < 50; i++) {
            byte[] key = randomKey(rnd);
            byte[] hash = new byte[32];
            rnd.nextBytes(hash);
            byte[] sig = Secp256k1.sign(hash, key);

            Sign.SignatureData web3j = Sign.signMessage(hash, ECKeyPair.create(key), false);
            byte[] expected = new byte[65];
            System.arraycopy(web3j.getR(), 0, expected, 0, 32);
            System.arraycopy(web3j.getS(), 0, expected, 32, 32);
            expected[64] = (byte) (web3j.getV()[0] - 27);
            assertArrayEquals(expected, sig, "RFC 6979 signatures are deterministic, so both libraries agree");

            byte[] address = Numeric.hexStringToByteArray(Keys.getAddress(ECKeyPair.create(key)));
            assertArrayEquals(address, Secp256k1.address(key));
            assertArrayEquals(address, Secp256k1.recoverAddress(hash, sig));
        }
    }

    @Test
    void recoverAddress_highS_rejectedWithFix() {
        byte[] key = randomKey(new Random(2));
        byte[] hash = Hash.sha3(new byte[] {1, 2, 3});
        byte[] sig = Secp256k1.sign(hash, key);
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(sig, 32, 64));
        byte[] high = Numeric.toBytesPadded(N.subtract(s), 32);
        System.arraycopy(high, 0, sig, 32, 32);
        sig[64] ^= 1;
        SignatureException e = assertThrows(SignatureException.class, () -> Secp256k1.recoverAddress(hash, sig));
        assertTrue(e.getMessage().contains("low-s"), e.getMessage());
    }

    @Test
    void recoverAddress_tamperedHash_givesDifferentAddress() {
        byte[] key = randomKey(new Random(3));
        byte[] hash = Hash.sha3(new byte[] {9});
        byte[] sig = Secp256k1.sign(hash, key);
        hash[0] ^= 1;
        assertFalse(Arrays.equals(Secp256k1.address(key), Secp256k1.recoverAddress(hash, sig)));
    }

    @Test
    void recoverAddress_badVOrSize_rejected() {
        byte[] sig = Secp256k1.sign(new byte[32], randomKey(new Random(4)));
        sig[64] = 27;
        assertThrows(SignatureException.class, () -> Secp256k1.recoverAddress(new byte[32], sig));
        assertThrows(SignatureException.class, () -> Secp256k1.recoverAddress(new byte[32], new byte[64]));
        assertThrows(SignatureException.class, () -> Secp256k1.recoverAddress(new byte[31], Arrays.copyOf(sig, 65)));
    }

    @Test
    void sign_zeroKey_rejectedWithoutEchoingKey() {
        SignatureException e = assertThrows(SignatureException.class, () -> Secp256k1.sign(new byte[32], new byte[32]));
        assertTrue(e.getMessage().startsWith("private key:"));
    }

    static byte[] randomKey(Random rnd) {
        byte[] key = new byte[32];
        rnd.nextBytes(key);
        key[0] &= 0x7f;
        key[31] |= 1;
        return key;
    }
}
