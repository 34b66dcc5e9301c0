package net.utilitynet.lightclient.sync;

import java.util.List;
import net.utilitynet.lightclient.store.StoredHeader;

/** The verified chain switched branch above {@code commonAncestor}: {@code removed} were rolled back, {@code added} verified. */
public record Reorg(long commonAncestor, List<StoredHeader> removed, List<StoredHeader> added) {
    public Reorg {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }
}
