package net.utilitynet.miner.keys;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import net.utilitynet.miner.attest.simulated.SimulatedChip;
import net.utilitynet.wallet.secure.Passwords;
import net.utilitynet.wallet.store.WalletStore;
import org.web3j.utils.Numeric;

/**
 * Devnet simulated chips kept in the wallet's encrypted store: one miner key per chip, named
 * {@code simulated-chip/<localId>}, holding the model, the PKCS#8 private key and the certificate chain the devnet
 * issued. The private key exists in clear only inside the unlocked store and while a chip object lives.
 */
public final class SimulatedChipVault {
    public static final String PREFIX = "simulated-chip/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WalletStore store;

    public SimulatedChipVault(WalletStore store) {
        this.store = store;
    }

    public void put(SimulatedChip chip) {
        ObjectNode o = JSON.createObjectNode();
        o.put("model", chip.model());
        byte[] pkcs8 = chip.exportPrivateKeyForWalletStore();
        o.put("key", Base64.getEncoder().encodeToString(pkcs8));
        Passwords.wipe(pkcs8);
        ArrayNode chain = o.putArray("certChain");
        chip.certChain().forEach(c -> chain.add(Numeric.toHexString(c)));
        byte[] blob = o.toString().getBytes(StandardCharsets.UTF_8);
        try {
            store.putMinerKey(PREFIX + chip.localId(), blob);
        } finally {
            Passwords.wipe(blob);
        }
    }

    /** Every simulated chip in the store, restored with its key and certificate chain. */
    public List<SimulatedChip> all() {
        List<SimulatedChip> chips = new ArrayList<>();
        for (String name : store.minerKeyNames()) {
            if (name.startsWith(PREFIX)) {
                byte[] blob = store.minerKey(name).orElseThrow();
                try {
                    chips.add(decode(blob));
                } finally {
                    Passwords.wipe(blob);
                }
            }
        }
        return chips;
    }

    private static SimulatedChip decode(byte[] blob) {
        try {
            JsonNode o = JSON.readTree(blob);
            byte[] pkcs8 = Base64.getDecoder().decode(o.get("key").asText());
            List<byte[]> chain = new ArrayList<>();
            o.get("certChain").forEach(c -> chain.add(Numeric.hexStringToByteArray(c.asText())));
            try {
                return SimulatedChip.restore(o.get("model").asText(), pkcs8, chain);
            } finally {
                Passwords.wipe(pkcs8);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("a simulated chip in the wallet store is unreadable; remove it and issue a new one", e);
        }
    }
}
