package net.utilitynet.protocol.poci;

import java.math.BigInteger;
import java.util.Arrays;
import net.utilitynet.protocol.header.BlockHeader;

/**
 * Rule: the fixed fields of a UtilityNet header (design §4.2): London layout, difficulty 1, nonce 0, empty
 * ommers, a checkpoint exactly at heights {@code h % E == 0}, and a zero coinbase when there is no claim.
 * Decodes and returns the extraData.
 */
public final class HeaderShape {
    private static final byte[] ZERO_ADDRESS = new byte[20];
    private static final byte[] ZERO_NONCE = new byte[8];

    private HeaderShape() {
    }

    public static ExtraData verify(BlockHeader header, long epochLength) {
        long h = header.number();
        if (header.baseFeePerGas() == null || header.fieldCount() != 16) {
            fail(h, "expected the 16-field London header but found " + header.fieldCount() + " fields");
        }
        if (!BigInteger.ONE.equals(header.difficulty())) {
            fail(h, "difficulty must be 1 but is " + header.difficulty());
        }
        if (!Arrays.equals(ZERO_NONCE, header.nonce())) {
            fail(h, "nonce must be 0");
        }
        if (!Arrays.equals(BlockHeader.emptyOmmersHash(), header.ommersHash())) {
            fail(h, "ommersHash must be keccak256(rlp([])): UtilityNet has no uncles");
        }
        ExtraData extra;
        try {
            extra = ExtraData.decode(header.extraData());
        } catch (ExtraDataException e) {
            throw new PociRuleException(PociRule.EXTRA_DATA_FORMAT, "block " + h + ": " + e.getMessage());
        }
        boolean boundary = h % epochLength == 0;
        if (boundary && extra.checkpoint() == null) {
            fail(h, "height is a multiple of the epoch length " + epochLength + " but carries no checkpoint");
        }
        if (!boundary && extra.checkpoint() != null) {
            fail(h, "carries a checkpoint but is not a multiple of the epoch length " + epochLength);
        }
        if (extra.claim() == null && !Arrays.equals(ZERO_ADDRESS, header.coinbase())) {
            fail(h, "coinbase must be the zero address when the block carries no claim");
        }
        return extra;
    }

    private static void fail(long h, String message) {
        throw new PociRuleException(PociRule.HEADER_SHAPE, "block " + h + ": " + message);
    }
}
