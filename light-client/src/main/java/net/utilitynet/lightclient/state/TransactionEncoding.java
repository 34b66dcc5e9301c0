package net.utilitynet.lightclient.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.utilitynet.protocol.json.RpcFormatException;
import net.utilitynet.protocol.json.RpcJson;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;

/**
 * The consensus encoding of a transaction rebuilt from its JSON-RPC object (legacy, EIP-2930 and EIP-1559), so that
 * its hash and the block's transactionsRoot can be recomputed instead of believed.
 */
final class TransactionEncoding {
    private TransactionEncoding() {
    }

    static byte[] encode(JsonNode tx) {
        int type = tx.hasNonNull("type") ? (int) RpcJson.quantity64(tx.get("type"), "transaction type") : 0;
        List<RlpType> fields = new ArrayList<>();
        switch (type) {
            case 0 -> {
                add(fields, tx, "nonce", "gasPrice", "gas");
                fields.add(to(tx));
                add(fields, tx, "value");
                fields.add(RlpString.create(data(tx, "input")));
                add(fields, tx, "v", "r", "s");
                return RlpEncoder.encode(new RlpList(fields));
            }
            case 1, 2 -> {
                add(fields, tx, "chainId", "nonce");
                if (type == 1) {
                    add(fields, tx, "gasPrice");
                } else {
                    add(fields, tx, "maxPriorityFeePerGas", "maxFeePerGas");
                }
                add(fields, tx, "gas");
                fields.add(to(tx));
                add(fields, tx, "value");
                fields.add(RlpString.create(data(tx, "input")));
                fields.add(accessList(tx));
                fields.add(RlpString.create(quantity(tx, tx.hasNonNull("yParity") ? "yParity" : "v")));
                add(fields, tx, "r", "s");
                byte[] body = RlpEncoder.encode(new RlpList(fields));
                byte[] out = new byte[body.length + 1];
                out[0] = (byte) type;
                System.arraycopy(body, 0, out, 1, body.length);
                return out;
            }
            default -> throw new RpcFormatException("transaction type " + type + " is not supported (legacy, 1 and 2 are)");
        }
    }

    private static void add(List<RlpType> fields, JsonNode tx, String... names) {
        for (String name : names) {
            fields.add(RlpString.create(quantity(tx, name)));
        }
    }

    private static BigInteger quantity(JsonNode tx, String name) {
        return RpcJson.quantity(RpcJson.field(tx, name, "transaction"), "transaction " + name);
    }

    private static byte[] data(JsonNode tx, String name) {
        return RpcJson.data(RpcJson.field(tx, name, "transaction"), "transaction " + name);
    }

    private static RlpType to(JsonNode tx) {
        JsonNode to = tx.get("to");
        return RlpString.create(to == null || to.isNull() ? new byte[0] : RpcJson.data(to, "transaction to", 20));
    }

    private static RlpList accessList(JsonNode tx) {
        List<RlpType> entries = new ArrayList<>();
        JsonNode list = tx.get("accessList");
        if (list != null && !list.isNull()) {
            for (JsonNode e : list) {
                List<RlpType> keys = new ArrayList<>();
                for (JsonNode k : RpcJson.field(e, "storageKeys", "accessList entry")) {
                    keys.add(RlpString.create(RpcJson.data(k, "accessList storageKey", 32)));
                }
                entries.add(new RlpList(RlpString.create(RpcJson.data(RpcJson.field(e, "address", "accessList entry"),
                        "accessList address", 20)), new RlpList(keys)));
            }
        }
        return new RlpList(entries);
    }
}
