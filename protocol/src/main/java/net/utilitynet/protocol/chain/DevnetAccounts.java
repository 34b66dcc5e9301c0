package net.utilitynet.protocol.chain;

import org.web3j.crypto.Bip32ECKeyPair;
import org.web3j.crypto.MnemonicUtils;
import org.web3j.utils.Numeric;

/**
 * The devnet's well-known keys (design §4.6.1): the Hardhat/Anvil mnemonic, whose accounts {@code m/44'/60'/0'/0/i}
 * for i = 0..9 are funded at genesis and whose account 100 is the validator. Public by design; devnet only.
 */
public final class DevnetAccounts {
    public static final String MNEMONIC = "test test test test test test test test test test test junk";
    public static final int FUNDED_ACCOUNTS = 10;
    public static final int VALIDATOR_INDEX = 100;

    private DevnetAccounts() {
    }

    /** The 32-byte private key of account {@code m/44'/60'/0'/0/index} of the dev mnemonic. */
    public static byte[] privateKey(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("account index must not be negative");
        }
        Bip32ECKeyPair master = Bip32ECKeyPair.generateKeyPair(MnemonicUtils.generateSeed(MNEMONIC, ""));
        int h = Bip32ECKeyPair.HARDENED_BIT;
        Bip32ECKeyPair key = Bip32ECKeyPair.deriveKeyPair(master, new int[] {44 | h, 60 | h, h, 0, index});
        return Numeric.toBytesPadded(key.getPrivateKey(), 32);
    }

    /** The devnet validator's private key (account 100). */
    public static byte[] validatorKey() {
        return privateKey(VALIDATOR_INDEX);
    }
}
