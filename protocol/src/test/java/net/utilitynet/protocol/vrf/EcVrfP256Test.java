package net.utilitynet.protocol.vrf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.web3j.utils.Numeric;

class EcVrfP256Test {

    /**
     * RFC 9381 Appendix B.1, Examples 10-12 (ECVRF-P256-SHA256-TAI), as transcribed from
     * draft-irtf-cfrg-vrf-15 (cfrg/draft-irtf-cfrg-vrf commit 7c3bb278) into the project's vector set.
     */
    record Example(int number, String sk, String pk, String alpha, String h, String k, String pi, String beta) {
        @Override
        public String toString() {
            return "RFC 9381 example " + number;
        }
    }

    static Stream<Example> rfc9381Examples() {
        return Stream.of(
                new Example(10,
                        "c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721",
                        "0360fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6",
                        hex("sample"),
                        "0272a877532e9ac193aff4401234266f59900a4a9e3fc3cfc6a4b7e467a15d06d4",
                        "0d90591273453d2dc67312d39914e3a93e194ab47a58cd598886897076986f77",
                        "035b5c726e8c0e2c488a107c600578ee75cb702343c153cb1eb8dec77f4b5071b4a53f0a46f018bc2c56e58d383f2305e0975972c26feea0eb122fe7893c15af376b33edf7de17c6ea056d4d82de6bc02f",
                        "a3ad7b0ef73d8fc6655053ea22f9bede8c743f08bbed3d38821f0e16474b505e"),
                new Example(11,
                        "c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721",
                        "0360fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6",
                        hex("test"),
                        "02173119b4fff5e6f8afed4868a29fe8920f1b54c2cf89cc7b301d0d473de6b974",
                        "5852353a868bdce26938cde1826723e58bf8cb06dd2fed475213ea6f3b12e961",
                        "034dac60aba508ba0c01aa9be80377ebd7562c4a52d74722e0abae7dc3080ddb56c19e067b15a8a8174905b13617804534214f935b94c2287f797e393eb0816969d864f37625b443f30f1a5a33f2b3c854",
                        "a284f94ceec2ff4b3794629da7cbafa49121972671b466cab4ce170aa365f26d"),
                new Example(12,
                        "2ca1411a41b17b24cc8c3b089cfd033f1920202a6c0de8abb97df1498d50d2c8",
                        "03596375e6ce57e0f20294fc46bdfcfd19a39f8161b58695b3ec5b3d16427c274d",
                        hex("Example using ECDSA key from Appendix L.4.2 of ANSI.X9-62-2005"),
                        "0258055c26c4b01d01c00fb57567955f7d39cd6f6e85fd37c58f696cc6b7aa761d",
                        "5689e2e08e1110b4dda293ac21667eac6db5de4a46a519c73d533f69be2f4da3",
                        "03d03398bf53aa23831d7d1b2937e005fb0062cbefa06796579f2a1fc7e7b8c667d091c00b0f5c3619d10ecea44363b5a599cadc5b2957e223fec62e81f7b4825fc799a771a3d7334b9186bdbee87316b1",
                        "90871e06da5caa39a3c61578ebb844de8635e27ac0b13e829997d0d95dd98c19"));
    }

    @ParameterizedTest
    @MethodSource("rfc9381Examples")
    void publicKey_rfcSecretKey_matchesRfcPublicKey(Example ex) {
        assertEquals(ex.pk(), Numeric.toHexStringNoPrefix(EcVrfP256.publicKey(b(ex.sk()))));
    }

    @ParameterizedTest
    @MethodSource("rfc9381Examples")
    void encodeToCurveAndNonce_rfcInputs_matchRfcIntermediates(Example ex) {
        byte[] h = EcVrfP256.encodeToCurve(b(ex.pk()), b(ex.alpha())).getEncoded(true);
        assertEquals(ex.h(), Numeric.toHexStringNoPrefix(h));
        BigInteger k = EcVrfP256.nonce(new BigInteger(1, b(ex.sk())), h);
        assertEquals(new BigInteger(ex.k(), 16), k);
    }

    @ParameterizedTest
    @MethodSource("rfc9381Examples")
    void prove_rfcInputs_matchesRfcProof(Example ex) {
        assertEquals(ex.pi(), Numeric.toHexStringNoPrefix(EcVrfP256.prove(b(ex.sk()), b(ex.alpha()))));
    }

    @ParameterizedTest
    @MethodSource("rfc9381Examples")
    void verify_rfcProof_returnsRfcBeta(Example ex) {
        byte[] beta = EcVrfP256.verify(b(ex.pk()), b(ex.pi()), b(ex.alpha()));
        assertEquals(ex.beta(), Numeric.toHexStringNoPrefix(beta));
        assertArrayEquals(beta, EcVrfP256.proofToHash(b(ex.pi())));
    }

