package net.utilitynet.protocol.attestation;

/** Why a chip's attestation evidence was rejected. Each value is a distinct, checkable cause. */
public enum AttestationFailure {
    /** No verifier for this vendor on this network (e.g. a simulated chip outside the devnet). */
    UNSUPPORTED_VENDOR,
    /** The certificate chain could not be decoded (not PEM/DER X.509, wrong length). */
    MALFORMED_CERTIFICATE_CHAIN,
    /** The chain does not end at the pinned vendor root (for example a self-made CA). */
    UNTRUSTED_ROOT,
    /** The chain ends at the right root but a link is broken (wrong issuer, bad signature, expired). */
    INVALID_CERTIFICATE_CHAIN,
    /** The attestation report is truncated or its fields are inconsistent. */
    MALFORMED_REPORT,
    /** The report is well formed but of a kind this verifier does not accept (e.g. not SPDM 1.1). */
    UNSUPPORTED_REPORT,
    /** The nonce inside the evidence is not the one the verifier expected (stale or replayed). */
    NONCE_MISMATCH,
    /** The signature does not verify with the attested key of the chain's leaf certificate. */
    BAD_SIGNATURE,
    /** The firmware id measured in the report differs from the one certified in the leaf. */
    FWID_MISMATCH,
    /** The chain identifies a different chip than the chip id that was claimed. */
    CHIP_ID_MISMATCH
}
