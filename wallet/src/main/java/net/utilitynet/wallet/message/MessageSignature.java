package net.utilitynet.wallet.message;

import java.math.BigInteger;
import java.security.SignatureException;
import java.util.Arrays;

import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.address.Address;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

/**
 * Signs a 32-byte digest and recovers the signer, in the 65-byte r ‖ s ‖ v form (v = 27/28) that
 * MetaMask and ethers return for personal_sign and eth_signTypedData_v4.
 */
final class MessageSignature {
    private MessageSignature() {
    }

    static String sign(byte[] digest, byte[] privateKey) {
        Sign.SignatureData s = Sign.signMessage(digest, ECKeyPair.create(new BigInteger(1, privateKey)), false);
        byte[] out = new byte[65];
        System.arraycopy(s.getR(), 0, out, 0, 32);
        System.arraycopy(s.getS(), 0, out, 32, 32);
        out[64] = s.getV()[0];
        return Numeric.toHexString(out);
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
        byte v = sig[64];
        if (v == 0 || v == 1) {
            v += 27; // some signers (hardware wallets) return the recovery id itself
        }
        if (v != 27 && v != 28) {
            throw new InvalidInputException("signature", "the last byte (v) must be 27 or 28; the signature is damaged");
        }
        Sign.SignatureData data = new Sign.SignatureData(v, Arrays.copyOfRange(sig, 0, 32), Arrays.copyOfRange(sig, 32, 64));
        try {
            return Address.ofTrusted(Keys.getAddress(Sign.signedMessageHashToKey(digest, data)));
        } catch (SignatureException | RuntimeException e) {
            throw new InvalidInputException("signature", "no public key can be recovered from this signature; it is damaged or not an Ethereum signature");
        }
    }
}
