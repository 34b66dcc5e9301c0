package net.utilitynet.wallet.tx;

import java.math.BigInteger;

import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.address.Address;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

/**
 * Signs legacy EIP-155 and EIP-1559 (type 2) transactions with Web3j's encoder (RFC 6979
 * deterministic signatures, so the same inputs give the same bytes as geth and ethers).
 */
public final class TransactionSigner {
    private TransactionSigner() {
    }

    /** Signs with a 32-byte private key; the caller keeps and wipes the key array. */
    public static SignedTx sign(TxParams p, byte[] privateKey) {
        if (privateKey.length != 32) {
            throw new InvalidInputException("private key", "a private key is 32 bytes (64 hex characters)");
        }
        ECKeyPair pair = ECKeyPair.create(new BigInteger(1, privateKey));
        Credentials credentials = Credentials.create(pair);
        String to = p.to() == null ? "" : p.to().lower();
        String data = Numeric.toHexString(p.data());
        byte[] raw;
        if (p.fees() instanceof Fees.Eip1559 f) {
            RawTransaction tx = RawTransaction.createTransaction(p.chainId(), p.nonce(), p.gasLimit(), to, p.valueWei(), data,
                    f.maxPriorityFeePerGas(), f.maxFeePerGas());
            raw = TransactionEncoder.signMessage(tx, credentials);
        } else {
            Fees.Legacy f = (Fees.Legacy) p.fees();
            RawTransaction tx = RawTransaction.createTransaction(p.nonce(), f.gasPrice(), p.gasLimit(), to, p.valueWei(), data);
            raw = TransactionEncoder.signMessage(tx, p.chainId(), credentials);
        }
        return new SignedTx(Address.ofTrusted(Keys.getAddress(pair)), p, raw);
    }
}
