package net.utilitynet.protocol.poci;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import net.utilitynet.protocol.crypto.Secp256k1;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.merkle.MinerEntry;
import net.utilitynet.protocol.merkle.MinerSet;
import net.utilitynet.protocol.vrf.EcVrfP256;

/** A small deterministic POCI world for tests: validators, miners with VRF keys, a miner set and header builders. */
final class PociFixture {
    static final long CHAIN_ID = 21844;
    static final long EPOCH_LENGTH = 30;
    static final ElectionFactor FACTOR = ElectionFactor.DEVNET_DEFAULT;
    static final BigInteger P256_N = new BigInteger("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551", 16);

    final Random rnd;
    final List<byte[]> validatorKeys = new ArrayList<>();
    final List<byte[]> validators = new ArrayList<>();
    final List<byte[]> minerVrfKeys = new ArrayList<>();
    final List<MinerEntry> entries = new ArrayList<>();
    final MinerSet minerSet;
    final Checkpoint checkpoint;

    PociFixture(long seed, int validatorCount, int minerCount) {
        rnd = new Random(seed);
        for (int i = 0; i < validatorCount; i++) {
            byte[] key = secpKey();
            validatorKeys.add(key);
            validators.add(Secp256k1.address(key));
        }
        List<MinerEntry> unsorted = new ArrayList<>();
        List<byte[]> vrfKeys = new ArrayList<>();
        for (int i = 0; i < minerCount; i++) {
            byte[] vrfKey = p256Key();
            vrfKeys.add(vrfKey);
            unsorted.add(new MinerEntry(bytes(20), bytes(20), EcVrfP256.publicKey(vrfKey), 1 + rnd.nextInt(1000)));
        }
        minerSet = MinerSet.of(unsorted);
        for (int i = 0; i < minerSet.size(); i++) {
            MinerEntry e = minerSet.entries().get(i);
            entries.add(e);
            minerVrfKeys.add(vrfKeys.get(unsorted.indexOf(e)));
        }
        checkpoint = new Checkpoint(0, validators, minerSet.root(), minerSet.totalPower(), new byte[32], List.of());
    }

    byte[] bytes(int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }

    byte[] secpKey() {
        byte[] k = bytes(32);
        k[0] &= 0x7f;
        k[31] |= 1;
        return k;
    }

    byte[] p256Key() {
        return toBytes32(new BigInteger(255, rnd).mod(P256_N.subtract(BigInteger.ONE)).add(BigInteger.ONE));
    }

    static byte[] toBytes32(BigInteger v) {
        byte[] out = new byte[32];
        byte[] raw = v.toByteArray();
        int n = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - n, out, 32 - n, n);
        return out;
    }

    /** A claim by miner {@code i} for {@code height}, whether or not it is eligible. */
    Claim claim(int i, long height, byte[] previousRandomness) {
        MinerEntry e = entries.get(i);
        byte[] pi = EcVrfP256.prove(minerVrfKeys.get(i), Election.alpha(CHAIN_ID, height, previousRandomness));
        return new Claim(e.miner(), e.payout(), e.vrfPubKey(), e.power(), i, minerSet.branch(i), pi);
    }

    /** The first miner index eligible at {@code height}, or -1. */
    int eligibleMiner(long height, byte[] previousRandomness) {
        for (int i = 0; i < entries.size(); i++) {
            byte[] beta = EcVrfP256.proofToHash(claim(i, height, previousRandomness).vrfProof());
            if (Election.isEligible(beta, entries.get(i).power(), minerSet.totalPower(), FACTOR)) {
                return i;
            }
        }
        return -1;
    }

    /** An unsealed UtilityNet header at {@code height} with the given extraData parts. */
    BlockHeader header(long height, Claim claim, Checkpoint cp, byte[] mixHash) {
        return BlockHeader.builder()
                .parentHash(bytes(32)).coinbase(claim == null ? new byte[20] : claim.payout())
                .stateRoot(bytes(32)).transactionsRoot(bytes(32)).receiptsRoot(bytes(32))
                .difficulty(BigInteger.ONE).number(height).gasLimit(30_000_000).gasUsed(0).timestamp(1_700_000_000L + 2 * height)
                .extraData(ExtraData.unsealed(HexFormat.of().parseHex("0102"), claim, cp).encode())
                .mixHash(mixHash).baseFeePerGas(BigInteger.valueOf(1_000_000_000L))
                .build();
    }
}
