package net.utilitynet.devnet.rpc;

import net.utilitynet.devnet.chain.Blockchain;
import net.utilitynet.devnet.state.StateStore;
import net.utilitynet.protocol.header.BlockHeader;

/** Turns a {@link BlockSelector} into a stored header and its state; this devnet finalises every block at once. */
public final class BlockResolver {
    private final Blockchain chain;

    public BlockResolver(Blockchain chain) {
        this.chain = chain;
    }

    /** The selected header, or null when no such block exists (block queries answer null). */
    public BlockHeader headerOrNull(BlockSelector s) {
        if (s.hash() != null) {
            return chain.headerByHash(s.hash());
        }
        if (s.number() != null) {
            return chain.header(s.number());
        }
        return "earliest".equals(s.tag()) ? chain.header(0) : chain.head().header();
    }

    /** The selected header, or a -32000 error naming the block (state queries need a block). */
    public BlockHeader header(BlockSelector s) {
        BlockHeader h = headerOrNull(s);
        if (h == null) {
            throw RpcException.rejected("header not found: " + s + " (head is block " + chain.head().number() + ")");
        }
        return h;
    }

    public StateStore.Reader state(BlockSelector s) {
        BlockHeader h = header(s);
        Blockchain.Head head = chain.head();
        return h.number() == head.number() ? head.state() : chain.states().reader(h.stateRoot());
    }
}
