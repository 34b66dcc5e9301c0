package net.utilitynet.protocol.modules;

import java.util.ArrayList;
import java.util.List;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.TypeEncoder;
import org.web3j.abi.datatypes.Event;
import org.web3j.abi.datatypes.Type;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/** One module event: signature, topic0, and log encoding (node side) and decoding (client side) with standard ABI topics. */
public final class AbiEvent {
    private final Event event;
    private final String signature;
    private final byte[] topic0;

    /** @param parameters canonical Solidity types, comma-separated, each optionally followed by " indexed" */
    public AbiEvent(String name, String parameters) {
        List<String> types = new ArrayList<>();
        List<Boolean> indexed = new ArrayList<>();
        for (String p : AbiTypes.split(parameters)) {
            boolean isIndexed = p.endsWith(" indexed");
            types.add(isIndexed ? p.substring(0, p.length() - " indexed".length()).trim() : p);
            indexed.add(isIndexed);
        }
        this.event = new Event(name, AbiTypes.references(types, indexed));
        this.signature = name + "(" + String.join(",", types) + ")";
        this.topic0 = Hash.sha3(signature.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    public String name() {
        return event.getName();
    }

    public String signature() {
        return signature;
    }

    public byte[] topic0() {
        return topic0.clone();
    }

    public String topic0Hex() {
        return EventEncoder.encode(event);
    }

    /** A log's topics and data for {@code values} given in declaration order (indexed ones become topics). */
    public Log encode(Type<?>... values) {
        List<TypeReference<Type>> params = event.getParameters();
        if (values.length != params.size()) {
            throw new AbiException(signature + ": expected " + params.size() + " values but got " + values.length);
        }
        List<byte[]> topics = new ArrayList<>();
        topics.add(topic0.clone());
        List<Type> data = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (params.get(i).isIndexed()) {
                // Value types only are indexed by the modules, so the topic is the 32-byte ABI word itself.
                topics.add(Numeric.hexStringToByteArray(TypeEncoder.encode(values[i])));
            } else {
                data.add(values[i]);
            }
        }
        byte[] dataBytes = Numeric.hexStringToByteArray(org.web3j.abi.FunctionEncoder.encodeConstructor(data));
        return new Log(topics, dataBytes);
    }

    /** The values of a log of this event, in declaration order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<Type> decode(Log log) {
        List<byte[]> topics = log.topics();
        if (topics.isEmpty() || !java.util.Arrays.equals(topics.get(0), topic0)) {
            throw new AbiException(signature + ": log topic0 does not match " + Numeric.toHexString(topic0));
        }
        List<TypeReference<Type>> indexed = event.getIndexedParameters();
        if (topics.size() != indexed.size() + 1) {
            throw new AbiException(signature + ": expected " + (indexed.size() + 1) + " topics but found " + topics.size());
        }
        List<Type> data;
        try {
            data = FunctionReturnDecoder.decode(Numeric.toHexString(log.data()), (List) event.getNonIndexedParameters());
        } catch (RuntimeException e) {
            throw new AbiException(signature + ": malformed log data: " + e.getMessage(), e);
        }
        if (data.size() != event.getNonIndexedParameters().size()) {
            throw new AbiException(signature + ": malformed log data");
        }
        List<Type> out = new ArrayList<>();
        int t = 1;
        int d = 0;
        for (TypeReference<Type> p : event.getParameters()) {
            out.add(p.isIndexed() ? FunctionReturnDecoder.decodeIndexedValue(Numeric.toHexString(topics.get(t++)), p) : data.get(d++));
        }
        return out;
    }

    /** Topics and data of one log entry. */
    public record Log(List<byte[]> topics, byte[] data) {
        public Log {
            topics = List.copyOf(topics);
            data = data.clone();
        }
    }

    @Override
    public String toString() {
        return signature;
    }
}
