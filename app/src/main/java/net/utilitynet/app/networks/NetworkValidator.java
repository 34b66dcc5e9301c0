package net.utilitynet.app.networks;

import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks a {@link NetworkDraft}: a name unique among the other networks, a chain id in the EIP-2294
 * range, one or more http(s) URLs with a host, a checkpoint block number and its 32-byte hash.
 */
public final class NetworkValidator {

    public static final int MAX_NAME_LENGTH = 64;
    /** The largest chain id EIP-2294 allows. */
    public static final long MAX_CHAIN_ID = 4503599627370476L;

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern HASH = Pattern.compile("0x[0-9a-fA-F]{64}");

    /** All problems of {@code draft}, in field order; empty when it is valid. */
    public List<FieldError> validate(NetworkDraft draft, Collection<NetworkDefinition> others) {
        List<FieldError> errors = new ArrayList<>();
        checkName(draft.name().strip(), others, errors);
        checkChainId(draft.chainId().strip(), errors);
        checkRpcUrls(draft.rpcUrls(), errors);
        checkCheckpointNumber(draft.checkpointNumber().strip(), errors);
        if (!HASH.matcher(draft.checkpointHash().strip()).matches()) {
            errors.add(FieldError.of(NetworkField.CHECKPOINT_HASH, "error.network.checkpointHash.invalid"));
        }
        return errors;
    }

    private static void checkName(String name, Collection<NetworkDefinition> others, List<FieldError> errors) {
        if (name.isEmpty()) {
            errors.add(FieldError.of(NetworkField.NAME, "error.network.name.required"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            errors.add(FieldError.of(NetworkField.NAME, "error.network.name.tooLong", MAX_NAME_LENGTH));
        } else if (others.stream().anyMatch(n -> n.name().equalsIgnoreCase(name))) {
            errors.add(FieldError.of(NetworkField.NAME, "error.network.name.duplicate", name));
        }
    }

    private static void checkChainId(String chainId, List<FieldError> errors) {
        if (chainId.isEmpty()) {
            errors.add(FieldError.of(NetworkField.CHAIN_ID, "error.network.chainId.required"));
            return;
        }
        if (!DIGITS.matcher(chainId).matches()) {
            errors.add(FieldError.of(NetworkField.CHAIN_ID, "error.network.chainId.invalid", chainId));
            return;
        }
        BigInteger value = new BigInteger(chainId);
        if (value.signum() == 0 || value.compareTo(BigInteger.valueOf(MAX_CHAIN_ID)) > 0) {
            errors.add(FieldError.of(NetworkField.CHAIN_ID, "error.network.chainId.range", chainId, Long.toString(MAX_CHAIN_ID)));
        }
    }

    private static void checkRpcUrls(List<String> urls, List<FieldError> errors) {
        List<String> entries = urls.stream().map(String::strip).filter(u -> !u.isEmpty()).toList();
        if (entries.isEmpty()) {
            errors.add(FieldError.of(NetworkField.RPC_URLS, "error.network.rpc.required"));
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            if (!isHttpUrl(entries.get(i))) {
                errors.add(FieldError.of(NetworkField.RPC_URLS, "error.network.rpc.invalid", i + 1, entries.get(i)));
            }
        }
    }

    static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void checkCheckpointNumber(String number, List<FieldError> errors) {
        if (number.isEmpty()) {
            errors.add(FieldError.of(NetworkField.CHECKPOINT_NUMBER, "error.network.checkpointNumber.required"));
        } else if (!DIGITS.matcher(number).matches() || new BigInteger(number).bitLength() > 63) {
            errors.add(FieldError.of(NetworkField.CHECKPOINT_NUMBER, "error.network.checkpointNumber.invalid", number));
        }
    }

    /** Builds the definition of a draft that {@link #validate} accepted. */
    public NetworkDefinition toDefinition(String id, NetworkDraft draft) {
        return new NetworkDefinition(id, draft.name().strip(), Long.parseLong(draft.chainId().strip()),
                draft.rpcUrls().stream().map(String::strip).filter(u -> !u.isEmpty()).toList(),
                Long.parseLong(draft.checkpointNumber().strip()),
                draft.checkpointHash().strip().toLowerCase(Locale.ROOT), false, draft.syncMode());
    }
}
