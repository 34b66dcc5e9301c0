package net.utilitynet.protocol.header;

import java.util.HexFormat;

/** The node's reported block hash is not keccak256 of the header it sent: the node is lying or broken. */
public class HeaderHashMismatchException extends HeaderException {
    private final long number;
    private final byte[] reported;
    private final byte[] computed;

    public HeaderHashMismatchException(long number, byte[] reported, byte[] computed) {
        super("block " + number + ": reported hash 0x" + HexFormat.of().formatHex(reported)
                + " but the header fields hash to 0x" + HexFormat.of().formatHex(computed)
                + "; the endpoint sent inconsistent data, do not trust it");
        this.number = number;
        this.reported = reported.clone();
        this.computed = computed.clone();
    }

    public long number() {
        return number;
    }

    public byte[] reported() {
        return reported.clone();
    }

    public byte[] computed() {
        return computed.clone();
    }
}
