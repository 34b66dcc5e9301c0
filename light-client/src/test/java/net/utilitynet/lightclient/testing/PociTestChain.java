package net.utilitynet.lightclient.testing;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.utilitynet.lightclient.verify.ChainRules;
import net.utilitynet.protocol.crypto.Secp256k1;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.merkle.HistoryRoot;
import net.utilitynet.protocol.merkle.MinerEntry;
import net.utilitynet.protocol.merkle.MinerSet;
import net.utilitynet.protocol.poci.BaseFee;
import net.utilitynet.protocol.poci.Checkpoint;
import net.utilitynet.protocol.poci.Claim;
import net.utilitynet.protocol.poci.Election;
import net.utilitynet.protocol.poci.ElectionFactor;
import net.utilitynet.protocol.poci.ExtraData;
import net.utilitynet.protocol.poci.Randomness;
import net.utilitynet.protocol.poci.Sealer;
import net.utilitynet.protocol.vrf.EcVrfP256;
import org.web3j.crypto.Hash;

/**
 * Builds a valid POCI chain with protocol's own sealing, VRF and Merkle code (three validators, four miners,
 * epoch length 8), and lets a test alter one block before it is sealed, to check that the verifier rejects it.
 */
public final class PociTestChain {
    public static final long CHAIN_ID = 21844;
    public static final long EPOCH_LENGTH = 8;
    public static final long GENESIS_TIME = 1_700_000_000L;
    public static final ChainRules RULES = new ChainRules(CHAIN_ID, EPOCH_LENGTH, ElectionFactor.DEVNET_DEFAULT,
            Duration.ofSeconds(15));

    public final List<byte[]> validatorKeys = new ArrayList<>();
    public final List<byte[]> validators = new ArrayList<>();
    private final List<byte[]> minerVrfKeys = new ArrayList<>();
    public final MinerSet minerSet;
    public final List<BlockHeader> headers = new ArrayList<>();
    private Checkpoint current;
    private String salt = "";

