package net.utilitynet.wallet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.security.SecureRandom;
import java.util.Random;

import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.keystore.KeystoreFile;
import net.utilitynet.wallet.keystore.ScryptCost;
import net.utilitynet.wallet.message.TypedData;
import net.utilitynet.wallet.mnemonic.Mnemonic;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

/**
 * Random bad input must end in a typed {@link InvalidInputException} (or a correct result), never in
 * another exception type. Deterministic seeds; the slow profile runs many more cases.
 */
class BadInputFuzzTest {
    private static final String ALPHABET = "0123456789abcdefABCDEFxX.,-+eE _{}[]\":\u00e9\u0000";

    private static String randomText(Random r, int maxLen) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(maxLen + 1);
        for (int i = 0; i < n; i++) {
            b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static void onlyTypedErrors(Runnable parse, String input) {
        try {
            parse.run();
        } catch (InvalidInputException expected) {
            // the only acceptable failure
        } catch (RuntimeException e) {
            fail("input '" + input + "' raised " + e, e);
        }
    }

    private static void fuzzText(int cases) {
        Random r = new Random(42);
        for (int i = 0; i < cases; i++) {
            String s = randomText(r, 48);
            onlyTypedErrors(() -> UncAmount.parse(s, "amount"), s);
            onlyTypedErrors(() -> Address.parse(s, "to"), s);
            onlyTypedErrors(() -> Mnemonic.parse(s), s);
            onlyTypedErrors(() -> TypedData.parse(s), s);
            onlyTypedErrors(() -> KeystoreFile.parse(s), s);
        }
    }

    private static void fuzzKeystore(int cases) {
        byte[] key = Numeric.hexStringToByteArray("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
        String json = KeystoreFile.encrypt(key, "pw".toCharArray(), new ScryptCost(1 << 4, 8, 1), new SecureRandom()).toJson();
        Random r = new Random(7);
        for (int i = 0; i < cases; i++) {
            char[] c = json.toCharArray();
            int edits = 1 + r.nextInt(3);
            for (int k = 0; k < edits; k++) {
                c[r.nextInt(c.length)] = ALPHABET.charAt(r.nextInt(ALPHABET.length()));
            }
            String mutated = new String(c);
            onlyTypedErrors(() -> {
                KeystoreFile k = KeystoreFile.parse(mutated);
                byte[] got = k.decrypt("pw".toCharArray());
                // the v3 MAC does not cover the IV: only the declared address can catch a changed IV
                if (k.declaredAddress().isPresent()) {
                    assertArrayEquals(key, got, "a keystore naming its address must decrypt to that address's key");
                }
            }, mutated);
        }
    }

    @Test
    void parse_randomText_onlyTypedErrors() {
        fuzzText(3_000);
    }

    /** A changed IV with the address field intact is caught by the address check. */
    @Test
    void decrypt_ivChangedAddressKept_refusedAsAltered() {
        byte[] key = Numeric.hexStringToByteArray("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
        KeystoreFile k = KeystoreFile.encrypt(key, "pw".toCharArray(), new ScryptCost(1 << 4, 8, 1), new SecureRandom());
        String json = k.toJson();
        int at = json.indexOf("\"iv\" : \"") + 8;
        String flipped = json.substring(0, at) + (json.charAt(at) == '0' ? '1' : '0') + json.substring(at + 1);
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> KeystoreFile.parse(flipped).decrypt("pw".toCharArray()));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("altered"), e.getMessage());
    }

    @Test
    void decrypt_mutatedKeystore_onlyTypedErrorsOrOriginalKey() {
        fuzzKeystore(400);
    }

    @Tag("slow")
    @Test
    void parseAndDecrypt_manyRandomInputs_onlyTypedErrors() {
        fuzzText(200_000);
        fuzzKeystore(20_000);
    }
}
