package net.utilitynet.miner.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.utilitynet.miner.attest.AttestationFailedException;
import net.utilitynet.miner.attest.Evidence;
import net.utilitynet.miner.chain.MinerChain;
import net.utilitynet.miner.chain.ModuleCallSender;
import net.utilitynet.miner.store.ChipBook;
import net.utilitynet.miner.store.ChipBook.HeartbeatOutcome;
import net.utilitynet.miner.store.MinerDatabase;
import net.utilitynet.miner.store.RegisteredChip;
import net.utilitynet.protocol.attestation.AttestationMessages;
import net.utilitynet.protocol.modules.ChipRecord;
import net.utilitynet.protocol.modules.PociRegistryAbi;
import net.utilitynet.protocol.modules.SystemModules;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.outbox.OutboxEntry;
import net.utilitynet.wallet.outbox.OutboxState;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.utils.Numeric;

/**
 * One heartbeat per registered chip per epoch (design §4.3, CAT): at each verified head it finds the chips of this
 * miner whose heartbeat for the next block's epoch is neither proven in registry storage nor already sent, has each
 * chip sign {@code "UNC-POCI-HEARTBEAT" ‖ chainId ‖ chipId ‖ epoch ‖ checkpointHash(epoch)} with its attested key,
 * and sends {@code heartbeat(chipId, epoch, evidence)}. When an epoch is over it records, from verified storage,
 * which chips made their heartbeat and which missed it (uptime).
 */
public final class HeartbeatScheduler {
    /** Gas for heartbeat: the registry charges 60,000 plus calldata. */
    public static final long HEARTBEAT_GAS_LIMIT = 200_000;
    private static final String SETTLED = "heartbeats.settledEpoch";
    /** After a long pause, uptime is settled for at most this many past epochs (one storage proof each). */
    public static final int MAX_SETTLE_EPOCHS = 64;

    /** What happened at one head: heartbeats sent, chips that could not send (with reasons), next duty. */
    public record Round(long epoch, List<String> sent, List<String> problems, long nextHeartbeatBlock) {
    }

    private final MinerChain chain;
    private final ChipBook book;
    private final MinerDatabase db;
    private final ChipLocator chips;
    private final ModuleCallSender sender;
    private final Address miner;

    public HeartbeatScheduler(MinerChain chain, ChipBook book, MinerDatabase db, ChipLocator chips, ModuleCallSender sender, Address miner) {
        this.chain = chain;
        this.book = book;
        this.db = db;
        this.chips = chips;
        this.sender = sender;
        this.miner = miner;
    }

    public Round onHead(long head) {
        long epoch = head / chain.epochLength(); // the epoch of block head + 1
        settle(epoch - 1);
        List<String> sent = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean allDone = true;
        for (RegisteredChip chip : mine()) {
            Optional<HeartbeatOutcome> done = book.heartbeat(chip.chipId(), epoch);
            if (done.isPresent() && !(done.get() == HeartbeatOutcome.SENT && lost(chip.chipId(), epoch))) {
                continue;
            }
            byte[] chipId = Numeric.hexStringToByteArray(chip.chipId());
            if (chain.verifiedHeartbeat(chipId, epoch)) { // the registration itself counts for its epoch
                book.putHeartbeat(chip.chipId(), epoch, null, HeartbeatOutcome.MADE);
                continue;
            }
            Optional<ChipRecord> record = chain.verifiedChip(chipId).value();
            if (record.isEmpty() || !record.get().active()) {
                continue; // registration still pending: nothing to prove yet
            }
            allDone = false;
            try {
                sent.add(send(chip, chipId, epoch));
            } catch (AttestationFailedException | RuntimeException e) {
                problems.add(chip.model() + " " + chip.chipId() + ": " + e.getMessage());
            }
        }
        long next = allDone && problems.isEmpty() ? (epoch + 1) * chain.epochLength() + 1 : head + 1;
        return new Round(epoch, sent, problems, next);
    }

    private String send(RegisteredChip chip, byte[] chipId, long epoch) throws AttestationFailedException {
        AttestedChip local = chips.find(chip.localId()).orElseThrow(() -> new AttestationFailedException(
                "this chip is not on this machine (or its key is not in this wallet); heartbeats need the chip itself"));
        byte[] message = AttestationMessages.heartbeat(chain.chainId(), chipId, epoch, chain.checkpointHash(epoch));
        Evidence evidence = local.provider().attest(local.chip(), message);
        byte[] data = PociRegistryAbi.HEARTBEAT.encode(new Bytes32(chipId), new Uint64(epoch), new DynamicBytes(evidence.evidence()));
        OutboxEntry tx = sender.send(chip.owner(), SystemModules.pociRegistry(), data, HEARTBEAT_GAS_LIMIT);
        book.putHeartbeat(chip.chipId(), epoch, tx.hash(), HeartbeatOutcome.SENT);
        return tx.hash();
    }

    /** A sent heartbeat whose transaction reverted, was dropped or replaced: it must be sent again. */
    private boolean lost(String chipId, long epoch) {
        return book.heartbeatTx(chipId, epoch).flatMap(sender::entry)
                .map(e -> e.state() == OutboxState.FAILED || e.state() == OutboxState.DROPPED || e.state() == OutboxState.REPLACED)
                .orElse(false);
    }

    /** Records made / missed for every epoch up to {@code epoch} that is over and not yet settled. */
    private void settle(long epoch) {
        long settled = Long.parseLong(db.meta(SETTLED, "-1"));
        if (epoch <= settled) {
            return;
        }
        for (RegisteredChip chip : mine()) {
            byte[] chipId = Numeric.hexStringToByteArray(chip.chipId());
            Optional<ChipRecord> record = chain.verifiedChip(chipId).value();
            if (record.isEmpty()) {
                continue;
            }
            long from = Math.max(Math.max(settled + 1, record.get().registeredEpoch()), epoch - MAX_SETTLE_EPOCHS + 1);
            for (long e = from; e <= epoch; e++) {
                boolean made = chain.verifiedHeartbeat(chipId, e);
                book.putHeartbeat(chip.chipId(), e, null, made ? HeartbeatOutcome.MADE : HeartbeatOutcome.MISSED);
            }
        }
        db.putMeta(SETTLED, Long.toString(epoch));
    }

    private List<RegisteredChip> mine() {
        return book.all().stream().filter(c -> c.owner().equals(miner)).toList();
    }
}
