package net.utilitynet.wallet.mnemonic;

import java.util.ArrayList;
import java.util.List;

import net.utilitynet.wallet.InvalidInputException;
import org.web3j.crypto.Bip32ECKeyPair;

/** A BIP-32 derivation path such as {@code m/44'/60'/0'/0/3}; {@code '} or {@code h} marks hardened. */
public record HdPath(List<Integer> indexes) {
    /** SLIP-44 coin type of Ethereum, used by MetaMask and ethers for every EVM chain. */
    public static final int ETHEREUM_COIN_TYPE = 60;

    public HdPath {
        indexes = List.copyOf(indexes);
    }

    /** BIP-44 account path {@code m/44'/coinType'/0'/0/index}. */
    public static HdPath bip44(int coinType, int index) {
        if (coinType < 0 || index < 0) {
            throw new InvalidInputException("path", "coin type and index must be between 0 and 2147483647");
        }
        return new HdPath(List.of(44 | Bip32ECKeyPair.HARDENED_BIT, coinType | Bip32ECKeyPair.HARDENED_BIT,
                Bip32ECKeyPair.HARDENED_BIT, 0, index));
    }

    public static HdPath parse(String text) {
        String s = text == null ? "" : text.strip();
        if (!s.equals("m") && !s.startsWith("m/")) {
            throw new InvalidInputException("path", "a derivation path starts with m/, e.g. m/44'/60'/0'/0/0");
        }
        List<Integer> out = new ArrayList<>();
        if (s.length() > 1) {
            for (String part : s.substring(2).split("/", -1)) {
                boolean hardened = part.endsWith("'") || part.endsWith("h") || part.endsWith("H");
                String num = hardened ? part.substring(0, part.length() - 1) : part;
                if (!num.matches("\\d{1,10}")) {
                    throw new InvalidInputException("path", "'" + part + "' is not a path step; use a number, with ' for hardened (e.g. 44')");
                }
                long v = Long.parseLong(num);
                if (v >= (1L << 31)) {
                    throw new InvalidInputException("path", "step " + num + " is too large; each index is below 2147483648");
                }
                out.add((int) v | (hardened ? Bip32ECKeyPair.HARDENED_BIT : 0));
            }
        }
        return new HdPath(out);
    }

    public int[] toArray() {
        return indexes.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("m");
        for (int i : indexes) {
            b.append('/').append(i & ~Bip32ECKeyPair.HARDENED_BIT);
            if ((i & Bip32ECKeyPair.HARDENED_BIT) != 0) {
                b.append('\'');
            }
        }
        return b.toString();
    }
}
