package net.utilitynet.wallet.store;

import net.utilitynet.wallet.address.Address;

/**
 * An account as the UI lists it; holds no secret.
 *
 * @param hdIndex the BIP-44 index for {@link AccountKind#HD} accounts, else -1
 */
public record Account(Address address, AccountKind kind, String label, int hdIndex) {
    public boolean canSign() {
        return kind != AccountKind.WATCH_ONLY;
    }
}
