package net.utilitynet.protocol.attestation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An NVIDIA attestation report: SPDM 1.1 GET_MEASUREMENTS request (37 bytes) followed by the
 * MEASUREMENTS response whose last 96 bytes are the raw P-384 signature (chips-and-attestation.md
 * §2.2). Parsing is strict: every length must fit and the signature must end the report exactly.
 */
public final class SpdmMeasurementReport {
    public static final int REQUEST_LENGTH = 37;
    public static final int NONCE_LENGTH = 32;
    public static final int SIGNATURE_LENGTH = 96;
    static final int SPDM_1_1 = 0x11;
    static final int GET_MEASUREMENTS = 0xE0;
    static final int MEASUREMENTS = 0x60;
    static final int OPAQUE_DRIVER_VERSION = 3;
    static final int OPAQUE_VBIOS_VERSION = 6;
    static final int OPAQUE_FWID = 20;

    private final byte[] report;
    private final int measurementBlocks;
    private final Map<Integer, byte[]> opaque;

    private SpdmMeasurementReport(byte[] report, int measurementBlocks, Map<Integer, byte[]> opaque) {
        this.report = report;
        this.measurementBlocks = measurementBlocks;
        this.opaque = opaque;
    }

    public static SpdmMeasurementReport parse(byte[] report) throws AttestationException {
        if (report == null || report.length < REQUEST_LENGTH + 8 + NONCE_LENGTH + 2 + SIGNATURE_LENGTH) {
            throw malformed("the report is " + (report == null ? "missing" : "only " + report.length + " bytes"));
        }
        byte[] copy = report.clone();
        if (u8(copy, 0) != SPDM_1_1 || u8(copy, 1) != GET_MEASUREMENTS) {
            throw new AttestationException(AttestationFailure.UNSUPPORTED_REPORT, String.format(
                    "the report does not start with an SPDM 1.1 GET_MEASUREMENTS request (got %02x %02x)",
                    u8(copy, 0), u8(copy, 1)));
        }
        int r = REQUEST_LENGTH;
        if (u8(copy, r) != SPDM_1_1 || u8(copy, r + 1) != MEASUREMENTS) {
            throw new AttestationException(AttestationFailure.UNSUPPORTED_REPORT, String.format(
                    "the response is not an SPDM 1.1 MEASUREMENTS message (got %02x %02x)",
                    u8(copy, r), u8(copy, r + 1)));
        }
        int blocks = u8(copy, r + 4);
        int recordLength = u8(copy, r + 5) | u8(copy, r + 6) << 8 | u8(copy, r + 7) << 16;
        int recordStart = r + 8;
        checkMeasurementRecord(copy, recordStart, recordLength, blocks);
        int opaqueLengthAt = recordStart + recordLength + NONCE_LENGTH;
        requireWithin(copy, opaqueLengthAt, 2, "opaque data length");
        int opaqueLength = u16(copy, opaqueLengthAt);
        int opaqueStart = opaqueLengthAt + 2;
        int signatureStart = opaqueStart + opaqueLength;
        if (signatureStart + SIGNATURE_LENGTH != copy.length) {
            throw malformed("the report is " + copy.length + " bytes but its fields end at "
                    + (signatureStart + SIGNATURE_LENGTH) + " (with a 96-byte signature)");
        }
        return new SpdmMeasurementReport(copy, blocks, parseOpaque(copy, opaqueStart, opaqueLength));
    }

    private static void checkMeasurementRecord(byte[] b, int start, int length, int blocks)
            throws AttestationException {
        requireWithin(b, start, length, "measurement record");
        int at = start;
        for (int i = 0; i < blocks; i++) {
            requireWithin(b, at, 4, "measurement block " + i);
            int size = u16(b, at + 2);
            requireWithin(b, at + 4, size, "measurement block " + i);
            at += 4 + size;
        }
        if (at != start + length) {
            throw malformed(blocks + " measurement blocks take " + (at - start)
                    + " bytes but the record length says " + length);
        }
    }

    private static Map<Integer, byte[]> parseOpaque(byte[] b, int start, int length) throws AttestationException {
        Map<Integer, byte[]> fields = new LinkedHashMap<>();
        int at = start;
        int end = start + length;
        while (at < end) {
            if (end - at < 4) {
                throw malformed("opaque data ends inside a field header");
            }
            int type = u16(b, at);
            int size = u16(b, at + 2);
            if (at + 4 + size > end) {
                throw malformed("opaque field " + type + " runs past the opaque data");
            }
            fields.putIfAbsent(type, Arrays.copyOfRange(b, at + 4, at + 4 + size));
            at += 4 + size;
        }
        return Collections.unmodifiableMap(fields);
    }

    /** The caller's 32-byte nonce carried in the GET_MEASUREMENTS request (bytes 4..35). */
    public byte[] requestNonce() {
        return Arrays.copyOfRange(report, 4, 4 + NONCE_LENGTH);
    }

    /** Everything the GPU signed: the whole report minus its last 96 bytes. */
    public byte[] signedBytes() {
        return Arrays.copyOf(report, report.length - SIGNATURE_LENGTH);
    }

    /** Raw ECDSA P-384 signature r‖s (IEEE P1363 form). */
    public byte[] signature() {
        return Arrays.copyOfRange(report, report.length - SIGNATURE_LENGTH, report.length);
    }

    public int measurementBlocks() {
        return measurementBlocks;
    }

    public Optional<byte[]> opaqueField(int type) {
        byte[] v = opaque.get(type);
        return v == null ? Optional.empty() : Optional.of(v.clone());
    }

    /** Driver version as the GPU reports it (ASCII, NUL padding removed), if present. */
    public Optional<String> driverVersion() {
        return opaqueField(OPAQUE_DRIVER_VERSION).map(SpdmMeasurementReport::ascii);
    }

    /**
     * VBIOS version: an 8-byte GPU field b0..b7 shown as b3.b2.b1.b0.b4 in hex (nvtrust), or the
     * ASCII string NVSwitches send.
     */
    public Optional<String> vbiosVersion() {
        return opaqueField(OPAQUE_VBIOS_VERSION).map(v -> {
            if (v.length == 8) {
                return String.format("%02X.%02X.%02X.%02X.%02X", v[3], v[2], v[1], v[0], v[4]);
            }
            return ascii(v);
        });
    }

    /** The 48-byte firmware id measured by the GPU (opaque field 20), if the report has one. */
    public Optional<byte[]> fwid() {
        return opaqueField(OPAQUE_FWID);
    }

    private static String ascii(byte[] v) {
        int n = 0;
        while (n < v.length && v[n] != 0) {
            n++;
        }
        return new String(v, 0, n, StandardCharsets.US_ASCII);
    }

    private static void requireWithin(byte[] b, int at, int length, String what) throws AttestationException {
        if (at < 0 || length < 0 || at + length > b.length) {
            throw malformed("the " + what + " runs past the end of the report");
        }
    }

    private static AttestationException malformed(String detail) {
        return new AttestationException(AttestationFailure.MALFORMED_REPORT,
                "the attestation report is malformed: " + detail);
    }

    private static int u8(byte[] b, int at) {
        return b[at] & 0xFF;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }
}
