package net.utilitynet.wallet.market;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import net.utilitynet.lightclient.state.Verified;
import net.utilitynet.protocol.modules.ChipRecord;
import net.utilitynet.protocol.modules.LeaseMarketAbi;
import net.utilitynet.protocol.modules.LeaseRecord;
import net.utilitynet.protocol.modules.OfferRecord;
import net.utilitynet.protocol.modules.SystemModules;
import net.utilitynet.wallet.address.Address;
import org.web3j.utils.Numeric;

/** Turns a verified {@link MarketSnapshot} into offer and lease views, shared by the renter and provider sides. */
public final class MarketReader {
    public static final long SECONDS_PER_HOUR = 3600;
    private final MarketChain chain;
    private final Map<String, String> models = new ConcurrentHashMap<>();

    public MarketReader(MarketChain chain) {
        this.chain = chain;
    }

    public MarketChain chain() {
        return chain;
    }

    public List<OfferView> offers(Verified<MarketSnapshot> snap) {
        MarketSnapshot s = snap.value();
        List<OfferView> out = new ArrayList<>();
        s.offers().forEach((id, o) -> out.add(offerView(s, id, o)));
        return out;
    }

    public Optional<OfferView> offer(Verified<MarketSnapshot> snap, BigInteger offerId) {
        OfferRecord o = snap.value().offers().get(offerId);
        return o == null ? Optional.empty() : Optional.of(offerView(snap.value(), offerId, o));
    }

    public List<LeaseView> leases(Verified<MarketSnapshot> snap, Predicate<LeaseView> which) {
        MarketSnapshot s = snap.value();
        List<LeaseView> out = new ArrayList<>();
        s.leases().forEach((id, l) -> {
            LeaseView v = leaseView(s, id, l);
            if (which.test(v)) {
                out.add(v);
            }
        });
        return out;
    }

    /** The chip's model from its proven registration log, cached (a registration never changes). */
    public Optional<String> model(byte[] chipId) {
        String key = Numeric.toHexString(chipId);
        String m = models.get(key);
        if (m == null) {
            m = chain.chipModel(chipId).orElse(null);
            if (m != null) {
                models.put(key, m);
            }
        }
        return Optional.ofNullable(m);
    }

    private OfferView offerView(MarketSnapshot s, BigInteger id, OfferRecord o) {
        Optional<ChipRecord> chip = s.chip(o.chipId());
        Optional<String> model = model(o.chipId());
        return new OfferView(id, Numeric.toHexString(o.chipId()), Address.ofBytes(o.provider()), model, model.map(ChipSpecs::memoryGib).orElse(0),
                chip.map(ChipRecord::rating).orElse(0L), o.pricePerHour(), o.minHours(), o.maxHours(), chip.map(s::uptime).orElse(0.0),
                s.rating(o.provider()), o.active() && chip.map(ChipRecord::active).orElse(false), s.chipLeased(o.chipId()),
                chip.map(s::online).orElse(false), s.block());
    }

    private LeaseView leaseView(MarketSnapshot s, BigInteger id, LeaseRecord l) {
        OfferRecord o = s.offers().get(l.offerId());
        Optional<ChipRecord> chip = s.chip(l.chipId());
        long left = l.state() == LeaseRecord.State.ACTIVE ? Math.max(0, l.startTime() + l.hours() * SECONDS_PER_HOUR - s.timestamp()) : 0;
        Optional<LeaseView.Settlement> settlement = Optional.empty();
        if (l.state() == LeaseRecord.State.ENDED) {
            settlement = chain.logs(SystemModules.leaseMarket(), LeaseMarketAbi.LEASE_ENDED, pad(id)).stream().findFirst().map(e -> {
                var v = LeaseMarketAbi.LEASE_ENDED.decode(e.abiLog());
                return new LeaseView.Settlement((BigInteger) v.get(2).getValue(), (BigInteger) v.get(3).getValue());
            });
        }
        return new LeaseView(id, l.offerId(), Address.ofBytes(l.renter()), Address.ofBytes(o.provider()), Numeric.toHexString(l.chipId()),
                model(l.chipId()), l.hours(), l.startBlock(), l.startTime(), l.escrow(), l.state(), l.endReason(), l.rating(), left,
                chip.map(s::online).orElse(false), settlement, s.block());
    }

    static byte[] pad(BigInteger v) {
        return Numeric.toBytesPadded(v, 32);
    }
}
