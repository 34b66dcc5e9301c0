package net.utilitynet.wallet.tx;

import net.utilitynet.wallet.address.Address;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/** A signed transaction ready to broadcast: its raw bytes, hash and sender. */
public record SignedTx(Address from, TxParams params, byte[] raw) {
    public SignedTx {
        raw = raw.clone();
    }

    @Override
    public byte[] raw() {
        return raw.clone();
    }

    /** 0x-prefixed raw transaction, as eth_sendRawTransaction takes it. */
    public String rawHex() {
        return Numeric.toHexString(raw);
    }

    /** keccak256 of the raw bytes: the transaction hash nodes report. */
    public String hash() {
        return Numeric.toHexString(Hash.sha3(raw));
    }
}
