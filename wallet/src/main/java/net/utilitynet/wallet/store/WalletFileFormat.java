package net.utilitynet.wallet.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.keystore.ScryptCost;
import net.utilitynet.wallet.secure.PrivateFiles;
import org.web3j.utils.Numeric;

/**
 * The on-disk envelope of a wallet file: a clear header (format, version, network, KDF
 * parameters, IV) and the AES-256-GCM ciphertext of the {@link VaultContents}. The header
 * is the GCM associated data, so it cannot be altered without the unlock failing.
 */
record WalletFileFormat(String network, ScryptCost cost, byte[] salt, byte[] iv, byte[] ciphertext) {
    static final String FORMAT = "utilitynet-wallet";
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    byte[] associatedData() {
        return (FORMAT + "/" + VERSION + "/" + network + "/scrypt/" + cost.n() + "/" + cost.r() + "/" + cost.p() + "/"
                + Numeric.toHexStringNoPrefix(salt)).getBytes(StandardCharsets.UTF_8);
    }

    void write(Path file) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT).put("version", VERSION).put("network", network);
        root.putObject("kdf").put("name", "scrypt").put("n", cost.n()).put("r", cost.r()).put("p", cost.p())
                .put("salt", Numeric.toHexStringNoPrefix(salt));
        root.put("cipher", "aes-256-gcm").put("iv", Numeric.toHexStringNoPrefix(iv)).put("ciphertext", ciphertext);
        try {
            PrivateFiles.writeAtomically(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static WalletFileFormat read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("wallet file", file + " does not exist; create or restore a wallet first");
        } catch (IOException e) {
            throw new InvalidInputException("wallet file", file + " is not a readable wallet file (" + e.getMessage()
                    + "); restore from your recovery words if it is damaged");
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new InvalidInputException("wallet file", file + " is not a UtilityNet wallet file");
        }
        if (root.path("version").asInt() != VERSION) {
            throw new InvalidInputException("wallet file", "wallet file version " + root.path("version").asText()
                    + " is newer than this app understands; update UtilityNet Desktop");
        }
        JsonNode kdf = root.path("kdf");
        try {
            return new WalletFileFormat(root.path("network").asText(),
                    new ScryptCost(kdf.path("n").asInt(), kdf.path("r").asInt(), kdf.path("p").asInt()),
                    Numeric.hexStringToByteArray(kdf.path("salt").asText()), Numeric.hexStringToByteArray(root.path("iv").asText()),
                    root.path("ciphertext").binaryValue());
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("wallet file", file + " has a damaged header (" + e.getMessage()
                    + "); restore from your recovery words");
        }
    }
}
