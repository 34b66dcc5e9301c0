package net.utilitynet.miner.chain;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.state.Verified;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.lightclient.verify.UnverifiableException;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.modules.ChipRecord;
import net.utilitynet.protocol.modules.LeaseMarketLayout;
import net.utilitynet.protocol.modules.MinerStats;
import net.utilitynet.protocol.modules.PociRegistryLayout;
import net.utilitynet.protocol.modules.StorageSlots;
import net.utilitynet.protocol.modules.SystemModules;
import net.utilitynet.protocol.poci.Checkpoint;
import net.utilitynet.protocol.trie.ProvenAccount;

/**
 * The chain as the miner sees it. Everything named {@code verified…} is read from the light client's verified
 * header store or proven with {@code eth_getProof} against a verified state root; {@link #untrustedCall} is the
 * only way to reach the node unverified (claims, miner-set candidates, devnet conveniences) and its answers are
 * checked by the caller. Methods block; call them from the miner's executor.
 */
public final class MinerChain {
    private final LightClient light;
    private final ChainParams params;

    public MinerChain(LightClient light, ChainParams params) {
        this.light = light;
        this.params = params;
    }

    public ChainParams params() {
        return params;
    }

    public long chainId() {
        return params.chainId();
    }

    public long epochLength() {
        return params.epochLength();
    }

    /** Epoch of block {@code h ≥ 1}: {@code (h-1) div E}. */
    public long epochOf(long height) {
        return height <= 0 ? 0 : (height - 1) / params.epochLength();
    }

    public LightClient lightClient() {
        return light;
    }

    /** The highest verified header. */
    public StoredHeader verifiedHead() {
        return light.verifiedHead().orElseThrow(() -> new UnverifiableException("no verified header yet; the light client has not synced"));
    }

    /** A verified header by number (from the store, or proven by a history branch in skip mode). */
    public BlockHeader verifiedHeader(long number) {
        return BlockHeader.decode(join(() -> light.verifiedHeader(number).join()).rlp());
    }

    /** The hash of the verified checkpoint block of {@code epoch} (block {@code epoch·E}). */
    public byte[] checkpointHash(long epoch) {
        return join(() -> light.verifiedHeader(epoch * params.epochLength()).join()).hash();
    }

    /** The verified checkpoint that fixes the miner set of {@code epoch}. */
    public Checkpoint verifiedCheckpoint(long epoch) {
        return light.verifiedCheckpoint(epoch).orElseThrow(() -> new UnverifiableException(
                "the checkpoint of epoch " + epoch + " (block " + epoch * params.epochLength() + ") is not verified yet"));
    }

    /** The registry's record of {@code chipId}, proven against the verified head; empty when never registered. */
    public Verified<Optional<ChipRecord>> verifiedChip(byte[] chipId) {
        List<byte[]> slots = PociRegistryLayout.chipSlots(chipId);
        Verified<ProvenAccount> a = join(() -> light.verifiedAccount(SystemModules.pociRegistry(), slots).join());
        return new Verified<>(ChipRecord.fromWords(words(a.value(), slots)), a.blockNumber(), a.blockHash(), a.trust());
    }

    /** Whether the registry recorded a heartbeat (or the registration) of {@code chipId} in {@code epoch}, proven. */
    public boolean verifiedHeartbeat(byte[] chipId, long epoch) {
        byte[] slot = PociRegistryLayout.heartbeatSlot(chipId, epoch);
        return join(() -> light.verifiedStorage(SystemModules.pociRegistry(), slot).join()).value().signum() != 0;
    }

    /** The registry's reward statistics of {@code miner} (rewards credited, blocks won, active chips), proven. */
    public Verified<MinerStats> verifiedMinerStats(byte[] miner) {
        List<byte[]> slots = PociRegistryLayout.minerSlots(miner);
        Verified<ProvenAccount> a = join(() -> light.verifiedAccount(SystemModules.pociRegistry(), slots).join());
        return new Verified<>(MinerStats.fromWords(words(a.value(), slots)), a.blockNumber(), a.blockHash(), a.trust());
    }

    /** Settled lease income of {@code provider} not yet claimed (lease market storage), proven. */
    public Verified<BigInteger> verifiedUnclaimedLeaseIncome(byte[] provider) {
        return join(() -> light.verifiedStorage(SystemModules.leaseMarket(), LeaseMarketLayout.incomeSlot(provider)).join());
    }

    public Verified<BigInteger> verifiedBalance(byte[] address) {
        return join(() -> light.verifiedBalance(address).join());
    }

    public Verified<BigInteger> verifiedNonce(byte[] address) {
        return join(() -> light.verifiedNonce(address).join());
    }

    /** An unverified call through the endpoint pool (with failover); the caller must check what it believes. */
    public JsonNode untrustedCall(String method, Object... args) {
        return light.endpointPool().withFailover(method, endpoint -> endpoint.call(method, args));
    }

    private static List<byte[]> words(ProvenAccount account, List<byte[]> slots) {
        List<byte[]> words = new ArrayList<>(slots.size());
        for (byte[] slot : slots) {
            words.add(StorageSlots.word(account.storageAt(slot).orElse(BigInteger.ZERO)));
        }
        return words;
    }

    /** Unwraps the light client's futures so that callers see its typed exceptions, not CompletionException. */
    private static <T> T join(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
