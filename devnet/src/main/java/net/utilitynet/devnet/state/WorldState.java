package net.utilitynet.devnet.state;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.web3j.utils.Numeric;

/**
 * Mutable account state layered over committed state. A block executes in one layer; each transaction in a
 * {@link #child()} layer that is {@link #commitToParent() merged} on success or dropped on revert, so a failed
 * module call undoes its writes without copying state. Not thread-safe: one block builder owns it.
 */
public final class WorldState implements StateReader {
    private final StateReader below;
    private final WorldState parent;
    private final Map<Address, AccountChanges> changes = new LinkedHashMap<>();

    public WorldState(StateReader committed) {
        this(committed, null);
    }

    private WorldState(StateReader below, WorldState parent) {
        this.below = below;
        this.parent = parent;
    }

    /** A layer over this one for one transaction or call. */
    public WorldState child() {
        return new WorldState(this, this);
    }

    /** Applies this layer's changes to its parent. */
    public void commitToParent() {
        if (parent == null) {
            throw new IllegalStateException("the bottom layer has no parent; commit it through the state store");
        }
        for (Map.Entry<Address, AccountChanges> e : changes.entrySet()) {
            parent.changes.computeIfAbsent(e.getKey(), a -> new AccountChanges()).mergeFrom(e.getValue());
        }
        changes.clear();
    }

    /** The accounts changed in this layer, in first-touched order. */
    public Map<Address, AccountChanges> changes() {
        return Collections.unmodifiableMap(changes);
    }

    @Override
    public long nonce(Address address) {
        AccountChanges c = changes.get(address);
        return c != null && c.nonce != null ? c.nonce : below.nonce(address);
    }

    @Override
    public BigInteger balance(Address address) {
        AccountChanges c = changes.get(address);
        return c != null && c.balance != null ? c.balance : below.balance(address);
    }

    @Override
    public byte[] storage(Address address, byte[] slot) {
        AccountChanges c = changes.get(address);
        if (c != null) {
            byte[][] w = c.storage.get(Numeric.toHexString(slot));
            if (w != null) {
                return w[1].clone();
            }
        }
        return below.storage(address, slot);
    }

    public void setNonce(Address address, long nonce) {
        touch(address).nonce = nonce;
    }

    public void setBalance(Address address, BigInteger balance) {
        if (balance.signum() < 0) {
            throw new IllegalArgumentException("negative balance for " + address);
        }
        touch(address).balance = balance;
    }

    public void addBalance(Address address, BigInteger amount) {
        setBalance(address, balance(address).add(amount));
    }

    public void subtractBalance(Address address, BigInteger amount) {
        setBalance(address, balance(address).subtract(amount));
    }

    public void setStorage(Address address, byte[] slot, byte[] value) {
        if (slot.length != 32 || value.length != 32) {
            throw new IllegalArgumentException("storage slots and words are 32 bytes");
        }
        touch(address).storage.put(Numeric.toHexString(slot), new byte[][] {slot.clone(), value.clone()});
    }

    private AccountChanges touch(Address address) {
        return changes.computeIfAbsent(address, a -> new AccountChanges());
    }
}
