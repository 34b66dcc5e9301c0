package net.utilitynet.protocol.rlp;

/** One decoded RLP item: a byte string or a list. Accessors name the field so that errors say which one is wrong. */
public sealed interface RlpItem permits RlpString, RlpList {

    /** This item as a byte string, or an {@link RlpException} naming {@code field}. */
    RlpString asString(String field);

    /** This item as a list, or an {@link RlpException} naming {@code field}. */
    RlpList asList(String field);

    /** The canonical encoding of this item (a copy of the bytes it was decoded from). */
    byte[] encoded();
}
