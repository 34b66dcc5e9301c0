package net.utilitynet.wallet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.mnemonic.HdPath;
import net.utilitynet.wallet.mnemonic.Mnemonic;
import net.utilitynet.wallet.secure.Passwords;
import net.utilitynet.wallet.tx.Fees;
import net.utilitynet.wallet.tx.TransactionSigner;
import net.utilitynet.wallet.tx.TxParams;
import org.web3j.utils.Numeric;

/**
 * The plain-Java operations behind the offline commands ({@code utilitynet wallet derive},
 * {@code utilitynet tx sign}) and the secret-reading rule of every command: secrets come from
 * files or standard input, never from arguments.
 */
public final class OfflineTools {
    private OfflineTools() {
    }

    /** {@code wallet derive}: the EIP-55 address at {@code path} for the mnemonic (and passphrase) in the files. */
    public static Address deriveAddress(Path mnemonicFile, Optional<Path> passphraseFile, String path) {
        HdPath hdPath = HdPath.parse(path);
        char[] words = readSecret(mnemonicFile, "mnemonic-file");
        char[] passphrase = passphraseFile.map(p -> readSecret(p, "passphrase-file")).orElse(new char[0]);
        try {
            return Mnemonic.parse(new String(words)).deriveAddress(new String(passphrase), hdPath);
        } finally {
            Passwords.wipe(words);
            Passwords.wipe(passphrase);
        }
    }

    /**
     * {@code tx sign}: a signed raw transaction, type 2 when {@code maxFee} and {@code priorityFee}
     * are given, legacy EIP-155 when {@code gasPrice} is; exactly one of the two forms is required.
     */
    public static String signTransaction(Path keyFile, long chainId, BigInteger nonce, String to, BigInteger valueWei, BigInteger gas,
            String dataHex, Optional<BigInteger> gasPrice, Optional<BigInteger> maxFee, Optional<BigInteger> priorityFee) {
        Fees fees;
        if (gasPrice.isPresent() && maxFee.isEmpty() && priorityFee.isEmpty()) {
            fees = new Fees.Legacy(gasPrice.get());
        } else if (gasPrice.isEmpty() && maxFee.isPresent() && priorityFee.isPresent()) {
            fees = new Fees.Eip1559(maxFee.get(), priorityFee.get());
        } else {
            throw new InvalidInputException("fees", "give either --gas-price (legacy) or both --max-fee and --priority-fee (EIP-1559)");
        }
        byte[] data = parseData(dataHex);
        TxParams p = new TxParams(chainId, nonce, Address.parse(to, "to"), valueWei, gas, data, fees);
        byte[] key = readPrivateKey(keyFile);
        try {
            return TransactionSigner.sign(p, key).rawHex();
        } finally {
            Passwords.wipe(key);
        }
    }

    /** A 32-byte private key from a file holding 64 hex characters (0x optional, surrounding whitespace ignored). */
    public static byte[] readPrivateKey(Path keyFile) {
        char[] text = trimWhitespace(readSecret(keyFile, "key-file"));
        try {
            int start = text.length >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X') ? 2 : 0;
            if (text.length > 0 && text[0] == '{') {
                throw new InvalidInputException("key-file", "this file is a JSON keystore; import it with 'utilitynet wallet import-keystore'"
                        + " or give a file holding the 64 hex characters of the key");
            }
            if (text.length - start != 64) {
                throw new InvalidInputException("key-file", "the key file must hold a private key as 64 hex characters (optionally 0x-prefixed)");
            }
            byte[] key = new byte[32];
            for (int i = 0; i < 32; i++) {
                int hi = Character.digit(text[start + 2 * i], 16);
                int lo = Character.digit(text[start + 2 * i + 1], 16);
                if (hi < 0 || lo < 0) {
                    Passwords.wipe(key);
                    throw new InvalidInputException("key-file", "the key file contains a character that is not hex (0-9, a-f)");
                }
                key[i] = (byte) (hi << 4 | lo);
            }
            return key;
        } finally {
            Passwords.wipe(text);
        }
    }

    /** A secret from a file, without its final line end; {@code field} names the option in errors. */
    public static char[] readSecret(Path file, String field) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException(field, "cannot read " + file + " (" + e.getClass().getSimpleName() + "); check the path and permissions");
        }
        try {
            return stripLineEnd(decode(bytes, field));
        } finally {
            Passwords.wipe(bytes);
        }
    }

    /** A secret from standard input (one line), for commands given "-" instead of a file. */
    public static char[] readSecret(InputStream in, String field) {
        try {
            byte[] bytes = in.readAllBytes();
            try {
                return stripLineEnd(decode(bytes, field));
            } finally {
                Passwords.wipe(bytes);
            }
        } catch (IOException e) {
            throw new InvalidInputException(field, "cannot read standard input");
        }
    }

    private static char[] decode(byte[] bytes, String field) {
        try {
            CharBuffer cb = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            char[] out = Arrays.copyOfRange(cb.array(), cb.position(), cb.limit());
            Arrays.fill(cb.array(), '\0');
            return out;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(field, "the file is not UTF-8 text");
        }
    }

    /** Removes one trailing line end ("\n" or "\r\n") only: spaces can be part of a passphrase. */
    private static char[] stripLineEnd(char[] c) {
        int to = c.length;
        if (to > 0 && c[to - 1] == '\n') {
            to--;
            if (to > 0 && c[to - 1] == '\r') {
                to--;
            }
        }
        char[] out = Arrays.copyOf(c, to);
        Passwords.wipe(c);
        return out;
    }

    private static char[] trimWhitespace(char[] c) {
        int from = 0;
        int to = c.length;
        while (from < to && Character.isWhitespace(c[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(c[to - 1])) {
            to--;
        }
        char[] out = Arrays.copyOfRange(c, from, to);
        Passwords.wipe(c);
        return out;
    }

    private static byte[] parseData(String dataHex) {
        if (dataHex == null || dataHex.isEmpty()) {
            return new byte[0];
        }
        String clean = Numeric.cleanHexPrefix(dataHex.strip());
        if (!clean.matches("([0-9a-fA-F]{2})*")) {
            throw new InvalidInputException("data", "data must be hex bytes (an even number of 0-9a-f characters), e.g. 0xdeadbeef");
        }
        return Numeric.hexStringToByteArray(clean);
    }
}
