package net.utilitynet.wallet.market;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.state.Verified;
import net.utilitynet.lightclient.state.VerifiedReceipt;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.lightclient.verify.UnverifiableException;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.modules.AbiEvent;
import net.utilitynet.protocol.modules.ChipRecord;
import net.utilitynet.protocol.modules.LeaseMarketLayout;
import net.utilitynet.protocol.modules.LeaseRecord;
import net.utilitynet.protocol.modules.OfferRecord;
import net.utilitynet.protocol.modules.PociRegistryAbi;
import net.utilitynet.protocol.modules.PociRegistryLayout;
import net.utilitynet.protocol.modules.StorageSlots;
import net.utilitynet.protocol.modules.SystemModules;
import net.utilitynet.protocol.receipt.Log;
import net.utilitynet.protocol.trie.ProvenAccount;
import org.web3j.utils.Numeric;

/**
 * The lease market as the wallet sees it: every value is read from module storage proven with {@code eth_getProof}
 * against a verified header, or from a log of a receipt proven against a verified receiptsRoot. The node is asked
 * unverified only for hints ({@code eth_getLogs}: which transactions to prove); what it hides can delay a grant or
 * a model name, never forge one. Methods block; call them off the FX thread.
 */
public final class MarketChain {
    private final LightClient light;
    private final long chainId;
    private final long epochLength;

    public MarketChain(LightClient light, long chainId, long epochLength) {
        this.light = light;
        this.chainId = chainId;
        this.epochLength = epochLength;
    }

    public long chainId() {
        return chainId;
    }

    public LightClient lightClient() {
        return light;
    }

    public StoredHeader verifiedHead() {
        return light.verifiedHead().orElseThrow(() -> new UnverifiableException("no verified header yet; the light client has not synced"));
    }

    public BlockHeader verifiedHeader(long number) {
        return BlockHeader.decode(join(() -> light.verifiedHeader(number).join()).rlp());
    }

    /** Epoch of block {@code h ≥ 1}: {@code (h-1) div E}; the next block's epoch is {@code epochOf(head + 1)}. */
    public long epochOf(long height) {
        return height <= 0 ? 0 : (height - 1) / epochLength;
    }

    public Verified<BigInteger> credit(byte[] account) {
        return storage(SystemModules.leaseMarket(), LeaseMarketLayout.creditSlot(account));
    }

    public Verified<BigInteger> income(byte[] provider) {
        return storage(SystemModules.leaseMarket(), LeaseMarketLayout.incomeSlot(provider));
    }

    public Verified<BigInteger> balance(byte[] account) {
        return join(() -> light.verifiedBalance(account).join());
    }

    /** Offers 1..n, leases 1..m and everything about them, proven at one verified block. */
    public Verified<MarketSnapshot> snapshot() {
        for (int attempt = 0; ; attempt++) {
            try {
                return snapshotAtHead();
            } catch (HeadMoved e) {
                if (attempt == 3) {
                    throw new UnverifiableException("the verified head kept moving while the market was read; try again");
                }
            }
        }
    }

    private static final class HeadMoved extends RuntimeException {
        HeadMoved() {
            super(null, null, false, false);
        }
    }

