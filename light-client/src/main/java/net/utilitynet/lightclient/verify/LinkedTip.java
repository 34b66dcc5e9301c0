package net.utilitynet.lightclient.verify;

import java.util.List;
import net.utilitynet.protocol.header.BlockHeader;

/**
 * Linkage-only mode for Ethereum-family chains without POCI (Anvil, other EVM nodes): numbers and parent hashes
 * chain back to a user-trusted checkpoint, hashes are recomputed where headers are parsed, and nothing else is
 * checked. Headers accepted here are {@link TrustLevel#LINKAGE_ONLY}: NOT consensus-verified.
 */
public final class LinkedTip implements ChainTip {
    private final BlockHeader head;

    public LinkedTip(BlockHeader head) {
        this.head = head;
    }

    @Override
    public BlockHeader head() {
        return head;
    }

    @Override
    public TrustLevel trust() {
        return TrustLevel.LINKAGE_ONLY;
    }

    @Override
    public LinkedTip extend(List<BlockHeader> batch, long nowSeconds) {
        BlockHeader parent = head;
        for (BlockHeader header : batch) {
            HeaderVerifier.verifyLinkage(parent, header);
            parent = header;
        }
        return new LinkedTip(parent);
    }
}
