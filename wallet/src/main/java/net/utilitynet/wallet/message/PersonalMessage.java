package net.utilitynet.wallet.message;

import java.nio.charset.StandardCharsets;

import net.utilitynet.wallet.address.Address;
import org.web3j.crypto.Sign;

/** EIP-191 version 0x45 ("personal_sign"): keccak256("\x19Ethereum Signed Message:\n" + len + message). */
public final class PersonalMessage {
    private PersonalMessage() {
    }

    public static byte[] hash(byte[] message) {
        return Sign.getEthereumMessageHash(message);
    }

    /** Signs the UTF-8 bytes of {@code text}; returns the 0x-prefixed 65-byte signature. */
    public static String sign(String text, byte[] privateKey) {
        return MessageSignature.sign(hash(text.getBytes(StandardCharsets.UTF_8)), privateKey);
    }

    public static Address recoverSigner(String text, String signatureHex) {
        return MessageSignature.recover(hash(text.getBytes(StandardCharsets.UTF_8)), signatureHex);
    }

    public static boolean verify(String text, String signatureHex, Address expectedSigner) {
        return recoverSigner(text, signatureHex).equals(expectedSigner);
    }
}
