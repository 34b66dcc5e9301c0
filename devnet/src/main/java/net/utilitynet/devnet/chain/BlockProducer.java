package net.utilitynet.devnet.chain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.utilitynet.devnet.execution.BlockContext;
import net.utilitynet.devnet.execution.Transaction;
import net.utilitynet.devnet.execution.TransactionExecutor;
import net.utilitynet.devnet.execution.TransactionResult;
import net.utilitynet.devnet.execution.TxRejectedException;
import net.utilitynet.devnet.modules.PociRegistry;
import net.utilitynet.devnet.state.Address;
import net.utilitynet.devnet.state.WorldState;
import net.utilitynet.devnet.store.BlockRecord;
import net.utilitynet.devnet.store.LogRecord;
import net.utilitynet.devnet.store.TxRecord;
import net.utilitynet.devnet.txpool.TxPool;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.poci.BaseFee;
import net.utilitynet.protocol.poci.Checkpoint;
import net.utilitynet.protocol.poci.ExtraData;
import net.utilitynet.protocol.poci.Randomness;
import net.utilitynet.protocol.poci.Sealer;
import net.utilitynet.protocol.receipt.Log;
import net.utilitynet.protocol.receipt.Receipt;
import net.utilitynet.protocol.bloom.LogsBloom;
import net.utilitynet.protocol.trie.TrieRoots;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds, seals and commits the next block (design §4.2): pooled transactions in fee order, the best miner
 * claim (coinbase = its payout, reward minted per the schedule), the randomness {@code R(h)} in mixHash, a
 * checkpoint with the validator's committed seal at every epoch boundary, and the validator's seal.
 * Callers serialise calls (the devnet runs it on one producer thread).
 */
public final class BlockProducer {
    private static final Logger LOG = LoggerFactory.getLogger(BlockProducer.class);

    private final Blockchain chain;
    private final TxPool pool;
    private final ClaimPool claims;
    private final TransactionExecutor executor;
    private final CheckpointFactory checkpoints;
    private final ProducerConfig config;
    private final BlockClock clock;
    private final PociRegistry registry;

