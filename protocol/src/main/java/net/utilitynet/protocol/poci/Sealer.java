package net.utilitynet.protocol.poci;

import net.utilitynet.protocol.crypto.Secp256k1;
import net.utilitynet.protocol.header.BlockHeader;

/** Validator-side signing: the proposer's seal and checkpoint committed seals. */
public final class Sealer {
    private Sealer() {
    }

    /** Returns {@code header} with its extraData seal set by {@code validatorKey} (any previous seal is replaced). */
    public static BlockHeader seal(BlockHeader header, byte[] validatorKey) {
        ExtraData extra = ExtraData.decode(header.extraData());
        byte[] seal = Secp256k1.sign(SealHash.of(header, extra), validatorKey);
        return header.toBuilder().extraData(extra.withSeal(seal).encode()).build();
    }

    /** A committed seal of {@code validatorKey} over the checkpoint header's sealHash. */
    public static byte[] commitSeal(BlockHeader checkpointHeader, byte[] validatorKey) {
        return Secp256k1.sign(SealHash.of(checkpointHeader), validatorKey);
    }

    /** The address that sealed {@code header}. */
    public static byte[] signer(BlockHeader header) {
        ExtraData extra = ExtraData.decode(header.extraData());
        return SealVerifier.recoverSigner(header, extra);
    }
}
