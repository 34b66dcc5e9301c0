package net.utilitynet.bench;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import net.utilitynet.protocol.crypto.Secp256k1;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.merkle.MinerEntry;
import net.utilitynet.protocol.merkle.MinerSet;
import net.utilitynet.protocol.poci.Checkpoint;
import net.utilitynet.protocol.poci.Claim;
import net.utilitynet.protocol.poci.ClaimVerifier;
import net.utilitynet.protocol.poci.Election;
import net.utilitynet.protocol.poci.ElectionFactor;
import net.utilitynet.protocol.poci.ExtraData;
import net.utilitynet.protocol.poci.HeaderShape;
import net.utilitynet.protocol.poci.Randomness;
import net.utilitynet.protocol.poci.SealHash;
import net.utilitynet.protocol.poci.SealVerifier;
import net.utilitynet.protocol.poci.Sealer;
import net.utilitynet.protocol.trie.AccountState;
import net.utilitynet.protocol.trie.InMemoryNodeStore;
import net.utilitynet.protocol.trie.SecureTrie;
import net.utilitynet.protocol.trie.StateProofs;
import net.utilitynet.protocol.vrf.EcVrfP256;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Single-thread throughput of POCI header verification and of its bare cryptography, on one realistic
 * sealed header with a winning claim (16-miner set). Run (from the repository root):
 * <pre>
 * mvn -q -o -pl bench -am package -DskipTests dependency:build-classpath -Dmdep.outputFile=$PWD/bench/target/cp.txt
 * java -cp bench/target/classes:$(cat bench/target/cp.txt) net.utilitynet.bench.ProtocolBench
 * </pre>
 * It prints ops/s per benchmark, then full verification against the bare cost of one ecrecover plus one ECVRF verify.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ProtocolBench {
    private static final long CHAIN_ID = 21844;
    private static final long EPOCH_LENGTH = 30;
    private static final ElectionFactor FACTOR = ElectionFactor.DEVNET_DEFAULT;

    private byte[] headerRlp;
    private BlockHeader header;
    private Claim claim;
    private Checkpoint checkpoint;
    private List<byte[]> validators;
    private byte[] previousR;
    private byte[] sealHash;
    private byte[] seal;
    private byte[] alpha;
    private byte[] stateRoot;
    private byte[] provenAddress;
    private List<byte[]> accountProof;

    @Setup
    public void setUp() {
        Random rnd = new Random(1);
        byte[] validatorKey = key32(rnd);
        validators = List.of(Secp256k1.address(validatorKey));
        List<MinerEntry> entries = new ArrayList<>();
        List<byte[]> vrfKeys = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            byte[] vrfKey = key32(rnd);
            vrfKeys.add(vrfKey);
            entries.add(new MinerEntry(bytes(rnd, 20), bytes(rnd, 20), EcVrfP256.publicKey(vrfKey), 100 + rnd.nextInt(900)));
        }
        MinerSet set = MinerSet.of(entries);
        checkpoint = new Checkpoint(0, validators, set.root(), set.totalPower(), new byte[32], List.of());
        previousR = bytes(rnd, 32);
        for (long h = 1; claim == null; h++) {
            for (int i = 0; i < set.size() && claim == null; i++) {
                MinerEntry e = set.entries().get(i);
                byte[] pi = EcVrfP256.prove(vrfKeys.get(entries.indexOf(e)), Election.alpha(CHAIN_ID, h, previousR));
                if (Election.isEligible(EcVrfP256.proofToHash(pi), e.power(), set.totalPower(), FACTOR)) {
                    claim = new Claim(e.miner(), e.payout(), e.vrfPubKey(), e.power(), i, set.branch(i), pi);
                    alpha = Election.alpha(CHAIN_ID, h, previousR);
                    header = Sealer.seal(header(rnd, h, claim), validatorKey);
                }
            }
        }
        headerRlp = header.encoded();
        ExtraData extra = ExtraData.decode(header.extraData());
        sealHash = SealHash.of(header, extra);
        seal = extra.seal();
        accountTrie(rnd);
    }

    /** A state trie of 10,000 accounts (depth like a busy devnet), and the proof of one of them. */
    private void accountTrie(Random rnd) {
        SecureTrie trie = new SecureTrie(new InMemoryNodeStore());
        for (int i = 0; i < 10_000; i++) {
            byte[] address = bytes(rnd, 20);
            AccountState account = new AccountState(BigInteger.valueOf(i), BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(i + 1)),
                    AccountState.EMPTY.storageRoot(), AccountState.EMPTY.codeHash());
            trie.put(address, account.encode());
            provenAddress = address;
        }
        stateRoot = trie.commit();
        accountProof = trie.prove(provenAddress);
    }

    private BlockHeader header(Random rnd, long h, Claim c) {
        byte[] beta = EcVrfP256.proofToHash(c.vrfProof());
        return BlockHeader.builder().parentHash(bytes(rnd, 32)).coinbase(c.payout()).stateRoot(bytes(rnd, 32))
                .transactionsRoot(bytes(rnd, 32)).receiptsRoot(bytes(rnd, 32)).logsBloom(bytes(rnd, 256))
                .difficulty(BigInteger.ONE).number(h).gasLimit(30_000_000).gasUsed(1_234_567).timestamp(1_735_689_600L + 2 * h)
                .extraData(ExtraData.unsealed(new byte[0], c, null).encode()).mixHash(Randomness.next(previousR, h, beta))
                .baseFeePerGas(BigInteger.valueOf(1_000_000_000L)).build();
    }

    @Benchmark
    public byte[] headerDecodeAndHash() {
        return BlockHeader.decode(headerRlp).hash();
    }

    @Benchmark
    public byte[] sealRecovery() {
        return Sealer.signer(header);
    }

    @Benchmark
    public byte[] ecrecoverBare() {
        return Secp256k1.recoverAddress(sealHash, seal);
    }

    @Benchmark
    public byte[] ecvrfVerifyBare() {
        return EcVrfP256.verify(claim.vrfPubKey(), claim.vrfProof(), alpha);
    }

    @Benchmark
    public byte[] claimVerification() {
        return ClaimVerifier.verify(CHAIN_ID, header, claim, checkpoint, FACTOR, previousR);
    }

    @Benchmark
    public AccountState mptAccountProofVerification() {
        return StateProofs.verifyAccount(stateRoot, provenAddress, accountProof);
    }

    /** Everything a light client does per non-checkpoint header: decode, shape, seal, claim, randomness. */
    @Benchmark
    public byte[] fullHeaderVerification() {
        BlockHeader h = BlockHeader.decode(headerRlp);
        ExtraData extra = HeaderShape.verify(h, EPOCH_LENGTH);
        SealVerifier.verify(h, extra, validators);
        byte[] beta = ClaimVerifier.verify(CHAIN_ID, h, extra.claim(), checkpoint, FACTOR, previousR);
        return Randomness.verify(h, previousR, beta);
    }

    private static byte[] bytes(Random rnd, int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }

    /** A random scalar valid for both secp256k1 and P-256 (top bit clear, non-zero). */
    private static byte[] key32(Random rnd) {
        byte[] k = bytes(rnd, 32);
        k[0] &= 0x7f;
        k[31] |= 1;
        return k;
    }

    public static void main(String[] args) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder().include(ProtocolBench.class.getSimpleName()).build()).run();
        double full = 0;
        double ecrecover = 0;
        double vrf = 0;
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            double score = r.getPrimaryResult().getScore();
            if (name.endsWith("fullHeaderVerification")) {
                full = score;
            } else if (name.endsWith("ecrecoverBare")) {
                ecrecover = score;
            } else if (name.endsWith("ecvrfVerifyBare")) {
                vrf = score;
            }
        }
        double bare = 1.0 / (1.0 / ecrecover + 1.0 / vrf);
        System.out.printf("%nfull header verification: %.0f headers/s (target >= 1000)%n", full);
        System.out.printf("bare crypto (1 ecrecover + 1 ECVRF verify): %.0f/s; full/bare = %.2f (target >= 0.80)%n", bare, full / bare);
    }
}
