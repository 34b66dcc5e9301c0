package net.utilitynet.app.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import net.utilitynet.app.ui.TestServices;
import net.utilitynet.wallet.address.Address;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Address book editing and the send form's recipient checks that use it (no chain needed). */
class AddressBookViewModelTest {
    static final Address ALICE = Address.ofTrusted("0x1234567890abcdef1234567890abcdef1234abcd");

    @TempDir
    Path dir;
    WalletService service;
    WalletViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        TestServices services = new TestServices(dir.resolve("app"));
        service = new WalletService(dir.resolve("wallet"), new WalletNetwork("devnet", "Local devnet", 21844, Optional.empty()),
                new DisconnectedChain("Local devnet"), () -> Duration.ofMinutes(15), OnboardingViewModelTest.TEST_COST, Runnable::run);
        service.start().get();
        model = new WalletViewModel(service, services.i18n, TestServices.SAME_THREAD);
        service.create(DevnetChain.DEV, new char[0], "Correct-Horse-7".toCharArray()).get();
    }

    @AfterEach
    void tearDown() {
        model.dispose();
        service.close();
    }

    @Test
    void add_badInputThenValid_errorsNextToFieldsThenSavedEncrypted() throws Exception {
        AddressBookViewModel book = model.addressBook();
        book.address().set("0x12");
        book.add().handle((l, e) -> null).get();
        assertTrue(book.addressError().get().contains("40 hex"), book.addressError().get());
        book.address().set(ALICE.checksummed());
        book.add().handle((l, e) -> null).get();
        assertEquals("Enter a name you will recognise, e.g. \u201cAlice (exchange)\u201d.", book.nameError().get());
        book.name().set("Alice");
        book.add().get();
        assertEquals(1, book.entries().size());
        assertEquals("", book.address().get());
        assertTrue(java.nio.file.Files.readString(service.walletFile()).indexOf(ALICE.lower().substring(2)) < 0, "the book is encrypted");

        SendViewModel send = model.send();
        send.to().set(ALICE.checksummed());
        send.checkRecipient().get();
        assertEquals("", send.recipientWarning().get(), "a saved address is neither new nor a look-alike");
        Address poison = Address.ofTrusted("0x1234" + "0".repeat(32) + "abcd");
        send.to().set(poison.checksummed());
        send.checkRecipient().get();
        assertTrue(send.recipientWarning().get().startsWith("Careful: this address looks like " + ALICE.checksummed()), send.recipientWarning().get());

        book.remove(book.entries().get(0)).get();
        assertTrue(book.entries().isEmpty());
    }

    @Test
    void signAndVerify_personalMessage_validForSignerOnly() throws Exception {
        MessageViewModel m = model.messages();
        m.message().set("I own this account");
        m.password().set("wrong-password");
        m.sign().handle((x, e) -> null).get();
        assertTrue(m.signError().get().toLowerCase().contains("password"), m.signError().get());
        assertEquals("", m.signature().get());
        m.password().set("Correct-Horse-7");
        String sig = m.sign().get();
        assertEquals(sig, m.signature().get());
        assertEquals("", m.password().get());

        m.verifyAddress().set(DevnetChain.devAccount(0).checksummed());
        m.verifyMessage().set("I own this account");
        m.verifySignature().set(sig);
        assertTrue(m.verify());
        assertEquals("\u2713 The signature is valid: " + DevnetChain.devAccount(0).checksummed() + " signed this message.", m.verifyResult().get());
        m.verifyMessage().set("I own this account!");
        assertEquals(false, m.verify());
        assertTrue(m.verifyResult().get().startsWith("\u2717 Not signed by this address"), m.verifyResult().get());
        m.verifySignature().set("0x1234");
        assertEquals(false, m.verify());
        assertTrue(!m.verifyError().get().isEmpty());
    }

    @Test
    void importKeystore_addressShownFirstThenImported_wrongPasswordReported() throws Exception {
        byte[] key = new byte[32];
        key[31] = 7;
        Path file = dir.resolve("key.json");
        net.utilitynet.wallet.keystore.KeystoreFile.encrypt(key, "keystore-pass".toCharArray(), new net.utilitynet.wallet.keystore.ScryptCost(1 << 10, 8, 1),
                new java.security.SecureRandom()).write(file);
        Address expected = Address.ofBytes(net.utilitynet.protocol.crypto.Secp256k1.address(key));

        model.keystoreAddress(file, "nope".toCharArray()).handle((a, e) -> null).get();
        assertTrue(model.accountError().get().toLowerCase().contains("wrong password"), model.accountError().get());
        char[] password = "keystore-pass".toCharArray();
        assertEquals(expected, model.keystoreAddress(file, password).get());
        assertEquals(2, service.wallet().get().store().accounts().size() + 1, "nothing imported before the user confirms");
        model.importKeystore(file, password, "").get();
        assertTrue(service.wallet().get().store().accounts().stream().anyMatch(a -> a.address().equals(expected) && a.label().equals("Imported")));
        assertEquals('\0', password[0], "the keystore password is wiped after the import");
    }
}
