package net.utilitynet.devnet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.utilitynet.devnet.chain.Blockchain;
import net.utilitynet.devnet.execution.BlockContext;
import net.utilitynet.devnet.execution.TransactionExecutor;
import net.utilitynet.devnet.execution.TransactionValidator;
import net.utilitynet.devnet.state.AccountProof;
import net.utilitynet.devnet.state.Address;
import net.utilitynet.devnet.state.StateStore;
import net.utilitynet.devnet.state.WorldState;
import net.utilitynet.devnet.txpool.TxPool;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.poci.BaseFee;

/** Standard chain and state methods: identity, blocks, accounts, calls, fees and proofs. */
public final class EthApi {
    public static final String CLIENT_VERSION = "UtilityNet-Devnet/0.1.0/java17";
    /** Suggested priority fee: 1 gwei. */
    public static final BigInteger DEFAULT_TIP = BigInteger.TEN.pow(9);

    private final Blockchain chain;
    private final BlockResolver blocks;
    private final TxPool pool;
    private final TransactionExecutor executor;
    private final long chainId;
    private final FeeHistory feeHistory;

    public EthApi(Blockchain chain, TxPool pool, TransactionExecutor executor, long chainId) {
        this.chain = chain;
        this.blocks = new BlockResolver(chain);
        this.pool = pool;
        this.executor = executor;
        this.chainId = chainId;
        this.feeHistory = new FeeHistory(chain);
    }

    public void register(RpcDispatcher d) {
        d.register("eth_chainId", p -> Json.quantity(chainId));
        d.register("net_version", p -> TextNode.valueOf(Long.toString(chainId)));
        d.register("web3_clientVersion", p -> TextNode.valueOf(CLIENT_VERSION));
        d.register("eth_blockNumber", p -> Json.quantity(chain.head().number()));
        d.register("eth_getBlockByNumber", p -> {
            p.raw(0, "block");
            return block(blocks.headerOrNull(p.block(0, "block", BlockSelector.LATEST)), p.bool(1, "fullTransactions", false));
        });
        d.register("eth_getBlockByHash", p -> block(chain.headerByHash(p.hash(0, "blockHash")), p.bool(1, "fullTransactions", false)));
        d.register("eth_getBalance", p -> Json.quantity(blocks.state(p.block(1, "block", BlockSelector.LATEST)).balance(addr(p, 0))));
        d.register("eth_getTransactionCount", this::transactionCount);
        d.register("eth_getCode", p -> {
            blocks.header(p.block(1, "block", BlockSelector.LATEST));
            addr(p, 0);
            return Json.data(new byte[0]); // no EVM: no account has code; system modules are native
        });
        d.register("eth_getStorageAt", p -> Json.data(blocks.state(p.block(2, "block", BlockSelector.LATEST))
                .storage(addr(p, 0), p.slot(p.raw(1, "slot"), 1, "slot"))));
        d.register("eth_call", p -> call(p, false));
        d.register("eth_estimateGas", p -> call(p, true));
        d.register("eth_gasPrice", p -> Json.quantity(BaseFee.next(chain.head().header()).add(DEFAULT_TIP)));
        d.register("eth_maxPriorityFeePerGas", p -> Json.quantity(DEFAULT_TIP));
        d.register("eth_feeHistory", feeHistory::answer);
        d.register("eth_getProof", this::proof);
        d.register("eth_syncing", p -> com.fasterxml.jackson.databind.node.BooleanNode.FALSE);
        d.register("eth_accounts", p -> Json.array());
    }

    private JsonNode block(BlockHeader h, boolean full) {
        return h == null ? NullNode.getInstance() : ChainJson.block(h, chain.store().txsOfBlock(h.number()), full);
    }

