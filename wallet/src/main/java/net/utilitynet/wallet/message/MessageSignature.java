package net.utilitynet.wallet.message;

import net.utilitynet.protocol.crypto.Secp256k1;
import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.address.Address;
import org.web3j.utils.Numeric;

/**
 * Signs a 32-byte digest and recovers the signer, in the 65-byte r ‖ s ‖ v form (v = 27/28) that
 * MetaMask and ethers return for personal_sign and eth_signTypedData_v4.
 */
final class MessageSignature {
    private MessageSignature() {
    }

    static String sign(byte[] digest, byte[] privateKey) {
        byte[] sig = Secp256k1.sign(digest, privateKey);
        sig[64] += 27;
        return Numeric.toHexString(sig);
    }

    static Address recover(byte[] digest, String signatureHex) {
        byte[] sig;
        try {
            sig = Numeric.hexStringToByteArray(signatureHex == null ? "" : signatureHex.strip());
        } catch (RuntimeException e) {
            throw new InvalidInputException("signature", "the signature is not hex; paste the 0x… value (65 bytes) you were given");
        }
        if (sig.length != 65) {
            throw new InvalidInputException("signature", "a signature is 65 bytes (132 hex characters with 0x); this one has " + sig.length + " bytes");
        }
        if (sig[64] == 27 || sig[64] == 28) {
            sig[64] -= 27; // some signers (hardware wallets) already return the bare recovery id 0/1
        }
        if (sig[64] != 0 && sig[64] != 1) {
            throw new InvalidInputException("signature", "the last byte (v) must be 27 or 28; the signature is damaged");
        }
        try {
            return Address.ofBytes(Secp256k1.recoverAddress(digest, sig));
        } catch (RuntimeException e) {
            throw new InvalidInputException("signature", "no public key can be recovered from this signature; it is damaged, "
                    + "not an Ethereum signature, or uses the non-canonical high-s form");
        }
    }
}
