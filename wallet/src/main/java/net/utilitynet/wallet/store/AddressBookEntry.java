package net.utilitynet.wallet.store;

import net.utilitynet.wallet.address.Address;

/** A named recipient the user saved. */
public record AddressBookEntry(Address address, String name) {
}
