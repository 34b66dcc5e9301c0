package net.utilitynet.protocol.modules;

import java.util.List;

/** ABI of the lease market (RPOI) module at {@link SystemModules#LEASE_MARKET_HEX} (design §4.6). */
public final class LeaseMarketAbi {
    /** {@code depositCredit()}, payable: the call's value becomes the sender's compute credit. */
    public static final AbiFunction DEPOSIT_CREDIT = new AbiFunction("depositCredit", "", "");
    /** {@code withdrawCredit(uint256 amount)}. */
    public static final AbiFunction WITHDRAW_CREDIT = new AbiFunction("withdrawCredit", "uint256", "");
    /** {@code listOffer(bytes32 chipId, uint256 pricePerHour, uint64 minHours, uint64 maxHours, bytes providerEncKey) returns (uint256 offerId)}. */
    public static final AbiFunction LIST_OFFER = new AbiFunction("listOffer", "bytes32,uint256,uint64,uint64,bytes", "uint256");
    /** {@code delistOffer(uint256 offerId)}. */
    public static final AbiFunction DELIST_OFFER = new AbiFunction("delistOffer", "uint256", "");
    /** {@code rent(uint256 offerId, uint64 hours, bytes renterEncKey) returns (uint256 leaseId)}: escrows price·hours from credit. */
    public static final AbiFunction RENT = new AbiFunction("rent", "uint256,uint64,bytes", "uint256");
    /** {@code deliverAccess(uint256 leaseId, bytes ciphertext)}: ECIES to the renter's key; the ciphertext is in the log. */
    public static final AbiFunction DELIVER_ACCESS = new AbiFunction("deliverAccess", "uint256,bytes", "");
    /** {@code endLease(uint256 leaseId)}: settles by heartbeat-covered hours. */
    public static final AbiFunction END_LEASE = new AbiFunction("endLease", "uint256", "");
    /** {@code claimIncome()}: pays the sender's settled provider income. */
    public static final AbiFunction CLAIM_INCOME = new AbiFunction("claimIncome", "", "");
    /** {@code rate(uint256 leaseId, uint8 stars)}, stars 1..5, by the renter after the lease ended. */
    public static final AbiFunction RATE = new AbiFunction("rate", "uint256,uint8", "");
    /** View {@code creditOf(address) returns (uint256)}. */
    public static final AbiFunction CREDIT_OF = new AbiFunction("creditOf", "address", "uint256");
    /** View {@code incomeOf(address) returns (uint256)}. */
    public static final AbiFunction INCOME_OF = new AbiFunction("incomeOf", "address", "uint256");
    /** View {@code getOffer(uint256)} returning the {@link OfferRecord} fields in order. */
    public static final AbiFunction GET_OFFER = new AbiFunction("getOffer", "uint256",
            "bytes32,address,uint256,uint64,uint64,bytes32,bool");
    /** View {@code getLease(uint256)} returning the {@link LeaseRecord} fields in order (state, endReason, rating as uint8). */
    public static final AbiFunction GET_LEASE = new AbiFunction("getLease", "uint256",
            "uint256,address,bytes32,uint64,uint64,uint64,uint256,uint8,uint8,uint8");

    public static final List<AbiFunction> FUNCTIONS = List.of(DEPOSIT_CREDIT, WITHDRAW_CREDIT, LIST_OFFER, DELIST_OFFER, RENT,
            DELIVER_ACCESS, END_LEASE, CLAIM_INCOME, RATE, CREDIT_OF, INCOME_OF, GET_OFFER, GET_LEASE);

    public static final AbiEvent CREDIT_DEPOSITED = new AbiEvent("CreditDeposited", "address indexed,uint256");
    public static final AbiEvent CREDIT_WITHDRAWN = new AbiEvent("CreditWithdrawn", "address indexed,uint256");
    /** {@code OfferListed(uint256 indexed offerId, bytes32 indexed chipId, address indexed provider, uint256 pricePerHour, uint64 minHours, uint64 maxHours, bytes providerEncKey)}. */
    public static final AbiEvent OFFER_LISTED = new AbiEvent("OfferListed",
            "uint256 indexed,bytes32 indexed,address indexed,uint256,uint64,uint64,bytes");
    public static final AbiEvent OFFER_DELISTED = new AbiEvent("OfferDelisted", "uint256 indexed");
    /** {@code LeaseStarted(uint256 indexed leaseId, uint256 indexed offerId, address indexed renter, uint64 hours, uint256 escrow, bytes renterEncKey)}. */
    public static final AbiEvent LEASE_STARTED = new AbiEvent("LeaseStarted",
            "uint256 indexed,uint256 indexed,address indexed,uint64,uint256,bytes");
    /** {@code AccessDelivered(uint256 indexed leaseId, bytes ciphertext)}. */
    public static final AbiEvent ACCESS_DELIVERED = new AbiEvent("AccessDelivered", "uint256 indexed,bytes");
    /** {@code LeaseEnded(uint256 indexed leaseId, uint8 reason, uint256 providerAmount, uint256 refund)}; reasons in {@link LeaseRecord.EndReason}. */
    public static final AbiEvent LEASE_ENDED = new AbiEvent("LeaseEnded", "uint256 indexed,uint8,uint256,uint256");
    public static final AbiEvent INCOME_CLAIMED = new AbiEvent("IncomeClaimed", "address indexed,uint256");
    /** {@code LeaseRated(uint256 indexed leaseId, address indexed renter, uint8 stars)}. */
    public static final AbiEvent LEASE_RATED = new AbiEvent("LeaseRated", "uint256 indexed,address indexed,uint8");

    public static final List<AbiEvent> EVENTS = List.of(CREDIT_DEPOSITED, CREDIT_WITHDRAWN, OFFER_LISTED, OFFER_DELISTED,
            LEASE_STARTED, ACCESS_DELIVERED, LEASE_ENDED, INCOME_CLAIMED, LEASE_RATED);

    private LeaseMarketAbi() {
    }
}
