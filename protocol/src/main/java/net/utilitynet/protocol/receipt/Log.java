package net.utilitynet.protocol.receipt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;
import org.web3j.utils.Numeric;

/** One log of a receipt: emitting address, up to four 32-byte topics, data. Arrays are copied in and out. */
public record Log(byte[] address, List<byte[]> topics, byte[] data) {
    public Log {
        if (address == null || address.length != 20) {
            throw new ReceiptException("log address must be 20 bytes but is " + (address == null ? "null" : address.length + " bytes"));
        }
        if (topics == null || topics.size() > 4) {
            throw new ReceiptException("a log has 0 to 4 topics, got " + (topics == null ? "null" : topics.size()));
        }
        List<byte[]> copies = new ArrayList<>(topics.size());
        for (byte[] topic : topics) {
            if (topic == null || topic.length != 32) {
                throw new ReceiptException("log topic must be 32 bytes but is " + (topic == null ? "null" : topic.length + " bytes"));
            }
            copies.add(topic.clone());
        }
        if (data == null) {
            throw new ReceiptException("log data is missing (null); use an empty array for no data");
        }
        address = address.clone();
        topics = List.copyOf(copies);
        data = data.clone();
    }

    @Override
    public byte[] address() {
        return address.clone();
    }

    @Override
    public List<byte[]> topics() {
        return topics.stream().map(byte[]::clone).toList();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** {@code [address, [topics...], data]} as Web3j RLP items. */
    RlpList rlp() {
        List<RlpType> topicItems = new ArrayList<>(topics.size());
        topics.forEach(t -> topicItems.add(RlpString.create(t)));
        return new RlpList(RlpString.create(address), new RlpList(topicItems), RlpString.create(data));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Log other && Arrays.equals(address, other.address)
                && Arrays.equals(data, other.data) && topics.size() == other.topics.size()
                && IntStream.range(0, topics.size())
                        .allMatch(i -> Arrays.equals(topics.get(i), other.topics.get(i)));
    }

    @Override
    public int hashCode() {
        int h = Arrays.hashCode(address) * 31 + Arrays.hashCode(data);
        for (byte[] t : topics) {
            h = h * 31 + Arrays.hashCode(t);
        }
        return h;
    }

    @Override
    public String toString() {
        return "Log[address=" + Numeric.toHexString(address) + ", topics=" + topics.size() + ", data=" + data.length + " bytes]";
    }
}
