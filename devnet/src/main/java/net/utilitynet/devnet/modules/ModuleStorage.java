package net.utilitynet.devnet.modules;

import java.util.ArrayList;
import java.util.List;
import net.utilitynet.devnet.state.Address;
import net.utilitynet.devnet.state.StateReader;
import net.utilitynet.devnet.state.WorldState;
import net.utilitynet.protocol.modules.StorageSlots;

/** Reads and writes runs of 32-byte storage words of one module account (slots from protocol's layouts). */
final class ModuleStorage {
    private final Address module;

    ModuleStorage(Address module) {
        this.module = module;
    }

    List<byte[]> read(StateReader state, List<byte[]> slots) {
        List<byte[]> words = new ArrayList<>(slots.size());
        for (byte[] slot : slots) {
            words.add(state.storage(module, slot));
        }
        return words;
    }

    byte[] read(StateReader state, byte[] slot) {
        return state.storage(module, slot);
    }

    long readLong(StateReader state, byte[] slot) {
        return new java.math.BigInteger(1, state.storage(module, slot)).longValueExact();
    }

    java.math.BigInteger readUint(StateReader state, byte[] slot) {
        return new java.math.BigInteger(1, state.storage(module, slot));
    }

    void write(WorldState state, byte[] slot, java.math.BigInteger value) {
        state.setStorage(module, slot, StorageSlots.word(value));
    }

    void write(WorldState state, List<byte[]> slots, List<byte[]> words) {
        for (int i = 0; i < slots.size(); i++) {
            state.setStorage(module, slots.get(i), words.get(i));
        }
    }

    void write(WorldState state, byte[] slot, long value) {
        state.setStorage(module, slot, StorageSlots.word(value));
    }
}
