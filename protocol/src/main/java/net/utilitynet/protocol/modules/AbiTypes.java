package net.utilitynet.protocol.modules;

import java.util.ArrayList;
import java.util.List;
import org.web3j.abi.TypeReference;

/** Parses comma-separated canonical Solidity type lists into Web3j type references. */
final class AbiTypes {
    private AbiTypes() {
    }

    static List<String> split(String types) {
        List<String> out = new ArrayList<>();
        if (types == null || types.isBlank()) {
            return out;
        }
        for (String t : types.split(",")) {
            out.add(t.trim());
        }
        return out;
    }

    /** {@code indexed} may be empty (nothing indexed) or one flag per type. */
    static List<TypeReference<?>> references(List<String> types, List<Boolean> indexed) {
        List<TypeReference<?>> out = new ArrayList<>(types.size());
        for (int i = 0; i < types.size(); i++) {
            try {
                out.add(TypeReference.makeTypeReference(types.get(i), !indexed.isEmpty() && indexed.get(i), false));
            } catch (ClassNotFoundException | RuntimeException e) {
                throw new IllegalArgumentException("not a Solidity ABI type: " + types.get(i), e);
            }
        }
        return List.copyOf(out);
    }
}