    public PociTestChain() {
        for (int i = 1; i <= 3; i++) {
            byte[] key = key32("validator" + i);
            validatorKeys.add(key);
            validators.add(Secp256k1.address(key));
        }
        List<MinerEntry> entries = new ArrayList<>();
        List<byte[]> vrfKeys = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            byte[] vrfKey = key32("miner" + i);
            vrfKeys.add(vrfKey);
            entries.add(new MinerEntry(address("miner" + i), address("payout" + i),
                    EcVrfP256.publicKey(vrfKey), 100L * i));
        }
        minerSet = MinerSet.of(entries);
        for (MinerEntry e : minerSet.entries()) {
            minerVrfKeys.add(vrfKeys.get(entries.indexOf(e)));
        }
        current = new Checkpoint(0, validators, minerSet.root(), minerSet.totalPower(), new byte[32], List.of());
        BlockHeader genesis = base(0, new byte[32], GENESIS_TIME, 30_000_000L, BigInteger.valueOf(1_000_000_000L))
                .coinbase(new byte[20]).mixHash(Hash.sha3("genesis".getBytes(StandardCharsets.UTF_8)))
                .extraData(ExtraData.unsealed(new byte[0], null, current).encode()).build();
        headers.add(genesis);
    }

    /**
     * A competing chain that shares blocks {@code 0 … n} with this one and differs afterwards (other state roots);
     * {@code count} blocks are grown on it.
     */
    public PociTestChain forkAt(int n, int count, String newSalt) {
        PociTestChain fork = new PociTestChain();
        fork.headers.clear();
        fork.headers.addAll(headers.subList(0, n + 1));
        fork.current = checkpointGoverning(n + 1);
        fork.salt = newSalt;
        return fork.grow(count);
    }

    private Checkpoint checkpointGoverning(long h) {
        long cpHeight = (h - 1) / EPOCH_LENGTH * EPOCH_LENGTH;
        return ExtraData.decode(headers.get((int) cpHeight).extraData()).checkpoint();
    }

    public BlockHeader genesis() {
        return headers.get(0);
    }

    /** Appends {@code count} valid blocks. */
    public PociTestChain grow(int count) {
        for (int i = 0; i < count; i++) {
            append(UnaryOperator.identity(), UnaryOperator.identity());
        }
        return this;
    }

    /**
     * Appends one block; {@code beforeSeal} may alter the unsealed header (the seal then still verifies) and
     * {@code afterSeal} may alter the sealed one.
     */
    public BlockHeader append(UnaryOperator<BlockHeader> beforeSeal, UnaryOperator<BlockHeader> afterSeal) {
        BlockHeader parent = headers.get(headers.size() - 1);
        long h = parent.number() + 1;
        byte[] previousRandomness = parent.mixHash();
        Claim claim = eligibleClaim(h, previousRandomness);
        byte[] beta = claim == null ? null : EcVrfP256.proofToHash(claim.vrfProof());
        Checkpoint cp = null;
        if (h % EPOCH_LENGTH == 0) {
            List<byte[]> hashes = headers.subList((int) (h - EPOCH_LENGTH), (int) h).stream().map(BlockHeader::hash).toList();
            cp = new Checkpoint(h / EPOCH_LENGTH, validators, minerSet.root(), minerSet.totalPower(),
                    HistoryRoot.of(hashes).root(), List.of());
        }
        BlockHeader.Builder builder = base(h, parent.hash(), parent.timestamp() + 2, parent.gasLimit(), BaseFee.next(parent))
                .stateRoot(Hash.sha3(("state" + salt + h).getBytes(StandardCharsets.UTF_8)))
                .coinbase(claim == null ? new byte[20] : claim.payout())
                .mixHash(Randomness.next(previousRandomness, h, beta))
                .extraData(ExtraData.unsealed("lc-test".getBytes(StandardCharsets.UTF_8), claim, cp).encode());
        BlockHeader unsealed = beforeSeal.apply(builder.build());
        ExtraData extra = ExtraData.decode(unsealed.extraData());
        if (extra.checkpoint() != null && extra.checkpoint().committedSeals().isEmpty()) {
            List<byte[]> seals = new ArrayList<>();
            for (byte[] key : validatorKeys) {
                seals.add(Sealer.commitSeal(unsealed, key));
            }
            unsealed = unsealed.toBuilder().extraData(extra.withCheckpoint(extra.checkpoint().withCommittedSeals(seals)).encode()).build();
        }
        BlockHeader sealed = afterSeal.apply(Sealer.seal(unsealed, validatorKeys.get((int) (h % validatorKeys.size()))));
        headers.add(sealed);
        if (extra.checkpoint() != null) {
            current = extra.checkpoint();
        }
        return sealed;
    }

    /** The best eligible claim at {@code h}, or null (then the block has no claim and no reward). */
    public Claim eligibleClaim(long h, byte[] previousRandomness) {
        Claim best = null;
        Election.Candidate bestCandidate = null;
        for (int i = 0; i < minerSet.size(); i++) {
            Claim c = claim(i, h, previousRandomness);
            byte[] beta = EcVrfP256.proofToHash(c.vrfProof());
            if (Election.isEligible(beta, c.power(), minerSet.totalPower(), ElectionFactor.DEVNET_DEFAULT)) {
                Election.Candidate cand = new Election.Candidate(c.miner(), beta, c.power());
                if (bestCandidate == null || Election.BEST_FIRST.compare(cand, bestCandidate) < 0) {
                    best = c;
                    bestCandidate = cand;
                }
            }
        }
        return best;
    }

    /** Miner {@code i}'s claim for {@code h}, eligible or not. */
    public Claim claim(int i, long h, byte[] previousRandomness) {
        MinerEntry e = minerSet.entries().get(i);
        byte[] proof = EcVrfP256.prove(minerVrfKeys.get(i), Election.alpha(CHAIN_ID, h, previousRandomness));
        return new Claim(e.miner(), e.payout(), e.vrfPubKey(), e.power(), i, minerSet.branch(i), proof);
    }

    /** Appends one block altered before sealing (its seal is valid for the altered content). */
    public BlockHeader appendAltered(UnaryOperator<BlockHeader> beforeSeal) {
        return append(beforeSeal, UnaryOperator.identity());
    }

    /** The same header with its extraData replaced by {@code change} applied to the decoded extraData. */
    public static BlockHeader withExtra(BlockHeader header, UnaryOperator<ExtraData> change) {
        return header.toBuilder().extraData(change.apply(ExtraData.decode(header.extraData())).encode()).build();
    }

    /** The validator checkpoint that governs the next block. */
    public Checkpoint currentCheckpoint() {
        return current;
    }

    public List<BlockHeader> range(int fromInclusive, int toExclusive) {
        return List.copyOf(headers.subList(fromInclusive, toExclusive));
    }

    private static BlockHeader.Builder base(long number, byte[] parentHash, long timestamp, long gasLimit, BigInteger baseFee) {
        return BlockHeader.builder().parentHash(parentHash)
                .stateRoot(Hash.sha3(("state" + number).getBytes(StandardCharsets.UTF_8)))
                .transactionsRoot(Hash.sha3(new byte[] {(byte) 0x80})).receiptsRoot(Hash.sha3(new byte[] {(byte) 0x80}))
                .difficulty(BigInteger.ONE).number(number).gasLimit(gasLimit).gasUsed(0).timestamp(timestamp)
                .nonce(new byte[8]).baseFeePerGas(baseFee);
    }

    public static byte[] key32(String seed) {
        return Hash.sha3(seed.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] address(String seed) {
        byte[] a = new byte[20];
        System.arraycopy(Hash.sha3(seed.getBytes(StandardCharsets.UTF_8)), 0, a, 0, 20);
        return a;
    }
}
