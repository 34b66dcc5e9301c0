package net.utilitynet.protocol.trie;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

class AccountStateTest {
    /** An account value from ethereum/tests TrieTests/hex_encoded_securetrie_test.json, case test1. */
    private static final String TEST1_ACCOUNT = "0xf848018405f446a7a056e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421"
            + "a0c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470";

    @Test
    void decode_ethereumTestsAccount_readsFieldsAndReencodesIdentically() {
        AccountState account = AccountState.decode(Numeric.hexStringToByteArray(TEST1_ACCOUNT));
        assertEquals(BigInteger.ONE, account.nonce());
        assertEquals(BigInteger.valueOf(0x05f446a7), account.balance());
        assertArrayEquals(TrieRoots.emptyTrieRoot(), account.storageRoot());
        assertFalse(account.hasCode());
        assertEquals(TEST1_ACCOUNT, Numeric.toHexString(account.encode()));
    }

    @Test
    void empty_constants_areTheEmptyTrieRootAndKeccakOfNothing() {
        assertArrayEquals(Hash.sha3(new byte[] {(byte) 0x80}), TrieRoots.emptyTrieRoot());
        assertArrayEquals(Hash.sha3(new byte[0]), AccountState.EMPTY.codeHash());
        assertEquals(BigInteger.ZERO, AccountState.EMPTY.balance());
    }

    @Test
    void decode_leadingZeroNonce_throwsNamingNonce() {
        // nonce written as 0x0001 (82 00 01) instead of 01
        String bad = "0xf84a82000184" + TEST1_ACCOUNT.substring(10);
        TrieException e = assertThrows(TrieException.class, () -> AccountState.decode(Numeric.hexStringToByteArray(bad)));
        assertTrue(e.getMessage().contains("account nonce"), e.getMessage());
    }

    @Test
    void decode_wrongItemCount_throwsNamingShape() {
        TrieException e = assertThrows(TrieException.class,
                () -> AccountState.decode(Numeric.hexStringToByteArray("0xc3010203")));
        assertTrue(e.getMessage().contains("4 items"), e.getMessage());
    }

    @Test
    void constructor_shortStorageRoot_throws() {
        assertThrows(TrieException.class,
                () -> new AccountState(BigInteger.ZERO, BigInteger.ZERO, new byte[31], AccountState.EMPTY.codeHash()));
        assertThrows(TrieException.class,
                () -> new AccountState(BigInteger.ONE.shiftLeft(64), BigInteger.ZERO, TrieRoots.emptyTrieRoot(),
                        AccountState.EMPTY.codeHash()));
    }

    @Test
    void verifyAccount_secureTrieOfAccounts_provesEachAndAbsence() {
        SecureTrie state = new SecureTrie(new InMemoryNodeStore());
        byte[] alice = Numeric.hexStringToByteArray("0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b");
        AccountState aliceState = new AccountState(BigInteger.TWO, BigInteger.TEN.pow(20), TrieRoots.emptyTrieRoot(),
                AccountState.EMPTY.codeHash());
        state.put(alice, aliceState.encode());
        for (int i = 0; i < 50; i++) {
            state.put(Numeric.toBytesPadded(BigInteger.valueOf(i), 20), AccountState.EMPTY.encode());
        }
        byte[] root = state.commit();
        assertEquals(aliceState, StateProofs.verifyAccount(root, alice, state.prove(alice)));
        byte[] nobody = Numeric.hexStringToByteArray("0x" + "99".repeat(20));
        assertEquals(AccountState.EMPTY, StateProofs.verifyAccount(root, nobody, state.prove(nobody)));
        assertThrows(ProofException.class, () -> StateProofs.verifyAccount(root, new byte[19], List.of()));
    }

    @Test
    void verifyStorage_valueNotAnRlpInteger_throws() {
        SecureTrie storage = new SecureTrie(new InMemoryNodeStore());
        byte[] slot = new byte[32];
        storage.put(slot, new byte[] {0x00}); // a raw 0x00 byte is not the RLP of a minimal integer
        byte[] root = storage.root();
        ProofException e = assertThrows(ProofException.class, () -> StateProofs.verifyStorage(root, slot, storage.prove(slot)));
        assertTrue(e.getMessage().contains("storage value"), e.getMessage());
    }
}
