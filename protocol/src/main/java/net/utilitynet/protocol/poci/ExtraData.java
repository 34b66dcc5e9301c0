package net.utilitynet.protocol.poci;

import java.util.Arrays;
import java.util.List;
import net.utilitynet.protocol.rlp.Rlp;
import net.utilitynet.protocol.rlp.RlpException;
import net.utilitynet.protocol.rlp.RlpList;
import org.web3j.rlp.RlpType;

/**
 * POCI header extraData (design §4.2): {@code rlp([version=1, vanity(≤32), claim | [], checkpoint | [], seal])}.
 * {@code claim} and {@code checkpoint} are null when absent; {@code seal} is 65 bytes, or empty while unsealed.
 */
public record ExtraData(byte[] vanity, Claim claim, Checkpoint checkpoint, byte[] seal) {
    public static final int VERSION = 1;
    public static final int MAX_VANITY = 32;
    public static final int SEAL_SIZE = 65;

    public ExtraData {
        if (vanity == null) {
            vanity = new byte[0];
        }
        if (vanity.length > MAX_VANITY) {
            throw new ExtraDataException("extraData.vanity: at most " + MAX_VANITY + " bytes but found " + vanity.length);
        }
        vanity = vanity.clone();
        if (seal == null) {
            seal = new byte[0];
        }
        if (seal.length != 0 && seal.length != SEAL_SIZE) {
            throw new ExtraDataException("extraData.seal: expected " + SEAL_SIZE + " bytes (or empty before sealing) but found "
                    + seal.length);
        }
        seal = seal.clone();
    }

    /** Unsealed extraData. */
    public static ExtraData unsealed(byte[] vanity, Claim claim, Checkpoint checkpoint) {
        return new ExtraData(vanity, claim, checkpoint, new byte[0]);
    }

    public boolean isSealed() {
        return seal.length == SEAL_SIZE;
    }

    @Override public byte[] vanity() { return vanity.clone(); }
    @Override public byte[] seal() { return seal.clone(); }

    byte[] sealView() {
        return seal;
    }

    /** The same extraData with {@code seal} set. */
    public ExtraData withSeal(byte[] newSeal) {
        return new ExtraData(vanity, claim, checkpoint, newSeal);
    }

    /** The same extraData with another checkpoint (e.g. with committed seals added). */
    public ExtraData withCheckpoint(Checkpoint newCheckpoint) {
        return new ExtraData(vanity, claim, newCheckpoint, seal);
    }

    /** The form that seals sign: seal and committed seals emptied. */
    public ExtraData withoutSeals() {
        Checkpoint cp = checkpoint == null || checkpoint.committedSealsView().isEmpty()
                ? checkpoint : checkpoint.withCommittedSeals(List.of());
        return new ExtraData(vanity, claim, cp, new byte[0]);
    }

    public byte[] encode() {
        RlpType claimRlp = claim == null ? Rlp.emptyList() : claim.toRlp();
        RlpType checkpointRlp = checkpoint == null ? Rlp.emptyList() : checkpoint.toRlp();
        return Rlp.encode(Rlp.list(Rlp.uint(VERSION), Rlp.bytes(vanity), claimRlp, checkpointRlp, Rlp.bytes(seal)));
    }

    /** Strictly decodes extraData bytes taken from a header. */
    public static ExtraData decode(byte[] extraData) {
        try {
            RlpList l = Rlp.decodeList(extraData, "extraData").expectSize(5, "extraData");
            long version = l.get(0).asString("extraData.version").uint64("extraData.version");
            if (version != VERSION) {
                throw new ExtraDataException("extraData.version: expected " + VERSION + " but found " + version
                        + "; this client understands POCI v1 only");
            }
            byte[] vanity = l.get(1).asString("extraData.vanity").bytesAtMost(MAX_VANITY, "extraData.vanity");
            RlpList claim = l.get(2).asList("extraData.claim");
            RlpList checkpoint = l.get(3).asList("extraData.checkpoint");
            byte[] seal = l.get(4).asString("extraData.seal").bytes();
            return new ExtraData(vanity,
                    claim.isEmpty() ? null : Claim.fromRlp(claim),
                    checkpoint.isEmpty() ? null : Checkpoint.fromRlp(checkpoint),
                    seal);
        } catch (RlpException e) {
            throw new ExtraDataException(e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExtraData e && Arrays.equals(vanity, e.vanity) && java.util.Objects.equals(claim, e.claim)
                && java.util.Objects.equals(checkpoint, e.checkpoint) && Arrays.equals(seal, e.seal);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(seal) * 31 + java.util.Objects.hashCode(claim);
    }

    @Override
    public String toString() {
        return "ExtraData[claim=" + claim + ", checkpoint=" + checkpoint + ", sealed=" + isSealed() + "]";
    }
}