    private Verified<MarketSnapshot> snapshotAtHead() {
        Verified<ProvenAccount> ids = join(() -> light.verifiedAccount(SystemModules.leaseMarket(),
                List.of(LeaseMarketLayout.nextOfferIdSlot(), LeaseMarketLayout.nextLeaseIdSlot())).join());
        long offers = lastId(ids.value(), LeaseMarketLayout.nextOfferIdSlot());
        long leases = lastId(ids.value(), LeaseMarketLayout.nextLeaseIdSlot());
        List<byte[]> slots = new ArrayList<>();
        for (long i = 1; i <= offers; i++) {
            slots.addAll(LeaseMarketLayout.offerSlots(BigInteger.valueOf(i)));
        }
        for (long i = 1; i <= leases; i++) {
            slots.addAll(LeaseMarketLayout.leaseSlots(BigInteger.valueOf(i)));
        }
        long at = ids.blockNumber();
        ProvenAccount market = slots.isEmpty() ? ids.value() : accountAt(SystemModules.leaseMarket(), slots, at);
        Map<BigInteger, OfferRecord> offerMap = new LinkedHashMap<>();
        for (long i = 1; i <= offers; i++) {
            BigInteger id = BigInteger.valueOf(i);
            OfferRecord.fromWords(words(market, LeaseMarketLayout.offerSlots(id))).ifPresent(o -> offerMap.put(id, o));
        }
        Map<BigInteger, LeaseRecord> leaseMap = new LinkedHashMap<>();
        for (long i = 1; i <= leases; i++) {
            BigInteger id = BigInteger.valueOf(i);
            LeaseRecord.fromWords(words(market, LeaseMarketLayout.leaseSlots(id))).ifPresent(l -> leaseMap.put(id, l));
        }
        Set<String> chips = new LinkedHashSet<>();
        Set<String> providers = new LinkedHashSet<>();
        offerMap.values().forEach(o -> {
            chips.add(Numeric.toHexString(o.chipId()));
            providers.add(Numeric.toHexString(o.provider()));
        });
        List<byte[]> extra = new ArrayList<>();
        for (String p : providers) {
            for (LeaseMarketLayout.RatingField f : LeaseMarketLayout.RatingField.values()) {
                extra.add(LeaseMarketLayout.providerRatingSlot(Numeric.hexStringToByteArray(p), f));
            }
        }
        for (String c : chips) {
            extra.add(LeaseMarketLayout.activeLeaseSlot(Numeric.hexStringToByteArray(c)));
        }
        ProvenAccount more = extra.isEmpty() ? market : accountAt(SystemModules.leaseMarket(), extra, at);
        Map<String, ChipRecord> chipRecords = new LinkedHashMap<>();
        Map<String, BigInteger> activeLease = new LinkedHashMap<>();
        if (!chips.isEmpty()) {
            List<byte[]> chipSlots = new ArrayList<>();
            chips.forEach(c -> chipSlots.addAll(PociRegistryLayout.chipSlots(Numeric.hexStringToByteArray(c))));
            ProvenAccount registry = accountAt(SystemModules.pociRegistry(), chipSlots, at);
            for (String c : chips) {
                byte[] id = Numeric.hexStringToByteArray(c);
                ChipRecord.fromWords(words(registry, PociRegistryLayout.chipSlots(id))).ifPresent(r -> chipRecords.put(c, r));
                activeLease.put(c, more.storageAt(LeaseMarketLayout.activeLeaseSlot(id)).orElse(BigInteger.ZERO));
            }
        }
        Map<String, long[]> ratings = new LinkedHashMap<>();
        for (String p : providers) {
            byte[] a = Numeric.hexStringToByteArray(p);
            ratings.put(p, new long[] {
                    more.storageAt(LeaseMarketLayout.providerRatingSlot(a, LeaseMarketLayout.RatingField.SUM)).orElse(BigInteger.ZERO).longValue(),
                    more.storageAt(LeaseMarketLayout.providerRatingSlot(a, LeaseMarketLayout.RatingField.COUNT)).orElse(BigInteger.ZERO).longValue()});
        }
        BlockHeader header = verifiedHeader(at);
        return new Verified<>(new MarketSnapshot(at, header.timestamp(), epochOf(at + 1), offerMap, leaseMap, chipRecords, activeLease, ratings),
                at, ids.blockHash(), ids.trust());
    }

    /** The registry's record of {@code chipId}, proven at the verified head; empty when never registered. */
    public Verified<Optional<ChipRecord>> chip(byte[] chipId) {
        List<byte[]> slots = PociRegistryLayout.chipSlots(chipId);
        Verified<ProvenAccount> a = join(() -> light.verifiedAccount(SystemModules.pociRegistry(), slots).join());
        return new Verified<>(ChipRecord.fromWords(words(a.value(), slots)), a.blockNumber(), a.blockHash(), a.trust());
    }

    /** Whether the registry recorded a heartbeat (or the registration) of {@code chipId} in {@code epoch}, proven. */
    public boolean heartbeatProved(byte[] chipId, long epoch) {
        return storage(SystemModules.pociRegistry(), PociRegistryLayout.heartbeatSlot(chipId, epoch)).value().signum() != 0;
    }

