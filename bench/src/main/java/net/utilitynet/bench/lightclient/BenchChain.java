package net.utilitynet.bench.lightclient;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
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
 * Generates a POCI chain with protocol's own sealing, VRF and Merkle code: one validator, {@code miners} miners of
 * mixed power, and at each height every miner's VRF proof is computed (in parallel) and the best eligible claim is
 * included, as a validator with all claims would. Chains are cached as RLP files because generating is slow.
 */
final class BenchChain {
    static final long CHAIN_ID = 21844;
    static final long EPOCH_LENGTH = 30;
    static final ElectionFactor FACTOR = ElectionFactor.DEVNET_DEFAULT;
    private static final long[] RATINGS = {989, 756, 620, 400, 312, 150, 100};

    final byte[] validatorKey = Hash.sha3("bench-validator".getBytes(StandardCharsets.UTF_8));
    final List<byte[]> validators = List.of(Secp256k1.address(validatorKey));
    private final List<byte[]> vrfKeys = new ArrayList<>();
    private final MinerSet minerSet;

    BenchChain(int miners) {
        List<MinerEntry> entries = new ArrayList<>();
        List<byte[]> keys = new ArrayList<>();
        for (int i = 0; i < miners; i++) {
            byte[] vrfKey = Hash.sha3(("bench-miner-" + i).getBytes(StandardCharsets.UTF_8));
            byte[] address = new byte[20];
            System.arraycopy(Hash.sha3(("bench-address-" + i).getBytes(StandardCharsets.UTF_8)), 0, address, 0, 20);
            keys.add(vrfKey);
            entries.add(new MinerEntry(address, address, EcVrfP256.publicKey(vrfKey), RATINGS[i % RATINGS.length]));
        }
        minerSet = miners == 0 ? null : MinerSet.of(entries);
        if (minerSet != null) {
            for (MinerEntry e : minerSet.entries()) {
                vrfKeys.add(keys.get(entries.indexOf(e)));
            }
        }
    }

    /** {@code blocks} blocks after genesis; claims only from height {@code claimsFrom} on (0 = everywhere). */
    List<BlockHeader> generate(int blocks, long claimsFrom, long firstTimestamp) {
        Checkpoint genesisCp = new Checkpoint(0, validators, minerSet == null ? new byte[32] : minerSet.root(),
                minerSet == null ? 0 : minerSet.totalPower(), new byte[32], List.of());
        List<BlockHeader> chain = new ArrayList<>(blocks + 1);
        chain.add(BlockHeader.builder().parentHash(new byte[32]).coinbase(new byte[20]).stateRoot(Hash.sha3(new byte[] {0}))
                .transactionsRoot(Hash.sha3(new byte[] {(byte) 0x80})).receiptsRoot(Hash.sha3(new byte[] {(byte) 0x80}))
                .difficulty(BigInteger.ONE).number(0).gasLimit(30_000_000).gasUsed(0).timestamp(firstTimestamp)
                .mixHash(Hash.sha3("bench-genesis".getBytes(StandardCharsets.UTF_8))).baseFeePerGas(BigInteger.valueOf(1_000_000_000L))
                .extraData(ExtraData.unsealed(new byte[0], null, genesisCp).encode()).build());
        long started = System.nanoTime();
        for (long h = 1; h <= blocks; h++) {
            BlockHeader parent = chain.get((int) h - 1);
            Claim claim = h >= claimsFrom && minerSet != null ? bestClaim(h, parent.mixHash()) : null;
            Checkpoint cp = null;
            if (h % EPOCH_LENGTH == 0) {
                List<byte[]> hashes = chain.subList((int) (h - EPOCH_LENGTH), (int) h).stream().map(BlockHeader::hash).toList();
                cp = new Checkpoint(h / EPOCH_LENGTH, validators, genesisCp.minerSetRoot(), genesisCp.totalPower(),
                        HistoryRoot.of(hashes).root(), List.of());
            }
            BlockHeader unsealed = BlockHeader.builder().parentHash(parent.hash())
                    .coinbase(claim == null ? new byte[20] : claim.payout())
                    .stateRoot(Hash.sha3(("state" + h).getBytes(StandardCharsets.UTF_8)))
                    .transactionsRoot(Hash.sha3(new byte[] {(byte) 0x80})).receiptsRoot(Hash.sha3(new byte[] {(byte) 0x80}))
                    .difficulty(BigInteger.ONE).number(h).gasLimit(parent.gasLimit()).gasUsed(0).timestamp(parent.timestamp() + 2)
                    .mixHash(Randomness.next(parent.mixHash(), h, claim == null ? null : EcVrfP256.proofToHash(claim.vrfProof())))
                    .baseFeePerGas(BaseFee.next(parent))
                    .extraData(ExtraData.unsealed("bench".getBytes(StandardCharsets.UTF_8), claim, cp).encode()).build();
            if (cp != null) {
                ExtraData extra = ExtraData.decode(unsealed.extraData());
                unsealed = unsealed.toBuilder().extraData(extra.withCheckpoint(
                        cp.withCommittedSeals(List.of(Sealer.commitSeal(unsealed, validatorKey)))).encode()).build();
            }
            chain.add(Sealer.seal(unsealed, validatorKey));
            if (h % 1000 == 0) {
                System.err.printf("generated %d/%d blocks (%.0f s)%n", h, blocks, (System.nanoTime() - started) / 1e9);
            }
        }
        return chain;
    }

    /** Every miner proves (in parallel); the best eligible claim wins, or none. */
    private Claim bestClaim(long h, byte[] previousRandomness) {
        byte[] alpha = Election.alpha(CHAIN_ID, h, previousRandomness);
        return IntStream.range(0, minerSet.size()).parallel().mapToObj(i -> {
            byte[] proof = EcVrfP256.prove(vrfKeys.get(i), alpha);
            MinerEntry e = minerSet.entry(i);
            byte[] beta = EcVrfP256.proofToHash(proof);
            return Election.isEligible(beta, e.power(), minerSet.totalPower(), FACTOR)
                    ? new Object[] {new Election.Candidate(e.miner(), beta, e.power()),
                        new Claim(e.miner(), e.payout(), e.vrfPubKey(), e.power(), i, minerSet.branch(i), proof)}
                    : null;
        }).filter(x -> x != null)
                .min((a, b) -> Election.BEST_FIRST.compare((Election.Candidate) a[0], (Election.Candidate) b[0]))
                .map(x -> (Claim) x[1]).orElse(null);
    }

    static void write(Path file, List<BlockHeader> chain) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(file); DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(os))) {
            out.writeInt(chain.size());
            for (BlockHeader h : chain) {
                byte[] rlp = h.encoded();
                out.writeInt(rlp.length);
                out.write(rlp);
            }
        }
    }

    static List<BlockHeader> read(Path file) throws IOException {
        try (InputStream is = Files.newInputStream(file); DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(is))) {
            int n = in.readInt();
            List<BlockHeader> chain = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                chain.add(BlockHeader.decode(in.readNBytes(in.readInt())));
            }
            return chain;
        }
    }

}
