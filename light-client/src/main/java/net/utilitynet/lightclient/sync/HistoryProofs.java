package net.utilitynet.lightclient.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import net.utilitynet.lightclient.rpc.EndpointPool;
import net.utilitynet.lightclient.verify.UnverifiableException;
import net.utilitynet.lightclient.store.HeaderStore;
import net.utilitynet.lightclient.store.StoredHeader;
import net.utilitynet.lightclient.verify.ChainRules;
import net.utilitynet.lightclient.verify.TrustLevel;
import net.utilitynet.lightclient.verify.VerificationException;
import net.utilitynet.protocol.ProtocolException;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.json.RpcJson;
import net.utilitynet.protocol.merkle.BinaryMerkleTree;
import net.utilitynet.protocol.merkle.HistoryRoot;
import net.utilitynet.protocol.poci.Checkpoint;
import net.utilitynet.protocol.poci.ExtraData;
import org.web3j.utils.Numeric;

/**
 * Proves a header older than the fully verified window (skip sync) on demand: the checkpoint at
 * {@code k·E} (k = n/E + 1, already verified) commits in its historyRoot to the hashes of blocks
 * {@code (k-1)·E … k·E-1}; {@code unc_getHeaderProof(n)} supplies the branch, and the header itself must hash to
 * the proven leaf.
 */
public final class HistoryProofs {
    private final EndpointPool pool;
    private final HeaderStore store;
    private final ChainRules rules;

    public HistoryProofs(EndpointPool pool, HeaderStore store, ChainRules rules) {
        this.pool = pool;
        this.store = store;
        this.rules = rules;
    }

    /** The verified header at {@code number}: from the store, or proven now and stored as {@link TrustLevel#HISTORY_PROOF}. */
    public StoredHeader verifiedHeaderAt(long number) {
        Optional<StoredHeader> stored = store.byNumber(number);
        if (stored.isPresent()) {
            return stored.get();
        }
        long epochLength = rules.epochLength();
        long k = number / epochLength + 1;
        StoredHeader cpStored = store.byNumber(k * epochLength).orElseThrow(() -> new UnverifiableException("block " + number
                + " needs the verified checkpoint at block " + k * epochLength + ", which is not synced yet"));
        Checkpoint cp = ExtraData.decode(BlockHeader.decode(cpStored.rlp()).extraData()).checkpoint();
        int index = HistoryRoot.leafIndex(number, k, epochLength);
        BlockHeader proven = pool.withFailover("history proof of block " + number, endpoint -> {
            try {
                JsonNode proof = endpoint.call("unc_getHeaderProof", UntrustedHeaders.quantity(number));
                byte[] blockHash = RpcJson.data(RpcJson.field(proof, "blockHash", "header proof"), "blockHash", 32);
                List<byte[]> branch = RpcJson.dataList(RpcJson.field(proof, "branch", "header proof"), "branch");
                if (!BinaryMerkleTree.verify(blockHash, index, branch, cp.historyRoot())) {
                    throw new VerificationException(number, "history-proof", "the branch for " + Numeric.toHexString(blockHash)
                            + " at leaf " + index + " does not reach the historyRoot of verified checkpoint " + cpStored.number());
                }
                BlockHeader header = UntrustedHeaders.untrustedHeader(endpoint, number);
                if (header == null || !java.util.Arrays.equals(header.hash(), blockHash)) {
                    throw new VerificationException(number, "history-proof", "the header served is not the proven block "
                            + Numeric.toHexString(blockHash));
                }
                return header;
            } catch (ProtocolException e) {
                throw new VerificationException(number, "history-proof", e.getMessage(), e);
            }
        });
        StoredHeader result = StoredTips.toStored(proven, TrustLevel.HISTORY_PROOF);
        store.append(List.of(result));
        return result;
    }
}
