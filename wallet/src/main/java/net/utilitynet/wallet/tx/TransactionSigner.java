package net.utilitynet.wallet.tx;

import java.util.Arrays;

import net.utilitynet.protocol.crypto.Secp256k1;
import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.address.Address;
import org.web3j.crypto.Hash;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.Sign;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

/**
 * Signs legacy EIP-155 and EIP-1559 (type 2) transactions: Web3j's encoder builds the signing
 * payload and the final RLP, the project's native {@link Secp256k1} signs (RFC 6979, low s), so
 * the same inputs give the same bytes as geth and ethers and the key stays a wipeable byte[].
 */
public final class TransactionSigner {
    private TransactionSigner() {
    }

    /** Signs with a 32-byte private key; the caller keeps and wipes the key array. */
    public static SignedTx sign(TxParams p, byte[] privateKey) {
        if (privateKey.length != 32) {
            throw new InvalidInputException("private key", "a private key is 32 bytes (64 hex characters)");
        }
        String to = p.to() == null ? "" : p.to().lower();
        String data = Numeric.toHexString(p.data());
        RawTransaction tx;
        byte[] payload;
        if (p.fees() instanceof Fees.Eip1559 f) {
            tx = RawTransaction.createTransaction(p.chainId(), p.nonce(), p.gasLimit(), to, p.valueWei(), data,
                    f.maxPriorityFeePerGas(), f.maxFeePerGas());
            payload = TransactionEncoder.encode(tx);
        } else {
            tx = RawTransaction.createTransaction(p.nonce(), ((Fees.Legacy) p.fees()).gasPrice(), p.gasLimit(), to, p.valueWei(), data);
            payload = TransactionEncoder.encode(tx, p.chainId());
        }
        byte[] sig = secp256k1Sign(Hash.sha3(payload), privateKey);
        // Web3j's encoder expects v = 27 + recovery id and derives yParity (type 2) from it
        Sign.SignatureData signature = new Sign.SignatureData((byte) (27 + sig[64]), Arrays.copyOfRange(sig, 0, 32), Arrays.copyOfRange(sig, 32, 64));
        if (!(p.fees() instanceof Fees.Eip1559)) {
            signature = TransactionEncoder.createEip155SignatureData(signature, p.chainId());
        }
        return new SignedTx(Address.ofBytes(Secp256k1.address(privateKey)), p, TransactionEncoder.encode(tx, signature));
    }

    private static byte[] secp256k1Sign(byte[] hash, byte[] privateKey) {
        try {
            return Secp256k1.sign(hash, privateKey);
        } catch (RuntimeException e) {
            throw new InvalidInputException("private key", "the key is not a valid secp256k1 private key (zero or above the curve order)");
        }
    }
}
