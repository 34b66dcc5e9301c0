package net.utilitynet.devnet.chain;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.utilitynet.devnet.state.Address;
import net.utilitynet.devnet.state.StateStore;
import net.utilitynet.devnet.state.WorldState;
import net.utilitynet.devnet.store.BlockRecord;
import net.utilitynet.protocol.chain.Allocation;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.merkle.MinerSet;
import net.utilitynet.protocol.poci.Checkpoint;
import net.utilitynet.protocol.poci.ExtraData;
import net.utilitynet.protocol.trie.TrieRoots;

/**
 * Block 0 from the chain parameters: the allocations as state, and the checkpoint of epoch 0 (the genesis
 * validators, an empty miner set, no history). Deterministic, so every node derives the same genesis hash; it
 * carries no seal, since it is trusted by its hash.
 */
public final class Genesis {
    public static final byte[] VANITY = "UtilityNet devnet".getBytes(StandardCharsets.US_ASCII);

    private Genesis() {
    }

    /**
     * Writes block 0 to an empty chain, or checks that a stored chain starts with it. {@code extraAllocations}
     * are credited on top of the parameters' own (the devnet faucet account).
     *
     * @throws IllegalStateException when the stored chain has another genesis
     */
    public static BlockHeader createOrCheck(Blockchain chain, ChainParams params, List<Allocation> extraAllocations) {
        BlockHeader header = build(chain.states(), params, extraAllocations);
        if (chain.isEmpty()) {
            chain.append(header, new BlockRecord(0, header.hash(), header.encoded(), List.of(), List.of()),
                    Map.of(CheckpointFactory.metaKey(0), CheckpointFactory.encode(MinerSet.of(List.of()))));
            return header;
        }
        chain.states().nodes().discard();
        BlockHeader stored = chain.header(0);
        if (!java.util.Arrays.equals(stored.hash(), header.hash())) {
            throw new IllegalStateException("the data directory holds a chain whose genesis is " + org.web3j.utils.Numeric.toHexString(stored.hash())
                    + ", not the configured genesis " + org.web3j.utils.Numeric.toHexString(header.hash())
                    + " (chain id " + params.chainId() + "); use another data directory or the genesis file it was created with");
        }
        return stored;
    }

    private static BlockHeader build(StateStore states, ChainParams params, List<Allocation> extraAllocations) {
        WorldState alloc = new WorldState(states.reader(TrieRoots.emptyTrieRoot()));
        for (List<Allocation> list : List.of(params.allocations(), extraAllocations)) {
            for (Allocation a : list) {
                alloc.addBalance(Address.of(a.address()), a.balanceWei());
            }
        }
        byte[] stateRoot = states.commit(TrieRoots.emptyTrieRoot(), alloc.changes());
        MinerSet empty = MinerSet.of(List.of());
        Checkpoint cp = new Checkpoint(0, params.validators(), empty.root(), 0, new byte[32], List.of());
        return BlockHeader.builder()
                .parentHash(new byte[32]).coinbase(new byte[20]).stateRoot(stateRoot)
                .transactionsRoot(TrieRoots.emptyTrieRoot()).receiptsRoot(TrieRoots.emptyTrieRoot()).logsBloom(new byte[256])
                .difficulty(BigInteger.ONE).number(0).gasLimit(params.gasLimit()).gasUsed(0).timestamp(params.genesisTimestamp())
                .extraData(ExtraData.unsealed(VANITY, null, cp).encode()).mixHash(params.genesisMixHash())
                .nonce(new byte[8]).baseFeePerGas(params.initialBaseFee()).build();
    }
}
