package net.utilitynet.protocol.poci;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.utilitynet.protocol.rlp.Rlp;
import net.utilitynet.protocol.rlp.RlpList;
import org.web3j.rlp.RlpType;
import org.web3j.utils.Numeric;

/**
 * The checkpoint carried at heights {@code h % E == 0} (design §4.2–4.3):
 * {@code [epoch, validators, minerSetRoot, totalPower, historyRoot, committedSeals]}. It fixes the parameters of
 * epoch {@code epoch} (blocks {@code epoch·E+1 … (epoch+1)·E}). Immutable; arrays are copied in and out.
 */
public record Checkpoint(long epoch, List<byte[]> validators, byte[] minerSetRoot, long totalPower, byte[] historyRoot,
                         List<byte[]> committedSeals) {

    public Checkpoint {
        Bytes.nonNegative(epoch, "checkpoint.epoch");
        validators = Bytes.fixedList(validators, 20, "checkpoint.validators");
        if (validators.isEmpty()) {
            throw new ExtraDataException("checkpoint.validators: at least one validator is required");
        }
        minerSetRoot = Bytes.fixed(minerSetRoot, 32, "checkpoint.minerSetRoot");
        Bytes.nonNegative(totalPower, "checkpoint.totalPower");
        historyRoot = Bytes.fixed(historyRoot, 32, "checkpoint.historyRoot");
        committedSeals = Bytes.fixedList(committedSeals, 65, "checkpoint.committedSeals");
    }

    /** The same checkpoint with other committed seals (the seals are not part of what they sign). */
    public Checkpoint withCommittedSeals(List<byte[]> seals) {
        return new Checkpoint(epoch, validators, minerSetRoot, totalPower, historyRoot, seals);
    }

    /** Whether {@code address} is one of this checkpoint's validators. */
    public boolean isValidator(byte[] address) {
        return Bytes.contains(validators, address);
    }

    @Override public List<byte[]> validators() { return Bytes.copies(validators); }
    @Override public byte[] minerSetRoot() { return minerSetRoot.clone(); }
    @Override public byte[] historyRoot() { return historyRoot.clone(); }
    @Override public List<byte[]> committedSeals() { return Bytes.copies(committedSeals); }

    /** Validators without copying, for verifiers in this package. */
    List<byte[]> validatorsView() {
        return validators;
    }

    List<byte[]> committedSealsView() {
        return committedSeals;
    }

    RlpType toRlp() {
        List<RlpType> vs = new ArrayList<>(validators.size());
        validators.forEach(v -> vs.add(Rlp.bytes(v)));
        List<RlpType> seals = new ArrayList<>(committedSeals.size());
        committedSeals.forEach(s -> seals.add(Rlp.bytes(s)));
        return Rlp.list(Rlp.uint(epoch), Rlp.list(vs), Rlp.bytes(minerSetRoot), Rlp.uint(totalPower),
                Rlp.bytes(historyRoot), Rlp.list(seals));
    }

    static Checkpoint fromRlp(RlpList l) {
        l.expectSize(6, "checkpoint");
        RlpList vs = l.get(1).asList("checkpoint.validators");
        List<byte[]> validators = new ArrayList<>(vs.size());
        for (int i = 0; i < vs.size(); i++) {
            String f = "checkpoint.validators[" + i + "]";
            validators.add(vs.get(i).asString(f).bytes(20, f));
        }
        RlpList ss = l.get(5).asList("checkpoint.committedSeals");
        List<byte[]> seals = new ArrayList<>(ss.size());
        for (int i = 0; i < ss.size(); i++) {
            String f = "checkpoint.committedSeals[" + i + "]";
            seals.add(ss.get(i).asString(f).bytes(65, f));
        }
        return new Checkpoint(
                l.get(0).asString("checkpoint.epoch").uint64("checkpoint.epoch"),
                validators,
                l.get(2).asString("checkpoint.minerSetRoot").bytes(32, "checkpoint.minerSetRoot"),
                l.get(3).asString("checkpoint.totalPower").uint64("checkpoint.totalPower"),
                l.get(4).asString("checkpoint.historyRoot").bytes(32, "checkpoint.historyRoot"),
                seals);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Checkpoint c && epoch == c.epoch && totalPower == c.totalPower
                && Bytes.listEquals(validators, c.validators) && Arrays.equals(minerSetRoot, c.minerSetRoot)
                && Arrays.equals(historyRoot, c.historyRoot) && Bytes.listEquals(committedSeals, c.committedSeals);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(epoch) * 31 + Arrays.hashCode(minerSetRoot);
    }

    @Override
    public String toString() {
        return "Checkpoint[epoch=" + epoch + ", validators=" + validators.size() + ", minerSetRoot="
                + Numeric.toHexString(minerSetRoot) + ", totalPower=" + totalPower + ", committedSeals="
                + committedSeals.size() + "]";
    }
}
