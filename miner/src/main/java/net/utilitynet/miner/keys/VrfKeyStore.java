package net.utilitynet.miner.keys;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Optional;
import net.utilitynet.protocol.vrf.EcVrfP256;
import net.utilitynet.wallet.secure.Passwords;
import net.utilitynet.wallet.store.WalletStore;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.web3j.utils.Numeric;

/**
 * The miner's ECVRF-P256 key (design §4.4), kept in the wallet's encrypted store under {@link #NAME}: made once on
 * this machine, registered with every chip, and used to evaluate the election at each height. The secret leaves
 * the store only for the moment of a proof and is wiped afterwards.
 */
public final class VrfKeyStore {
    public static final String NAME = "vrf";
    private static final BigInteger ORDER = ECNamedCurveTable.getByName("secp256r1").getN();

    private final WalletStore store;
    private final SecureRandom random;

    public VrfKeyStore(WalletStore store, SecureRandom random) {
        this.store = store;
        this.random = random;
    }

    /** The compressed public key, creating and storing the key pair on first use. */
    public synchronized byte[] publicKey() {
        byte[] secret = secret();
        try {
            return EcVrfP256.publicKey(secret);
        } finally {
            Passwords.wipe(secret);
        }
    }

    /** {@code pi = ECVRF_prove(sk, alpha)} (81 bytes). */
    public byte[] prove(byte[] alpha) {
        byte[] secret = secret();
        try {
            return EcVrfP256.prove(secret, alpha);
        } finally {
            Passwords.wipe(secret);
        }
    }

    private synchronized byte[] secret() {
        Optional<byte[]> stored = store.minerKey(NAME);
        if (stored.isPresent()) {
            return stored.get();
        }
        BigInteger s;
        do {
            s = new BigInteger(256, random);
        } while (s.signum() == 0 || s.compareTo(ORDER) >= 0);
        byte[] fresh = Numeric.toBytesPadded(s, 32);
        store.putMinerKey(NAME, fresh);
        return fresh;
    }
}
