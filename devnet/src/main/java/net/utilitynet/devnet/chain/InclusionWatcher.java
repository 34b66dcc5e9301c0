package net.utilitynet.devnet.chain;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import net.utilitynet.devnet.store.ChainStore;
import net.utilitynet.protocol.header.BlockHeader;
import org.web3j.utils.Numeric;

/** Futures that complete with the block number once a transaction is committed in a block. */
public final class InclusionWatcher {
    private final ChainStore store;
    private final Map<String, CompletableFuture<Long>> waiting = new ConcurrentHashMap<>();

    public InclusionWatcher(Blockchain chain) {
        this.store = chain.store();
        chain.onNewHead(this::onHead);
    }

    public CompletableFuture<Long> await(byte[] txHash) {
        CompletableFuture<Long> f = waiting.computeIfAbsent(Numeric.toHexString(txHash), h -> new CompletableFuture<>());
        ChainStore.Located<?> already = store.tx(txHash);
        if (already != null) {
            waiting.remove(Numeric.toHexString(txHash));
            f.complete(already.blockNumber());
        }
        return f;
    }

    private void onHead(BlockHeader header) {
        for (Iterator<Map.Entry<String, CompletableFuture<Long>>> it = waiting.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, CompletableFuture<Long>> e = it.next();
            ChainStore.Located<?> found = store.tx(Numeric.hexStringToByteArray(e.getKey()));
            if (found != null) {
                it.remove();
                e.getValue().complete(found.blockNumber());
            }
        }
    }
}
