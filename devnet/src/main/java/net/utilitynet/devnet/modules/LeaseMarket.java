package net.utilitynet.devnet.modules;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import net.utilitynet.devnet.execution.BlockContext;
import net.utilitynet.devnet.state.Address;
import net.utilitynet.devnet.state.StateReader;
import net.utilitynet.devnet.state.WorldState;
import net.utilitynet.protocol.modules.AbiEvent;
import net.utilitynet.protocol.modules.AbiException;
import net.utilitynet.protocol.modules.AbiFunction;
import net.utilitynet.protocol.modules.ChipRecord;
import net.utilitynet.protocol.modules.LeaseMarketAbi;
import net.utilitynet.protocol.modules.LeaseMarketLayout;
import net.utilitynet.protocol.modules.LeaseRecord;
import net.utilitynet.protocol.modules.OfferRecord;
import net.utilitynet.protocol.modules.SystemModules;
import net.utilitynet.protocol.receipt.Log;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * The lease market (RPOI, design §4.6) at {@link SystemModules#LEASE_MARKET_HEX}: compute credit held by this
 * account, offers by chip owners, leases escrowed from credit (one active lease per chip), access grants delivered
 * as ECIES ciphertext in a log, settlement by heartbeat-proved uptime ({@link LeaseSettlement}), income claims and
 * ratings. State follows protocol's {@link LeaseMarketLayout}; every change emits its event.
 */
public final class LeaseMarket implements SystemModule {
    public static final Address ADDRESS = Address.of(SystemModules.leaseMarket());
    static final long WRITE_GAS = 50_000;
    static final long VIEW_GAS = 5_000;
    static final int MAX_KEY_BYTES = 256;

    private final PociRegistry registry;
    private final ModuleStorage storage = new ModuleStorage(ADDRESS);

    public LeaseMarket(PociRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Address address() {
        return ADDRESS;
    }

    @Override
    public ModuleResult call(ModuleCall call) {
        AbiFunction f;
        List<Type> a;
        try {
            f = AbiFunction.dispatch(LeaseMarketAbi.FUNCTIONS, call.data());
            a = f.decodeInputs(call.data());
        } catch (AbiException e) {
            return ModuleResult.revert("lease market: " + e.getMessage(), VIEW_GAS);
        }
        if (call.value().signum() != 0 && f != LeaseMarketAbi.DEPOSIT_CREDIT) {
            return ModuleResult.revert("lease market: " + f.name() + " is not payable; send value 0 (use depositCredit)", VIEW_GAS);
        }
        WorldState s = call.state();
        byte[] sender = call.sender().bytes();
        if (f == LeaseMarketAbi.DEPOSIT_CREDIT) {
            return deposit(s, sender, call.value());
        } else if (f == LeaseMarketAbi.WITHDRAW_CREDIT) {
            return withdraw(s, sender, uint(a.get(0)));
        } else if (f == LeaseMarketAbi.LIST_OFFER) {
            return list(s, sender, ((Bytes32) a.get(0)).getValue(), uint(a.get(1)), uint(a.get(2)).longValueExact(),
                    uint(a.get(3)).longValueExact(), bytes(a.get(4)));
        } else if (f == LeaseMarketAbi.DELIST_OFFER) {
            return delist(s, sender, uint(a.get(0)));
        } else if (f == LeaseMarketAbi.RENT) {
            return rent(s, call.block(), sender, uint(a.get(0)), uint(a.get(1)).longValueExact(), bytes(a.get(2)));
        } else if (f == LeaseMarketAbi.DELIVER_ACCESS) {
            return deliver(s, sender, uint(a.get(0)), bytes(a.get(1)));
        } else if (f == LeaseMarketAbi.END_LEASE) {
            return end(s, call.block(), sender, uint(a.get(0)));
        } else if (f == LeaseMarketAbi.CLAIM_INCOME) {
            return claim(s, sender);
        } else if (f == LeaseMarketAbi.RATE) {
            return rate(s, sender, uint(a.get(0)), uint(a.get(1)).intValueExact());
        }
        return view(s, f, a);
    }

    private ModuleResult deposit(WorldState s, byte[] sender, BigInteger value) {
        if (value.signum() == 0) {
            return ModuleResult.revert("depositCredit: send the amount to deposit as the call's value", WRITE_GAS);
        }
        storage.write(s, LeaseMarketLayout.creditSlot(sender), credit(s, sender).add(value));
        return ok(LeaseMarketAbi.CREDIT_DEPOSITED.encode(address(sender), new Uint256(value)));
    }

    private ModuleResult withdraw(WorldState s, byte[] sender, BigInteger amount) {
        BigInteger credit = credit(s, sender);
        if (amount.signum() == 0 || amount.compareTo(credit) > 0) {
            return ModuleResult.revert("withdrawCredit: amount " + amount + " wei must be between 1 and your credit of " + credit + " wei",
                    WRITE_GAS);
        }
        storage.write(s, LeaseMarketLayout.creditSlot(sender), credit.subtract(amount));
        pay(s, sender, amount);
        return ok(LeaseMarketAbi.CREDIT_WITHDRAWN.encode(address(sender), new Uint256(amount)));
    }

    private ModuleResult list(WorldState s, byte[] sender, byte[] chipId, BigInteger price, long minHours, long maxHours, byte[] encKey) {
        Optional<ChipRecord> chip = registry.chip(s, chipId);
        if (chip.isEmpty() || !chip.get().active() || !Address.of(chip.get().owner()).equals(Address.of(sender))) {
            return ModuleResult.revert("listOffer: chip " + Numeric.toHexString(chipId) + " is not an active chip registered by you",
                    WRITE_GAS);
        }
        if (price.signum() == 0 || minHours < 1 || maxHours < minHours) {
            return ModuleResult.revert("listOffer: need pricePerHour > 0 and 1 <= minHours <= maxHours", WRITE_GAS);
        }
        if (encKey.length == 0 || encKey.length > MAX_KEY_BYTES) {
            return ModuleResult.revert("listOffer: providerEncKey must be 1 to " + MAX_KEY_BYTES + " bytes", WRITE_GAS);
        }
        BigInteger id = nextId(s, LeaseMarketLayout.nextOfferIdSlot());
        storage.write(s, LeaseMarketLayout.offerSlots(id),
                new OfferRecord(chipId, sender, price, minHours, maxHours, Hash.sha3(encKey), true).toWords());
        return ModuleResult.ok(encode(new Uint256(id)), List.of(log(LeaseMarketAbi.OFFER_LISTED.encode(new Uint256(id), new Bytes32(chipId),
                address(sender), new Uint256(price), new Uint64(minHours), new Uint64(maxHours), new DynamicBytes(encKey)))), WRITE_GAS);
    }

    private ModuleResult delist(WorldState s, byte[] sender, BigInteger offerId) {
        Optional<OfferRecord> offer = offer(s, offerId);
        if (offer.isEmpty() || !offer.get().active() || !Address.of(offer.get().provider()).equals(Address.of(sender))) {
            return ModuleResult.revert("delistOffer: offer " + offerId + " is not an active offer of yours", WRITE_GAS);
        }
        OfferRecord o = offer.get();
        storage.write(s, LeaseMarketLayout.offerSlots(offerId),
                new OfferRecord(o.chipId(), o.provider(), o.pricePerHour(), o.minHours(), o.maxHours(), o.encKeyHash(), false).toWords());
        return ok(LeaseMarketAbi.OFFER_DELISTED.encode(new Uint256(offerId)));
    }

    private ModuleResult rent(WorldState s, BlockContext block, byte[] sender, BigInteger offerId, long hours, byte[] renterKey) {
        Optional<OfferRecord> offer = offer(s, offerId);
        if (offer.isEmpty() || !offer.get().active()) {
            return ModuleResult.revert("rent: offer " + offerId + " is not listed", WRITE_GAS);
        }
        OfferRecord o = offer.get();
        if (hours < o.minHours() || hours > o.maxHours()) {
            return ModuleResult.revert("rent: offer " + offerId + " rents " + o.minHours() + " to " + o.maxHours() + " hours, not " + hours,
                    WRITE_GAS);
        }
        if (renterKey.length == 0 || renterKey.length > MAX_KEY_BYTES) {
            return ModuleResult.revert("rent: renterEncKey must be 1 to " + MAX_KEY_BYTES + " bytes", WRITE_GAS);
        }
        Optional<ChipRecord> chip = registry.chip(s, o.chipId());
        if (chip.isEmpty() || !chip.get().active()) {
            return ModuleResult.revert("rent: the offer's chip is no longer registered", WRITE_GAS);
        }
        if (storage.readUint(s, LeaseMarketLayout.activeLeaseSlot(o.chipId())).signum() != 0) {
            return ModuleResult.revert("rent: chip " + Numeric.toHexString(o.chipId()) + " is already leased", WRITE_GAS);
        }
        BigInteger escrow = o.pricePerHour().multiply(BigInteger.valueOf(hours));
        BigInteger credit = credit(s, sender);
        if (credit.compareTo(escrow) < 0) {
            return ModuleResult.revert("rent: escrow of " + escrow + " wei exceeds your credit of " + credit + " wei; depositCredit first",
                    WRITE_GAS);
        }
        storage.write(s, LeaseMarketLayout.creditSlot(sender), credit.subtract(escrow));
        BigInteger id = nextId(s, LeaseMarketLayout.nextLeaseIdSlot());
        storage.write(s, LeaseMarketLayout.leaseSlots(id), new LeaseRecord(offerId, sender, o.chipId(), hours, block.number(),
                block.timestamp(), escrow, LeaseRecord.State.ACTIVE, LeaseRecord.EndReason.NONE, 0).toWords());
        storage.write(s, LeaseMarketLayout.activeLeaseSlot(o.chipId()), id);
        return ModuleResult.ok(encode(new Uint256(id)), List.of(log(LeaseMarketAbi.LEASE_STARTED.encode(new Uint256(id),
                new Uint256(offerId), address(sender), new Uint64(hours), new Uint256(escrow), new DynamicBytes(renterKey)))), WRITE_GAS);
    }

    private ModuleResult deliver(WorldState s, byte[] sender, BigInteger leaseId, byte[] ciphertext) {
        Optional<LeaseRecord> lease = lease(s, leaseId);
        if (lease.isEmpty() || lease.get().state() != LeaseRecord.State.ACTIVE) {
            return ModuleResult.revert("deliverAccess: lease " + leaseId + " is not active", WRITE_GAS);
        }
        OfferRecord o = offer(s, lease.get().offerId()).orElseThrow();
        if (!Address.of(o.provider()).equals(Address.of(sender))) {
            return ModuleResult.revert("deliverAccess: only the provider " + Numeric.toHexString(o.provider()) + " delivers access", WRITE_GAS);
        }
        return ok(LeaseMarketAbi.ACCESS_DELIVERED.encode(new Uint256(leaseId), new DynamicBytes(ciphertext)));
    }

    private ModuleResult end(WorldState s, BlockContext block, byte[] sender, BigInteger leaseId) {
        Optional<LeaseRecord> found = lease(s, leaseId);
        if (found.isEmpty() || found.get().state() != LeaseRecord.State.ACTIVE) {
            return ModuleResult.revert("endLease: lease " + leaseId + " is not active", WRITE_GAS);
        }
        LeaseRecord l = found.get();
        OfferRecord o = offer(s, l.offerId()).orElseThrow();
        long startEpoch = (l.startBlock() - 1) / block.epochLength();
        LeaseRecord.EndReason reason;
        if (LeaseSettlement.expired(l.hours(), l.startTime(), block.timestamp())) {
            reason = LeaseRecord.EndReason.EXPIRED;
        } else if (Address.of(l.renter()).equals(Address.of(sender))) {
            reason = LeaseRecord.EndReason.RENTER_ENDED;
        } else if (Address.of(o.provider()).equals(Address.of(sender))) {
            reason = LeaseRecord.EndReason.PROVIDER_ENDED;
        } else if (block.epoch() > startEpoch && !registry.provedEpoch(s, l.chipId(), block.epoch() - 1)) {
            reason = LeaseRecord.EndReason.CHIP_OFFLINE;
        } else {
            return ModuleResult.revert("endLease: only the renter or the provider may end lease " + leaseId
                    + " before it expires, unless the chip missed the last epoch's heartbeat", WRITE_GAS);
        }
        LeaseSettlement st = LeaseSettlement.of(l.escrow(), l.hours(), l.startTime(), block.timestamp(), startEpoch, block.epoch(),
                e -> registry.provedEpoch(s, l.chipId(), e));
        storage.write(s, LeaseMarketLayout.leaseSlots(leaseId), new LeaseRecord(l.offerId(), l.renter(), l.chipId(), l.hours(),
                l.startBlock(), l.startTime(), l.escrow(), LeaseRecord.State.ENDED, reason, 0).toWords());
        storage.write(s, LeaseMarketLayout.activeLeaseSlot(l.chipId()), BigInteger.ZERO);
        storage.write(s, LeaseMarketLayout.incomeSlot(o.provider()), income(s, o.provider()).add(st.providerAmount()));
        storage.write(s, LeaseMarketLayout.creditSlot(l.renter()), credit(s, l.renter()).add(st.refund()));
        return ok(LeaseMarketAbi.LEASE_ENDED.encode(new Uint256(leaseId), new Uint8(reason.ordinal()), new Uint256(st.providerAmount()),
                new Uint256(st.refund())));
    }

    private ModuleResult claim(WorldState s, byte[] sender) {
        BigInteger income = income(s, sender);
        if (income.signum() == 0) {
            return ModuleResult.revert("claimIncome: no settled income for " + Numeric.toHexString(sender), WRITE_GAS);
        }
        storage.write(s, LeaseMarketLayout.incomeSlot(sender), BigInteger.ZERO);
        pay(s, sender, income);
        return ok(LeaseMarketAbi.INCOME_CLAIMED.encode(address(sender), new Uint256(income)));
    }

    private ModuleResult rate(WorldState s, byte[] sender, BigInteger leaseId, int stars) {
        Optional<LeaseRecord> found = lease(s, leaseId);
        if (found.isEmpty() || !Address.of(found.get().renter()).equals(Address.of(sender))) {
            return ModuleResult.revert("rate: lease " + leaseId + " is not yours", WRITE_GAS);
        }
        LeaseRecord l = found.get();
        if (l.state() != LeaseRecord.State.ENDED || l.rating() != 0 || stars < 1 || stars > 5) {
            return ModuleResult.revert("rate: rate an ended lease once, with 1 to 5 stars", WRITE_GAS);
        }
        storage.write(s, LeaseMarketLayout.leaseSlots(leaseId), new LeaseRecord(l.offerId(), l.renter(), l.chipId(), l.hours(),
                l.startBlock(), l.startTime(), l.escrow(), l.state(), l.endReason(), stars).toWords());
        byte[] provider = offer(s, l.offerId()).orElseThrow().provider();
        for (LeaseMarketLayout.RatingField field : LeaseMarketLayout.RatingField.values()) {
            byte[] slot = LeaseMarketLayout.providerRatingSlot(provider, field);
            storage.write(s, slot, storage.readUint(s, slot).add(BigInteger.valueOf(field == LeaseMarketLayout.RatingField.SUM ? stars : 1)));
        }
        return ok(LeaseMarketAbi.LEASE_RATED.encode(new Uint256(leaseId), address(sender), new Uint8(stars)));
    }

    private ModuleResult view(StateReader s, AbiFunction f, List<Type> a) {
        if (f == LeaseMarketAbi.CREDIT_OF || f == LeaseMarketAbi.INCOME_OF) {
            byte[] who = Numeric.hexStringToByteArray(((org.web3j.abi.datatypes.Address) a.get(0)).getValue());
            return ModuleResult.ok(encode(new Uint256(f == LeaseMarketAbi.CREDIT_OF ? credit(s, who) : income(s, who))), List.of(), VIEW_GAS);
        }
        BigInteger id = uint(a.get(0));
        if (f == LeaseMarketAbi.GET_OFFER) {
            Optional<OfferRecord> o = offer(s, id);
            if (o.isEmpty()) {
                return ModuleResult.revert("getOffer: no offer " + id, VIEW_GAS);
            }
            OfferRecord r = o.get();
            return ModuleResult.ok(encode(new Bytes32(r.chipId()), address(r.provider()), new Uint256(r.pricePerHour()),
                    new Uint64(r.minHours()), new Uint64(r.maxHours()), new Bytes32(r.encKeyHash()), new Bool(r.active())), List.of(), VIEW_GAS);
        }
        Optional<LeaseRecord> l = lease(s, id);
        if (l.isEmpty()) {
            return ModuleResult.revert("getLease: no lease " + id, VIEW_GAS);
        }
        LeaseRecord r = l.get();
        return ModuleResult.ok(encode(new Uint256(r.offerId()), address(r.renter()), new Bytes32(r.chipId()), new Uint64(r.hours()),
                new Uint64(r.startBlock()), new Uint64(r.startTime()), new Uint256(r.escrow()), new Uint8(r.state().ordinal()),
                new Uint8(r.endReason().ordinal()), new Uint8(r.rating())), List.of(), VIEW_GAS);
    }

    private void pay(WorldState s, byte[] to, BigInteger amount) {
        s.subtractBalance(ADDRESS, amount);
        s.addBalance(Address.of(to), amount);
    }

    private BigInteger nextId(WorldState s, byte[] slot) {
        BigInteger current = storage.readUint(s, slot);
        BigInteger id = current.signum() == 0 ? BigInteger.ONE : current;
        storage.write(s, slot, id.add(BigInteger.ONE));
        return id;
    }

    private BigInteger credit(StateReader s, byte[] who) {
        return storage.readUint(s, LeaseMarketLayout.creditSlot(who));
    }

    private BigInteger income(StateReader s, byte[] who) {
        return storage.readUint(s, LeaseMarketLayout.incomeSlot(who));
    }

    private Optional<OfferRecord> offer(StateReader s, BigInteger id) {
        return OfferRecord.fromWords(storage.read(s, LeaseMarketLayout.offerSlots(id)));
    }

    private Optional<LeaseRecord> lease(StateReader s, BigInteger id) {
        return LeaseRecord.fromWords(storage.read(s, LeaseMarketLayout.leaseSlots(id)));
    }

    private static BigInteger uint(Type<?> t) {
        return (BigInteger) t.getValue();
    }

    private static byte[] bytes(Type<?> t) {
        return ((DynamicBytes) t).getValue();
    }

    private static org.web3j.abi.datatypes.Address address(byte[] a) {
        return new org.web3j.abi.datatypes.Address(Numeric.toHexString(a));
    }

    private static ModuleResult ok(AbiEvent.Log l) {
        return ModuleResult.ok(new byte[0], List.of(log(l)), WRITE_GAS);
    }

    private static Log log(AbiEvent.Log l) {
        return new Log(ADDRESS.bytes(), l.topics(), l.data());
    }

    private static byte[] encode(Type<?>... values) {
        return Numeric.hexStringToByteArray(FunctionEncoder.encodeConstructor(List.of(values)));
    }
}