    private JsonNode transactionCount(RpcParams p) {
        Address a = addr(p, 0);
        BlockSelector s = p.block(1, "block", BlockSelector.LATEST);
        if (s.isPending()) {
            Blockchain.Head head = chain.head();
            return Json.quantity(pool.pendingNonce(a, head.state().nonce(a)));
        }
        return Json.quantity(blocks.state(s).nonce(a));
    }

    /** eth_call (returns data) and eth_estimateGas (returns gas) share one execution path. */
    private JsonNode call(RpcParams p, boolean estimate) {
        JsonNode req = p.raw(0, "transaction");
        if (!req.isObject()) {
            throw p.invalid(0, "transaction", "must be a call object {from, to, gas, value, data}");
        }
        Address from = req.hasNonNull("from") ? Address.of(p.parseFixed(req.get("from"), 0, "transaction.from", 20, "a 20-byte address"))
                : Address.ZERO;
        if (!req.hasNonNull("to")) {
            throw p.invalid(0, "transaction.to", "is missing; contract creation is not supported (UtilityNet runs no EVM)");
        }
        Address to = Address.of(p.parseFixed(req.get("to"), 0, "transaction.to", 20, "a 20-byte address"));
        BigInteger value = req.hasNonNull("value") ? p.parseQuantity(req.get("value"), 0, "transaction.value") : BigInteger.ZERO;
        JsonNode dataNode = req.hasNonNull("input") ? req.get("input") : req.get("data");
        byte[] data = dataNode == null || dataNode.isNull() ? new byte[0] : p.parseData(dataNode, 0, "transaction.input");
        BlockHeader header = blocks.header(p.block(1, "block", BlockSelector.LATEST));
        StateStore.Reader state = blocks.state(BlockSelector.ofNumber(header.number()));
        long gasCap = header.gasLimit();
        BlockContext ctx = new BlockContext(chainId, header.number() + 1, header.timestamp() + 1, Address.ZERO,
                BaseFee.next(header), gasCap, chain.epochOf(header.number() + 1), chain.epochLength(), chain::hashOrNull);
        TransactionExecutor.Outcome out = executor.run(new WorldState(state), ctx, from, to, value, data,
                gasCap - TransactionValidator.intrinsicGas(data, List.of()), true);
        if (!out.success()) {
            throw new RpcException(3, "execution reverted: " + out.revertReason());
        }
        return estimate ? Json.quantity(TransactionValidator.intrinsicGas(data, List.of()) + out.gasUsed()) : Json.data(out.returnData());
    }

    private JsonNode proof(RpcParams p) {
        Address a = addr(p, 0);
        JsonNode keys = p.raw(1, "storageKeys");
        if (!keys.isArray()) {
            throw p.invalid(1, "storageKeys", "must be an array of 32-byte hex slots");
        }
        List<byte[]> slots = new ArrayList<>();
        for (JsonNode k : keys) {
            slots.add(p.slot(k, 1, "storageKeys[" + slots.size() + "]"));
        }
        AccountProof proof = blocks.state(p.block(2, "block", BlockSelector.LATEST)).prove(a, slots);
        ObjectNode o = Json.object();
        o.set("address", Json.data(a.bytes()));
        o.set("balance", Json.quantity(proof.balance()));
        o.set("nonce", Json.quantity(proof.nonce()));
        o.set("codeHash", Json.data(proof.codeHash()));
        o.set("storageHash", Json.data(proof.storageRoot()));
        ArrayNode ap = o.putArray("accountProof");
        proof.accountProof().forEach(n -> ap.add(Json.data(n)));
        ArrayNode sp = o.putArray("storageProof");
        for (AccountProof.StorageProof s : proof.storageProofs()) {
            ObjectNode e = sp.addObject();
            e.set("key", Json.data(s.key()));
            e.set("value", Json.quantity(s.value()));
            ArrayNode nodes = e.putArray("proof");
            s.proof().forEach(n -> nodes.add(Json.data(n)));
        }
        return o;
    }

    static Address addr(RpcParams p, int index) {
        return Address.of(p.address(index, "address"));
    }
}
