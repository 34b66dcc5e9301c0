package net.utilitynet.protocol.attestation;

import java.util.Arrays;

import org.web3j.utils.Numeric;

/**
 * What verified evidence proves: the chip's stable id (keccak256 of its identity certificate),
 * the vendor, the hardware model named by the vendor's certificate, and the firmware the evidence
 * reported (empty when the evidence carries none).
 */
public record VerifiedChip(byte[] chipId, String vendor, String hardwareModel, String firmware) {

    public VerifiedChip {
        chipId = chipId.clone();
    }

    @Override
    public byte[] chipId() {
        return chipId.clone();
    }

    public String chipIdHex() {
        return Numeric.toHexString(chipId);
    }

    /** Throws {@link AttestationFailure#CHIP_ID_MISMATCH} unless the evidence is for {@code claimed}. */
    public VerifiedChip requireChipId(byte[] claimed) throws AttestationException {
        if (!Arrays.equals(chipId, claimed)) {
            throw new AttestationException(AttestationFailure.CHIP_ID_MISMATCH, "the evidence is for chip "
                    + chipIdHex() + " but chip " + (claimed == null ? "(none)" : Numeric.toHexString(claimed))
                    + " was claimed");
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VerifiedChip v && Arrays.equals(chipId, v.chipId) && vendor.equals(v.vendor)
                && hardwareModel.equals(v.hardwareModel) && firmware.equals(v.firmware);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(chipId) * 31 + hardwareModel.hashCode();
    }

    @Override
    public String toString() {
        return "VerifiedChip[" + vendor + " " + hardwareModel + " " + chipIdHex() + " firmware=" + firmware + "]";
    }
}
