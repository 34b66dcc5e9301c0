package net.utilitynet.wallet.address;

import java.util.Collection;
import java.util.List;

/**
 * Warnings shown before sending to a recipient: a first-time recipient, and an address that
 * imitates a known one (same first and last 4 hex characters, the address-poisoning pattern).
 *
 * @param firstTime true when the wallet never sent to or received from this address and it is not in the address book
 * @param lookAlikes known addresses that the recipient imitates; non-empty means "stop and compare every character"
 */
public record RecipientCheck(Address recipient, boolean firstTime, List<Address> lookAlikes) {

    public RecipientCheck {
        lookAlikes = List.copyOf(lookAlikes);
    }

    /** @param known address-book entries, own accounts and history counterparties */
    public static RecipientCheck of(Address recipient, Collection<Address> known) {
        boolean seen = known.contains(recipient);
        List<Address> similar = known.stream().filter(recipient::looksLike).distinct().sorted().toList();
        return new RecipientCheck(recipient, !seen, similar);
    }

    public boolean hasWarnings() {
        return firstTime || !lookAlikes.isEmpty();
    }
}
