package net.utilitynet.wallet.mnemonic;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Arrays;

import org.web3j.crypto.Bip32ECKeyPair;
import org.web3j.crypto.Hash;

/** Test helper: BIP-32 xprv/xpub serialization (Base58Check) to compare with published vectors. */
final class ExtendedKeyEncoding {
    private static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private ExtendedKeyEncoding() {
    }

    static String xprv(Bip32ECKeyPair k) {
        return encode(0x0488ADE4, k, k.getPrivateKeyBytes33());
    }

    static String xpub(Bip32ECKeyPair k) {
        return encode(0x0488B21E, k, k.getPublicKeyPoint().getEncoded(true));
    }

    private static String encode(int version, Bip32ECKeyPair k, byte[] key) {
        ByteBuffer b = ByteBuffer.allocate(78);
        b.putInt(version).put((byte) k.getDepth()).putInt(k.getParentFingerprint()).putInt(k.getChildNumber())
                .put(k.getChainCode()).put(key);
        byte[] payload = b.array();
        byte[] check = Arrays.copyOf(Hash.sha256(Hash.sha256(payload)), 4);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(payload);
        all.writeBytes(check);
        byte[] bytes = all.toByteArray();
        StringBuilder s = new StringBuilder();
        BigInteger n = new BigInteger(1, bytes);
        BigInteger base = BigInteger.valueOf(58);
        while (n.signum() > 0) {
            BigInteger[] qr = n.divideAndRemainder(base);
            s.append(ALPHABET.charAt(qr[1].intValue()));
            n = qr[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            s.append('1');
        }
        return s.reverse().toString();
    }
}