    @Test
    void verify_otherAlpha_throwsChallengeMismatch() {
        Example ex = rfc9381Examples().findFirst().orElseThrow();
        VrfException e = assertThrows(VrfException.class,
                () -> EcVrfP256.verify(b(ex.pk()), b(ex.pi()), b(hex("other"))));
        assertTrue(e.getMessage().contains("does not verify"), e.getMessage());
    }

    @Test
    void verify_otherPublicKey_throwsChallengeMismatch() {
        Example ex10 = rfc9381Examples().toList().get(0);
        Example ex12 = rfc9381Examples().toList().get(2);
        assertThrows(VrfException.class, () -> EcVrfP256.verify(b(ex12.pk()), b(ex10.pi()), b(ex10.alpha())));
    }

    @Test
    void verify_everySingleBitFlipInProof_isRejected() {
        Example ex = rfc9381Examples().findFirst().orElseThrow();
        byte[] pi = b(ex.pi());
        for (int bit = 0; bit < pi.length * 8; bit++) {
            byte[] tampered = pi.clone();
            tampered[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThrows(VrfException.class, () -> EcVrfP256.verify(b(ex.pk()), tampered, b(ex.alpha())),
                    "bit " + bit + " flipped");
        }
    }

    @Test
    void verify_proofOfWrongLength_throwsNamingLength() {
        Example ex = rfc9381Examples().findFirst().orElseThrow();
        byte[] shortPi = Arrays.copyOf(b(ex.pi()), 80);
        VrfException e = assertThrows(VrfException.class, () -> EcVrfP256.verify(b(ex.pk()), shortPi, b(ex.alpha())));
        assertTrue(e.getMessage().contains("81 bytes"), e.getMessage());
    }

    @Test
    void verify_sNotBelowGroupOrder_throwsNamingS() {
        Example ex = rfc9381Examples().findFirst().orElseThrow();
        byte[] pi = b(ex.pi());
        Arrays.fill(pi, 49, 81, (byte) 0xff);
        VrfException e = assertThrows(VrfException.class, () -> EcVrfP256.verify(b(ex.pk()), pi, b(ex.alpha())));
        assertTrue(e.getMessage().contains("scalar s"), e.getMessage());
    }

    @Test
    void verify_gammaNotOnCurve_throwsNamingGamma() {
        Example ex = rfc9381Examples().findFirst().orElseThrow();
        byte[] pi = b(ex.pi());
        Arrays.fill(pi, 1, 33, (byte) 0xff); // x >= p is never a field element
        VrfException e = assertThrows(VrfException.class, () -> EcVrfP256.verify(b(ex.pk()), pi, b(ex.alpha())));
        assertTrue(e.getMessage().contains("Gamma"), e.getMessage());
    }

    @Test
    void verify_publicKeyWithBadPrefix_throwsNamingPublicKey() {
        Example ex = rfc9381Examples().findFirst().orElseThrow();
        byte[] pk = b(ex.pk());
        pk[0] = 0x04;
        VrfException e = assertThrows(VrfException.class, () -> EcVrfP256.verify(pk, b(ex.pi()), b(ex.alpha())));
        assertTrue(e.getMessage().contains("public key"), e.getMessage());
    }

    @Test
    void verify_uncompressedPublicKey_throwsNamingLength() {
        assertThrows(VrfException.class, () -> EcVrfP256.verify(new byte[65], new byte[81], new byte[0]));
    }

    @Test
    void publicKey_zeroOrOversizedSecret_throws() {
        assertThrows(VrfException.class, () -> EcVrfP256.publicKey(new byte[32]));
        byte[] aboveOrder = new byte[32];
        Arrays.fill(aboveOrder, (byte) 0xff);
        assertThrows(VrfException.class, () -> EcVrfP256.publicKey(aboveOrder));
        assertThrows(VrfException.class, () -> EcVrfP256.publicKey(new byte[31]));
    }

    @Test
    void proveThenVerify_manyKeysAndMessages_roundTrips() {
        for (int i = 1; i <= 20; i++) {
            byte[] sk = org.web3j.crypto.Hash.sha3(new byte[] {(byte) i});
            byte[] alpha = ("message " + i).getBytes(StandardCharsets.UTF_8);
            byte[] pi = EcVrfP256.prove(sk, alpha);
            assertArrayEquals(EcVrfP256.proofToHash(pi), EcVrfP256.verify(EcVrfP256.publicKey(sk), pi, alpha));
        }
    }

    private static String hex(String ascii) {
        return Numeric.toHexStringNoPrefix(ascii.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] b(String hex) {
        return Numeric.hexStringToByteArray(hex);
    }
}
