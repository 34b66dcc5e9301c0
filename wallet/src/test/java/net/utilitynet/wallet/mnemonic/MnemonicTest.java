package net.utilitynet.wallet.mnemonic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.security.SecureRandom;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.utilitynet.wallet.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Bip32ECKeyPair;
import org.web3j.crypto.MnemonicUtils;
import org.web3j.utils.Numeric;

class MnemonicTest {
    static final String DEV = "test test test test test test test test test test test junk";

    static JsonNode vectors(String name) throws Exception {
        try (InputStream in = MnemonicTest.class.getResourceAsStream("/vectors/" + name)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void deriveAddress_hardhatDevMnemonic_matchesMetaMaskAndEthers() {
        Mnemonic m = Mnemonic.parse(DEV);
        assertEquals("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", m.deriveAddress("", HdPath.bip44(60, 0)).checksummed());
        assertEquals("0x70997970C51812dc3A010C7d01b50e0d17dc79C8", m.deriveAddress("", HdPath.bip44(60, 1)).checksummed());
        assertEquals("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
                m.deriveAddress(null, HdPath.parse("m/44'/60'/0'/0/0")).checksummed());
    }

    @Test
    void deriveKey_otherCoinType_givesDifferentAddress() {
        Mnemonic m = Mnemonic.parse(DEV);
        assertFalse(m.deriveAddress("", HdPath.bip44(60, 0)).equals(m.deriveAddress("", HdPath.bip44(61, 0))));
    }

    /** All 24 English cases of trezor/python-mnemonic vectors.json (passphrase TREZOR). */
    @Test
    void seedAndMasterKey_trezorEnglishVectors_allMatch() throws Exception {
        JsonNode english = vectors("bip39_english_trezor.json").get("english");
        assertEquals(24, english.size());
        for (JsonNode v : english) {
            byte[] entropy = Numeric.hexStringToByteArray(v.get(0).asText());
            String phrase = v.get(1).asText();
            assertEquals(phrase, MnemonicUtils.generateMnemonic(entropy));
            Mnemonic m = Mnemonic.parse(phrase);
            assertEquals(v.get(2).asText(), Numeric.toHexStringNoPrefix(m.seed("TREZOR")));
            Bip32ECKeyPair master = Bip32ECKeyPair.generateKeyPair(m.seed("TREZOR"));
            assertEquals(v.get(3).asText(), ExtendedKeyEncoding.xprv(master));
        }
    }

    /** BIP-32 test vectors 1-4 (17 chains), xprv and xpub of every chain. */
    @Test
    void deriveKeyPair_bip32Vectors_allChainsMatch() throws Exception {
        int chains = 0;
        for (JsonNode vector : vectors("bip32_test_vectors.json").get("valid")) {
            Bip32ECKeyPair master = Bip32ECKeyPair.generateKeyPair(Numeric.hexStringToByteArray(vector.get("seed").asText()));
            for (JsonNode chain : vector.get("chains")) {
                Bip32ECKeyPair k = Bip32ECKeyPair.deriveKeyPair(master, HdPath.parse(chain.get("path").asText()).toArray());
                assertEquals(chain.get("xprv").asText(), ExtendedKeyEncoding.xprv(k), chain.get("path").asText());
                assertEquals(chain.get("xpub").asText(), ExtendedKeyEncoding.xpub(k), chain.get("path").asText());
                chains++;
            }
        }
        assertEquals(17, chains);
    }

    @Test
    void validate_misspelledWord_namesPositionAndSuggestion() {
        String phrase = "abandon abandon abandon abandon abandon abandon abandun abandon abandon abandon abandon about";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Mnemonic.parse(phrase));
        assertEquals("mnemonic", e.field());
        assertTrue(e.getMessage().contains("word 7 'abandun' is not in the BIP-39 English list — did you mean 'abandon'?"), e.getMessage());
    }

    @Test
    void checkWord_shortTypo_suggestsByEditDistance() {
        var c = MnemonicValidator.checkWord(3, "zo");
        assertFalse(c.valid());
        assertEquals("zoo", c.suggestion().orElseThrow());
        assertTrue(MnemonicValidator.checkWord(1, "Zoo ").valid());
    }

    @Test
    void validate_badChecksum_explainsSwapOrWrongWord() {
        String phrase = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Mnemonic.parse(phrase));
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void validate_elevenWords_saysCount() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Mnemonic.parse("test ".repeat(11)));
        assertTrue(e.getMessage().contains("this one has 11"), e.getMessage());
    }

    @Test
    void generate_24Words_isValidAndHidesWordsInToString() {
        Mnemonic m = Mnemonic.generate(24, new SecureRandom());
        Mnemonic other = Mnemonic.generate(24, new SecureRandom());
        assertEquals(24, m.wordCount());
        assertTrue(MnemonicUtils.validateMnemonic(m.phrase()));
        // The text must not depend on the words at all (a word-by-word search would trip over fixed text such
        // as "word" or "hidden", which are BIP-39 words themselves).
        assertEquals(other.toString(), m.toString(), "toString depends on the words");
        assertFalse(m.toString().contains(m.phrase().split(" ")[0] + " " + m.phrase().split(" ")[1]), "toString leaks words");
    }

    @Test
    void parsePath_validAndGarbage_roundTripsOrRejects() {
        assertEquals("m/44'/60'/0'/0/7", HdPath.parse("m/44h/60'/0'/0/7").toString());
        assertEquals("m", HdPath.parse("m").toString());
        assertThrows(InvalidInputException.class, () -> HdPath.parse("44'/60'"));
        assertThrows(InvalidInputException.class, () -> HdPath.parse("m/x"));
        assertThrows(InvalidInputException.class, () -> HdPath.parse("m/2147483648"));
    }

    @Test
    void backupCheck_rightAndWrongAnswers_reportsWrongPositionsOnly() {
        Mnemonic m = Mnemonic.parse(DEV);
        List<Integer> positions = BackupCheck.pickPositions(12, 3, new SecureRandom());
        assertEquals(3, positions.stream().distinct().count());
        assertTrue(positions.stream().allMatch(p -> p >= 1 && p <= 12));
        assertTrue(BackupCheck.wrongAnswers(m, java.util.Map.of(1, " Test", 12, "junk")).isEmpty());
        assertEquals(List.of(12), BackupCheck.wrongAnswers(m, java.util.Map.of(1, "test", 12, "test")));
    }
}
