package net.utilitynet.app.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import net.utilitynet.app.ui.TestServices;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.message.TypedData;
import net.utilitynet.wallet.message.TypedDataField;
import net.utilitynet.wallet.mnemonic.Mnemonic;
import net.utilitynet.wallet.store.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/** The EIP-712 review and signing on a real encrypted wallet file; expected values are the EIP-712 specification's Mail example. */
class TypedDataViewModelTest {
    static final String PASSWORD = "Correct-Horse-7";
    /** The EIP-712 specification's example (also signed by ethers 6.17.0 with the key keccak256("cow")). */
    static final String MAIL = "{\"types\":{\"EIP712Domain\":[{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"version\",\"type\":\"string\"},"
            + "{\"name\":\"chainId\",\"type\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\"}],"
            + "\"Person\":[{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"wallet\",\"type\":\"address\"}],"
            + "\"Mail\":[{\"name\":\"from\",\"type\":\"Person\"},{\"name\":\"to\",\"type\":\"Person\"},{\"name\":\"contents\",\"type\":\"string\"}]},"
            + "\"primaryType\":\"Mail\",\"domain\":{\"name\":\"Ether Mail\",\"version\":\"1\",\"chainId\":1,"
            + "\"verifyingContract\":\"0xcccccccccccccccccccccccccccccccccccccccc\"},\"message\":{\"from\":{\"name\":\"Cow\","
            + "\"wallet\":\"0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826\"},\"to\":{\"name\":\"Bob\","
            + "\"wallet\":\"0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB\"},\"contents\":\"Hello, Bob!\"}}";
    static final String MAIL_DIGEST = "0xbe609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2";
    static final String COW_SIGNATURE = "0x4355c47d63924e8a72e509b65029052eb6c299d53a04e167c5775fd466751c9d"
            + "07299936d304c153f6443dfa05f40ff007d72911b6f72307f996231605b915621c";

    @TempDir
    Path dir;
    WalletService service;
    WalletViewModel page;

    private TypedDataViewModel open(long chainId) throws Exception {
        TestServices services = new TestServices(dir.resolve("app"));
        WalletNetwork network = new WalletNetwork("test", "Test chain", chainId, Optional.empty());
        service = new WalletService(dir.resolve("wallet"), network, new DisconnectedChain("Test chain"), () -> Duration.ofMinutes(15),
                OnboardingViewModelTest.TEST_COST, Runnable::run);
        service.start().get();
        service.create(Mnemonic.generate(12, new SecureRandom()), new char[0], PASSWORD.toCharArray()).get();
        page = new WalletViewModel(service, services.i18n, TestServices.SAME_THREAD);
        return page.typedData();
    }

    @AfterEach
    void close() {
        if (page != null) {
            page.dispose();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    void review_mailExample_showsDomainTreeAndSpecDigest() throws Exception {
        TypedDataViewModel model = open(1);
        model.json().set(MAIL);
        model.review().get();
        assertEquals("", model.reviewError().get());
        assertEquals("Ether Mail", model.domainName().get());
        assertEquals("1", model.domainVersion().get());
        assertEquals("1", model.domainChainId().get());
        assertEquals("0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC", model.verifyingContract().get(), "EIP-55 although the request was lower case");
        assertEquals("Mail", model.primaryType().get());
        assertEquals(MAIL_DIGEST, model.digest().get());
        assertEquals("", model.chainWarning().get(), "same chain as the active network");
        assertEquals(11, model.fields().size());
        TypedDataField to = model.fields().get(7);
        assertEquals("to", TypedDataViewModel.name(to));
        assertEquals(new TypedDataField("message.to", "Person", "", 1), to);
        assertEquals(new TypedDataField("message.to.wallet", "address", "0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB", 2), model.fields().get(9));
    }

    @Test
    void sign_cowKeyAfterPassword_givesTheSpecSignature() throws Exception {
        TypedDataViewModel model = open(1);
        Account cow = service.keys().importPrivateKey(Numeric.toHexStringNoPrefix(Hash.sha3("cow".getBytes(StandardCharsets.UTF_8))).toCharArray(), "Cow").get();
        page.selected().set(cow);
        model.json().set(MAIL);
        model.review().get();
        model.password().set("wrong password");
        assertThrows(ExecutionException.class, () -> model.sign().get());
        assertTrue(model.signError().get().contains("wrong password"), model.signError().get());
        assertEquals("", model.password().get(), "the password field is cleared after each attempt");
        model.password().set(PASSWORD);
        assertEquals(COW_SIGNATURE, model.sign().get());
        assertEquals(COW_SIGNATURE, model.signature().get());
        assertEquals("", model.signError().get());
        assertEquals(Address.parse("0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826", "a"), TypedData.parse(MAIL).recoverSigner(model.signature().get()));
    }

    @Test
    void review_otherChainThanActiveNetwork_warnsAndSigningIsRefused() throws Exception {
        TypedDataViewModel model = open(21844);
        model.json().set(MAIL);
        model.review().get();
        assertTrue(model.chainWarning().get().contains("chain ID 1,") && model.chainWarning().get().contains("Test chain (chain ID 21844)"),
                model.chainWarning().get());
        model.password().set(PASSWORD);
        assertThrows(ExecutionException.class, () -> model.sign().get());
        assertTrue(model.signError().get().contains("chain id 1 but this wallet is on test (chain id 21844)"), model.signError().get());
        assertEquals("", model.signature().get());
    }

    @Test
    void review_domainWithoutChainId_warnsThatItIsValidEverywhere() throws Exception {
        TypedDataViewModel model = open(1);
        model.json().set(MAIL.replace("{\"name\":\"chainId\",\"type\":\"uint256\"},", "").replace("\"chainId\":1,", ""));
        model.review().get();
        assertEquals("", model.reviewError().get());
        assertTrue(model.chainWarning().get().contains("no chain ID"), model.chainWarning().get());
    }

    @Test
    void review_badRequests_errorNamesTheFieldAndNothingIsShown() throws Exception {
        TypedDataViewModel model = open(1);
        String[][] cases = {
            {"{\"types\": ", "not valid JSON"},
            {MAIL.replace("\"type\":\"Person\"}", "\"type\":\"Persn\"}"), "types.Mail.from has the unknown type 'Persn'"},
            {MAIL.replace(",\"contents\":\"Hello, Bob!\"", ""), "message.contents is missing (type string)"},
            {MAIL.replace("0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB", "bob"), "message.to.wallet is not a valid address"},
            {MAIL.replace("\"primaryType\":\"Mail\"", "\"primaryType\":\"Letter\""), "primaryType 'Letter' is not declared"},
        };
        for (String[] c : cases) {
            model.json().set(c[0]);
            assertThrows(ExecutionException.class, () -> model.review().get());
            assertTrue(model.reviewError().get().contains(c[1]), c[1] + " in: " + model.reviewError().get());
            assertNull(model.reviewed().get());
            assertTrue(model.fields().isEmpty());
            assertEquals(c[0], model.json().get(), "the pasted text is kept for correction");
        }
    }

    @Test
    void sign_jsonEditedAfterReview_asksForANewReview() throws Exception {
        TypedDataViewModel model = open(1);
        model.json().set(MAIL);
        model.review().get();
        model.json().set(MAIL.replace("Hello, Bob!", "Send me everything"));
        assertNull(model.reviewed().get());
        assertEquals("", model.digest().get());
        model.password().set(PASSWORD);
        assertThrows(ExecutionException.class, () -> model.sign().get());
        assertEquals("Review the typed data first; what is signed is what was reviewed.", model.signError().get());
    }
}