    public BlockProducer(Blockchain chain, TxPool pool, ClaimPool claims, TransactionExecutor executor, PociRegistry registry,
                         CheckpointFactory checkpoints, ProducerConfig config, BlockClock clock) {
        this.registry = registry;
        this.chain = chain;
        this.pool = pool;
        this.claims = claims;
        this.executor = executor;
        this.checkpoints = checkpoints;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Whether an interval tick may skip its block: nothing is pending and the block would be stamped ahead of the
     * clock (only with sub-second block times, where empty blocks would otherwise race into the future).
     */
    public boolean idleAndAhead() {
        return pool.size() == 0 && clock.wouldRunAhead(chain.head().header().timestamp());
    }

    /** Produces one block on top of the head and returns its header; on failure the head stays where it was. */
    public BlockHeader produce() {
        try {
            return build();
        } catch (RuntimeException e) {
            chain.states().nodes().discard();
            throw e;
        }
    }

    private BlockHeader build() {
        Blockchain.Head head = chain.head();
        BlockHeader parent = head.header();
        long h = parent.number() + 1;
        BigInteger baseFee = BaseFee.next(parent);
        ClaimPool.Accepted claim = claims.take(h);
        Address coinbase = claim == null ? Address.ZERO : Address.of(claim.claim().payout());
        long timestamp = clock.next(parent.timestamp());
        BlockContext ctx = new BlockContext(config.chainId(), h, timestamp, coinbase, baseFee, parent.gasLimit(), chain.epochOf(h),
                config.epochLength(), chain::hashOrNull);

        WorldState state = new WorldState(head.state());
        List<TransactionResult> results = execute(state, head, ctx);
        if (claim != null) {
            BigInteger reward = config.rewards().rewardAt(h);
            state.addBalance(coinbase, reward);
            registry.creditReward(state, claim.claim().miner(), reward);
        }
        CheckpointFactory.Built cp = h % config.epochLength() == 0 ? checkpoints.build(h, state) : null;
        byte[] stateRoot = chain.states().commit(head.state().root(), state.changes());

        List<byte[]> rawTxs = new ArrayList<>();
        List<byte[]> receipts = new ArrayList<>();
        LogsBloom blockBloom = LogsBloom.empty();
        long cumulative = 0;
        List<Receipt> receiptList = new ArrayList<>();
        for (TransactionResult r : results) {
            cumulative += r.gasUsed();
            Receipt receipt = new Receipt(r.tx().type(), r.success(), cumulative, r.logs());
            blockBloom = blockBloom.or(receipt.bloom());
            receiptList.add(receipt);
            rawTxs.add(r.tx().raw());
            receipts.add(receipt.encode());
        }
        ExtraData extra = ExtraData.unsealed(config.vanity(), claim == null ? null : claim.claim(), cp == null ? null : cp.checkpoint());
        BlockHeader unsealed = BlockHeader.builder()
                .parentHash(parent.hash()).coinbase(coinbase.bytes()).stateRoot(stateRoot)
                .transactionsRoot(TrieRoots.ordered(rawTxs)).receiptsRoot(TrieRoots.ordered(receipts)).logsBloom(blockBloom.toBytes())
                .difficulty(BigInteger.ONE).number(h).gasLimit(parent.gasLimit()).gasUsed(cumulative).timestamp(timestamp)
                .extraData(extra.encode()).mixHash(Randomness.next(parent.mixHash(), h, claim == null ? null : claim.beta()))
                .nonce(new byte[8]).baseFeePerGas(baseFee).build();
        BlockHeader header = Sealer.seal(unsealed, config.validatorKey());
        Map<String, byte[]> meta = new HashMap<>();
        if (cp != null) {
            header = withCommittedSeal(header, cp.checkpoint());
            meta.put(CheckpointFactory.metaKey(cp.checkpoint().epoch()), CheckpointFactory.encode(cp.minerSet()));
        }
        chain.append(header, record(header, results, receiptList, receipts), meta);
        pool.prune(a -> chain.head().state().nonce(a));
        LOG.debug("block {} with {} txs{}", h, results.size(), claim == null ? "" : " and a claim");
        return header;
    }

    private List<TransactionResult> execute(WorldState state, Blockchain.Head head, BlockContext ctx) {
        List<TransactionResult> results = new ArrayList<>();
        long gasLeft = ctx.gasLimit();
        for (Transaction tx : pool.select(a -> head.state().nonce(a), ctx.baseFee(), ctx.gasLimit())) {
            try {
                TransactionResult r = executor.apply(state, tx, ctx, gasLeft);
                gasLeft -= r.gasUsed();
                results.add(r);
            } catch (TxRejectedException e) {
                // A sender's funds or nonce changed since admission: drop it; its successors wait for a new nonce.
                LOG.debug("dropping {}: {}", tx.hashHex(), e.getMessage());
                pool.remove(tx);
            }
        }
        return results;
    }

    /** Adds the validator's committed seal over the checkpoint's sealHash; the proposer seal stays valid. */
    private BlockHeader withCommittedSeal(BlockHeader sealed, Checkpoint checkpoint) {
        byte[] committed = Sealer.commitSeal(sealed, config.validatorKey());
        ExtraData extra = ExtraData.decode(sealed.extraData());
        return sealed.toBuilder().extraData(extra.withCheckpoint(checkpoint.withCommittedSeals(List.of(committed))).encode()).build();
    }

    private static BlockRecord record(BlockHeader header, List<TransactionResult> results, List<Receipt> receipts,
                                      List<byte[]> encodedReceipts) {
        byte[] hash = header.hash();
        List<TxRecord> txs = new ArrayList<>();
        List<LogRecord> logs = new ArrayList<>();
        int logIndex = 0;
        for (int i = 0; i < results.size(); i++) {
            TransactionResult r = results.get(i);
            Transaction tx = r.tx();
            txs.add(new TxRecord(tx.hash(), i, tx.type(), tx.raw(), tx.from().bytes(), tx.to() == null ? null : tx.to().bytes(),
                    tx.nonce(), tx.value(), r.success(), r.gasUsed(), receipts.get(i).cumulativeGasUsed(), r.effectiveGasPrice(),
                    encodedReceipts.get(i)));
            for (Log l : r.logs()) {
                logs.add(new LogRecord(header.number(), hash, logIndex++, i, tx.hash(), l.address(), l.topics(), l.data()));
            }
        }
        return new BlockRecord(header.number(), hash, header.encoded(), txs, logs);
    }

}
