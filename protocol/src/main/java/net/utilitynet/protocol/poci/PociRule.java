package net.utilitynet.protocol.poci;

/** The POCI consensus rules (design §4.2–4.5) a header can break; each verifier failure names one. */
public enum PociRule {
    /** extraData is not a valid {@code rlp([1, vanity, claim, checkpoint, seal])}. */
    EXTRA_DATA_FORMAT,
    /** difficulty 1, nonce 0, empty ommers, checkpoint exactly at epoch boundaries, zero coinbase without claim. */
    HEADER_SHAPE,
    /** The header carries no 65-byte seal. */
    SEAL_MISSING,
    /** The seal does not recover to any key (bad r, s or v). */
    SEAL_INVALID,
    /** The seal recovers to an address outside the epoch's validator set. */
    SEAL_SIGNER_NOT_VALIDATOR,
    /** The claim's Merkle branch does not prove its miner entry against the epoch's minerSetRoot. */
    CLAIM_BRANCH,
    /** The claim's ECVRF proof does not verify for the election alpha. */
    CLAIM_VRF,
    /** beta · totalPower · d ≥ 2^256 · power · n: the miner was not elected at this height. */
    CLAIM_NOT_ELIGIBLE,
    /** The header's coinbase is not the claim's payout address. */
    CLAIM_COINBASE,
    /** mixHash is not R(h) computed from R(h-1). */
    RANDOMNESS,
    /** The checkpoint's epoch number does not match its height. */
    CHECKPOINT_EPOCH,
    /** A committed seal is malformed or signed by someone outside the previous validator set. */
    CHECKPOINT_SEAL_SIGNER,
    /** Two committed seals come from the same validator. */
    CHECKPOINT_DUPLICATE_SIGNER,
    /** Committed seals from no more than two thirds of the previous epoch's validators. */
    CHECKPOINT_QUORUM
}
