package net.utilitynet.protocol.chain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.utilitynet.protocol.poci.ElectionFactor;
import net.utilitynet.protocol.poci.RewardSchedule;
import org.web3j.crypto.Keys;

/** Reads genesis JSON into {@link ChainParams}, naming the JSON path of every bad or unknown field. */
final class ChainParamsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> TOP = Set.of("name", "chainId", "epochLength", "blockPeriodSeconds", "devnet",
            "validators", "alloc", "rewardSchedule", "electionFactor", "vendorRoots", "chipRatings", "gas", "genesis");
    /** go-ethereum's minimum gas limit. */
    private static final long MIN_GAS_LIMIT = 5000;

    private ChainParamsJson() {
    }

    static ChainParams parse(InputStream in) {
        try {
            return parse(MAPPER.readTree(in));
        } catch (JsonProcessingException e) {
            throw new ChainParamsException("genesis: not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ChainParamsException("genesis: cannot read: " + e.getMessage(), e);
        }
    }

    static ChainParams parse(String json) {
        try {
            return parse(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new ChainParamsException("genesis: not valid JSON: " + e.getOriginalMessage());
        }
    }

    static ChainParams parse(JsonNode root) {
        object(root, "genesis", TOP);
        long chainId = positiveLong(root, "chainId", "chainId");
        long epochLength = positiveLong(root, "epochLength", "epochLength");
        long period = positiveLong(root, "blockPeriodSeconds", "blockPeriodSeconds");
        boolean devnet = root.has("devnet") && bool(root.get("devnet"), "devnet");

        JsonNode vs = array(root, "validators");
        if (vs.isEmpty()) {
            throw new ChainParamsException("validators: at least one validator address is required");
        }
        List<byte[]> validators = new ArrayList<>();
        for (int i = 0; i < vs.size(); i++) {
            byte[] a = address(vs.get(i), "validators[" + i + "]");
            for (byte[] seen : validators) {
                if (java.util.Arrays.equals(seen, a)) {
                    throw new ChainParamsException("validators[" + i + "]: duplicate of an earlier validator; list each once");
                }
            }
            validators.add(a);
        }

        List<Allocation> allocations = new ArrayList<>();
        JsonNode alloc = required(root, "alloc", "alloc");
        if (!alloc.isObject()) {
            throw new ChainParamsException("alloc: expected an object {\"0xaddress\": \"balance in wei\"}");
        }
        Set<String> seenAlloc = new java.util.HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = alloc.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "alloc." + e.getKey();
            byte[] a = address(MAPPER.getNodeFactory().textNode(e.getKey()), path);
            if (!seenAlloc.add(HexFormat.of().formatHex(a))) {
                throw new ChainParamsException(path + ": the same address appears twice (addresses are case-insensitive)");
            }
            allocations.add(new Allocation(a, wei(e.getValue(), path)));
        }

        RewardSchedule schedule = rewardSchedule(required(root, "rewardSchedule", "rewardSchedule"));
        JsonNode ef = required(root, "electionFactor", "electionFactor");
        object(ef, "electionFactor", Set.of("numerator", "denominator"));
        ElectionFactor factor = new ElectionFactor(positiveLong(ef, "numerator", "electionFactor.numerator"),
                positiveLong(ef, "denominator", "electionFactor.denominator"));

        List<VendorRoot> roots = new ArrayList<>();
        JsonNode vr = array(root, "vendorRoots");
        for (int i = 0; i < vr.size(); i++) {
            String path = "vendorRoots[" + i + "]";
            object(vr.get(i), path, Set.of("vendor", "name", "certificateDer"));
            String vendor = text(required(vr.get(i), "vendor", path + ".vendor"), path + ".vendor");
            if (roots.stream().anyMatch(r -> r.vendor().equals(vendor))) {
                throw new ChainParamsException(path + ".vendor: '" + vendor + "' is used twice; one root per vendor");
            }
            String name = text(required(vr.get(i), "name", path + ".name"), path + ".name");
            byte[] der = hex(required(vr.get(i), "certificateDer", path + ".certificateDer"), path + ".certificateDer");
            try {
                roots.add(new VendorRoot(vendor, name, der));
            } catch (ChainParamsException e) {
                throw new ChainParamsException(path + ": " + e.getMessage(), e);
            }
        }

        Map<String, Long> ratings = new LinkedHashMap<>();
        JsonNode cr = required(root, "chipRatings", "chipRatings");
        if (!cr.isObject()) {
            throw new ChainParamsException("chipRatings: expected an object {\"model name\": rating}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = cr.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "chipRatings." + e.getKey();
            if (e.getKey().isBlank()) {
                throw new ChainParamsException("chipRatings: a model name is empty");
            }
            if (!e.getValue().canConvertToExactIntegral() || e.getValue().asLong() <= 0) {
                throw new ChainParamsException(path + ": rating must be a positive integer");
            }
            ratings.put(e.getKey(), e.getValue().asLong());
        }

        JsonNode gas = required(root, "gas", "gas");
        object(gas, "gas", Set.of("gasLimit", "initialBaseFeeWei"));
        long gasLimit = positiveLong(gas, "gasLimit", "gas.gasLimit");
        if (gasLimit < MIN_GAS_LIMIT) {
            throw new ChainParamsException("gas.gasLimit: must be at least " + MIN_GAS_LIMIT + " but is " + gasLimit);
        }
        BigInteger baseFee = wei(required(gas, "initialBaseFeeWei", "gas.initialBaseFeeWei"), "gas.initialBaseFeeWei");

        JsonNode genesis = required(root, "genesis", "genesis");
        object(genesis, "genesis", Set.of("timestamp", "mixHash"));
        long timestamp = nonNegativeLong(required(genesis, "timestamp", "genesis.timestamp"), "genesis.timestamp");
        byte[] mixHash = hex(required(genesis, "mixHash", "genesis.mixHash"), "genesis.mixHash");
        if (mixHash.length != 32) {
            throw new ChainParamsException("genesis.mixHash: expected 32 bytes (R(0)) but found " + mixHash.length);
        }
        return new ChainParams(chainId, epochLength, period, validators, allocations, schedule, factor, roots, ratings,
                gasLimit, baseFee, timestamp, mixHash, devnet);
    }

    private static RewardSchedule rewardSchedule(JsonNode n) {
        object(n, "rewardSchedule", Set.of("r0Wei", "n0", "r1Wei", "n1", "r2Wei", "n2", "r3Wei", "halvingPeriod"));
        try {
            return new RewardSchedule(
                    wei(required(n, "r0Wei", "rewardSchedule.r0Wei"), "rewardSchedule.r0Wei"),
                    nonNegativeLong(required(n, "n0", "rewardSchedule.n0"), "rewardSchedule.n0"),
                    wei(required(n, "r1Wei", "rewardSchedule.r1Wei"), "rewardSchedule.r1Wei"),
                    nonNegativeLong(required(n, "n1", "rewardSchedule.n1"), "rewardSchedule.n1"),
                    wei(required(n, "r2Wei", "rewardSchedule.r2Wei"), "rewardSchedule.r2Wei"),
                    nonNegativeLong(required(n, "n2", "rewardSchedule.n2"), "rewardSchedule.n2"),
                    wei(required(n, "r3Wei", "rewardSchedule.r3Wei"), "rewardSchedule.r3Wei"),
                    positiveLong(n, "halvingPeriod", "rewardSchedule.halvingPeriod"));
        } catch (IllegalArgumentException e) {
            throw new ChainParamsException("rewardSchedule: " + e.getMessage(), e);
        }
    }

    private static void object(JsonNode n, String path, Set<String> allowed) {
        if (n == null || !n.isObject()) {
            throw new ChainParamsException(path + ": expected a JSON object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new ChainParamsException((path.equals("genesis") && allowed == TOP ? "" : path + ".") + f
                        + ": unknown field; allowed are " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private static JsonNode required(JsonNode parent, String field, String path) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            throw new ChainParamsException(path + ": missing");
        }
        return n;
    }

    private static JsonNode array(JsonNode parent, String field) {
        JsonNode n = required(parent, field, field);
        if (!n.isArray()) {
            throw new ChainParamsException(field + ": expected a JSON array");
        }
        return n;
    }

    private static String text(JsonNode n, String path) {
        if (!n.isTextual()) {
            throw new ChainParamsException(path + ": expected a string");
        }
        return n.asText();
    }

    private static boolean bool(JsonNode n, String path) {
        if (!n.isBoolean()) {
            throw new ChainParamsException(path + ": expected true or false");
        }
        return n.asBoolean();
    }

    private static long positiveLong(JsonNode parent, String field, String path) {
        long v = nonNegativeLong(required(parent, field, path), path);
        if (v == 0) {
            throw new ChainParamsException(path + ": must be positive");
        }
        return v;
    }

    private static long nonNegativeLong(JsonNode n, String path) {
        if (!n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < 0) {
            throw new ChainParamsException(path + ": expected a non-negative integer that fits in 63 bits");
        }
        return n.asLong();
    }

    /** Wei amounts are decimal strings: JSON numbers lose precision above 2^53. */
    private static BigInteger wei(JsonNode n, String path) {
        String s = text(n, path);
        if (!s.matches("0|[1-9][0-9]{0,77}")) {
            throw new ChainParamsException(path + ": expected a decimal string of wei without leading zeros, e.g. \"1000000000000000000\"");
        }
        BigInteger v = new BigInteger(s);
        if (v.bitLength() > 256) {
            throw new ChainParamsException(path + ": larger than a uint256");
        }
        return v;
    }

    private static byte[] hex(JsonNode n, String path) {
        String s = text(n, path);
        if (!s.startsWith("0x") || s.length() % 2 != 0) {
            throw new ChainParamsException(path + ": expected 0x-prefixed hex with an even number of digits");
        }
        try {
            return HexFormat.of().parseHex(s.substring(2));
        } catch (IllegalArgumentException e) {
            throw new ChainParamsException(path + ": not valid hex");
        }
    }

    /** A 20-byte address; mixed-case input must carry a correct EIP-55 checksum. */
    private static byte[] address(JsonNode n, String path) {
        String s = text(n, path);
        byte[] a = hex(n, path);
        if (a.length != 20) {
            throw new ChainParamsException(path + ": expected a 20-byte address but found " + a.length + " bytes");
        }
        String digits = s.substring(2);
        boolean mixed = !digits.equals(digits.toLowerCase(java.util.Locale.ROOT)) && !digits.equals(digits.toUpperCase(java.util.Locale.ROOT));
        if (mixed && !Keys.toChecksumAddress(s).equals(s)) {
            throw new ChainParamsException(path + ": EIP-55 checksum mismatch; expected " + Keys.toChecksumAddress(s)
                    + " (or write the address in lower case)");
        }
        return a;
    }
}
