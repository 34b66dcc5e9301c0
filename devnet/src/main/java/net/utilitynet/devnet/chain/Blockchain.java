package net.utilitynet.devnet.chain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import net.utilitynet.devnet.state.StateStore;
import net.utilitynet.devnet.store.BlockRecord;
import net.utilitynet.devnet.store.ChainStore;
import net.utilitynet.protocol.header.BlockHeader;
import net.utilitynet.protocol.poci.Checkpoint;
import net.utilitynet.protocol.poci.ExtraData;

/**
 * The canonical chain: the head, headers by number or hash, state at any stored block, and checkpoints.
 * {@link #append} is the only way a block enters: its records and state nodes are committed in one SQL
 * transaction before the head moves, so readers never see a head whose data is not durable.
 */
public final class Blockchain {
    private static final int HEADER_CACHE = 4096;

    private final ChainStore store;
    private final StateStore states;
    private final long epochLength;
    private final List<Consumer<BlockHeader>> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, BlockHeader> headers = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, BlockHeader> eldest) {
            return size() > HEADER_CACHE;
        }
    };
    private volatile Head head;

    /** The head block and a reader of its state. */
    public record Head(BlockHeader header, StateStore.Reader state) {
        public long number() {
            return header.number();
        }
    }

    public Blockchain(ChainStore store, StateStore states, long epochLength) {
        this.store = store;
        this.states = states;
        this.epochLength = epochLength;
        store.head().ifPresent(n -> {
            BlockHeader h = header(n);
            head = new Head(h, states.reader(h.stateRoot()));
        });
    }

    public boolean isEmpty() {
        return head == null;
    }

    public Head head() {
        return head;
    }

    public long epochLength() {
        return epochLength;
    }

    public ChainStore store() {
        return store;
    }

    public StateStore states() {
        return states;
    }

    /** Commits {@code block} (header already sealed) with the buffered state nodes and makes it the head. */
    public void append(BlockHeader header, BlockRecord block, Map<String, byte[]> meta) {
        Head current = head;
        if (current != null && header.number() != current.number() + 1) {
            throw new IllegalStateException("block " + header.number() + " does not extend head " + current.number());
        }
        try {
            store.commitBlock(block, states.nodes().pending(), meta);
        } catch (RuntimeException e) {
            states.nodes().discard();
            throw e;
        }
        states.nodes().committed();
        synchronized (headers) {
            headers.put(header.number(), header);
        }
        head = new Head(header, states.reader(header.stateRoot()));
        for (Consumer<BlockHeader> l : listeners) {
            l.accept(header);
        }
    }

    /** Called after every appended block, on the producing thread. */
    public void onNewHead(Consumer<BlockHeader> listener) {
        listeners.add(listener);
    }

    /** The header at {@code number}, or null when there is none (yet). */
    public BlockHeader header(long number) {
        synchronized (headers) {
            BlockHeader h = headers.get(number);
            if (h != null) {
                return h;
            }
        }
        byte[] rlp = store.headerByNumber(number);
        if (rlp == null) {
            return null;
        }
        BlockHeader h = BlockHeader.decode(rlp);
        synchronized (headers) {
            headers.put(number, h);
        }
        return h;
    }

    public BlockHeader headerByHash(byte[] hash) {
        Long n = store.numberByHash(hash);
        return n == null ? null : header(n);
    }

    /** The hash of block {@code number}, or null when it does not exist. */
    public byte[] hashOrNull(long number) {
        BlockHeader h = header(number);
        return h == null ? null : h.hash();
    }

    /** Block hashes {@code from..to} inclusive, oldest first. */
    public List<byte[]> hashes(long from, long to) {
        List<byte[]> out = new ArrayList<>();
        for (long n = from; n <= to; n++) {
            out.add(header(n).hash());
        }
        return out;
    }

    /** The checkpoint carried by block {@code epoch · E}, or null when that block does not exist yet. */
    public Checkpoint checkpoint(long epoch) {
        BlockHeader h = header(Math.multiplyExact(epoch, epochLength));
        return h == null ? null : ExtraData.decode(h.extraData()).checkpoint();
    }

    /** The POCI epoch of height {@code h ≥ 1}: (h-1) div E. */
    public long epochOf(long height) {
        return (height - 1) / epochLength;
    }
}