    /** The model a chip registered as, from its proven {@code ChipRegistered} log; empty when no endpoint names the transaction. */
    public Optional<String> chipModel(byte[] chipId) {
        for (VerifiedLog l : logs(SystemModules.pociRegistry(), PociRegistryAbi.CHIP_REGISTERED, chipId)) {
            return Optional.of((String) PociRegistryAbi.CHIP_REGISTERED.decode(l.abiLog()).get(4).getValue());
        }
        return Optional.empty();
    }

    /**
     * Logs of {@code event} emitted by {@code module} with {@code topic1}: the node's {@code eth_getLogs} answer
     * only names transactions; each is then proven with its receipt, and logs are taken from the proven receipt.
     */
    public List<VerifiedLog> logs(byte[] module, AbiEvent event, byte[] topic1) {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("fromBlock", "0x0");
        filter.put("toBlock", Numeric.toHexStringWithPrefix(BigInteger.valueOf(verifiedHead().number())));
        filter.put("address", Numeric.toHexString(module));
        filter.put("topics", List.of(event.topic0Hex(), Numeric.toHexString(pad32(topic1))));
        JsonNode hints = light.endpointPool().withFailover("eth_getLogs", e -> e.call("eth_getLogs", filter));
        Set<String> txs = new LinkedHashSet<>();
        hints.forEach(h -> txs.add(h.path("transactionHash").asText()));
        List<VerifiedLog> out = new ArrayList<>();
        for (String tx : txs) {
            Verified<VerifiedReceipt> r;
            try {
                r = join(() -> light.verifiedReceipt(Numeric.hexStringToByteArray(tx)).join());
            } catch (UnverifiableException e) {
                continue;                                       // not provable yet (e.g. beyond the verified head)
            }
            if (!r.value().receipt().success()) {
                continue;
            }
            for (Log log : r.value().receipt().logs()) {
                if (java.util.Arrays.equals(log.address(), module) && log.topics().size() > 1
                        && java.util.Arrays.equals(log.topics().get(0), event.topic0())
                        && java.util.Arrays.equals(log.topics().get(1), pad32(topic1))) {
                    out.add(new VerifiedLog(log, r.blockNumber(), tx));
                }
            }
        }
        return out;
    }

    /** The proven receipt of a transaction, or empty while it cannot be proven (pending, unknown, beyond the verified head). */
    public Optional<Verified<VerifiedReceipt>> receipt(String txHash) {
        try {
            return Optional.of(join(() -> light.verifiedReceipt(Numeric.hexStringToByteArray(txHash)).join()));
        } catch (UnverifiableException e) {
            return Optional.empty();
        }
    }

    /** A log from a proven receipt. */
    public record VerifiedLog(Log log, long blockNumber, String transactionHash) {
        public AbiEvent.Log abiLog() {
            return new AbiEvent.Log(log.topics(), log.data());
        }
    }

    private Verified<BigInteger> storage(byte[] module, byte[] slot) {
        return join(() -> light.verifiedStorage(module, slot).join());
    }

    private ProvenAccount accountAt(byte[] module, List<byte[]> slots, long block) {
        // verifiedAccount proves at the verified head: every part of a snapshot must come from the same block
        Verified<ProvenAccount> a = join(() -> light.verifiedAccount(module, slots).join());
        if (a.blockNumber() != block) {
            throw new HeadMoved();
        }
        return a.value();
    }

    private static long lastId(ProvenAccount a, byte[] nextSlot) {
        BigInteger next = a.storageAt(nextSlot).orElse(BigInteger.ZERO);
        return next.signum() == 0 ? 0 : next.longValueExact() - 1;
    }

    static List<byte[]> words(ProvenAccount account, List<byte[]> slots) {
        List<byte[]> words = new ArrayList<>(slots.size());
        for (byte[] slot : slots) {
            words.add(StorageSlots.word(account.storageAt(slot).orElse(BigInteger.ZERO)));
        }
        return words;
    }

    private static byte[] pad32(byte[] v) {
        if (v.length == 32) {
            return v;
        }
        byte[] out = new byte[32];
        System.arraycopy(v, 0, out, 32 - v.length, v.length);
        return out;
    }

    static <T> T join(Supplier<T> work) {
        try {
            return work.get();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
