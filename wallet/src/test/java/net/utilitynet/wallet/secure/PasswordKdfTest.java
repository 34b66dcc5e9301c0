package net.utilitynet.wallet.secure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.bouncycastle.crypto.generators.SCrypt;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

class PasswordKdfTest {

    /** RFC 7914 section 12, first vector: scrypt("", "", N=16, r=1, p=1, 64). */
    @Test
    void romixDerive_rfc7914Vector1_matches() {
        byte[] out = PasswordKdf.romixDerive(new byte[0], new byte[0], 16, 1, 1, 64);
        assertEquals("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                + "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906", Numeric.toHexStringNoPrefix(out));
    }

    /** RFC 7914 section 12, second vector: scrypt("password", "NaCl", N=1024, r=8, p=16, 64). */
    @Test
    void romixDerive_rfc7914Vector2_matches() {
        byte[] out = PasswordKdf.romixDerive("password".getBytes(StandardCharsets.US_ASCII),
                "NaCl".getBytes(StandardCharsets.US_ASCII), 1024, 8, 16, 64);
        assertEquals("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                + "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640", Numeric.toHexStringNoPrefix(out));
    }

    @Test
    void romixDerive_sameParamsAsBouncyCastle_sameOutput() {
        byte[] pw = "correct horse".getBytes(StandardCharsets.UTF_8);
        byte[] salt = Numeric.hexStringToByteArray("00112233445566778899aabbccddeeff");
        assertArrayEquals(SCrypt.generate(pw, salt, 1 << 12, 2, 3, 32), PasswordKdf.romixDerive(pw, salt, 1 << 12, 2, 3, 32));
    }

    @Test
    void pbkdf2_rfc7914Section11Vector_matches() {
        // RFC 7914 section 11: PBKDF2-HMAC-SHA256("passwd", "salt", c=1, dkLen=64)
        byte[] out = PasswordKdf.pbkdf2("passwd".getBytes(StandardCharsets.US_ASCII), "salt".getBytes(StandardCharsets.US_ASCII), 1, 64);
        assertEquals("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783", Numeric.toHexStringNoPrefix(out));
    }
}
