package net.utilitynet.protocol.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import net.utilitynet.protocol.rlp.Rlp;
import net.utilitynet.protocol.rlp.RlpList;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/** The worked example of EIP-155 (ethereum/EIPs, EIPS/eip-155.md, CC0); tx hash and sender computed from it. */
class Eip155ExampleTest {
    private static final byte[] KEY = Numeric.hexStringToByteArray("0x4646464646464646464646464646464646464646464646464646464646464646");
    private static final String SIGNING_DATA = "0xec098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a764000080018080";
    private static final String SIGNING_HASH = "0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53";
    private static final BigInteger R = new BigInteger("18515461264373351373200002665853028612451056578545711640558177340181847433846");
    private static final BigInteger S = new BigInteger("46948507304638947509940763649030358759909902576025900602547168820602576006531");
    private static final String SIGNED_TX = "0xf86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a7640000"
            + "8025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83";

    @Test
    void sign_eip155SigningHash_givesPublishedRsAndV37() {
        assertEquals(SIGNING_HASH, Numeric.toHexString(Hash.sha3(Numeric.hexStringToByteArray(SIGNING_DATA))));
        byte[] sig = Secp256k1.sign(Numeric.hexStringToByteArray(SIGNING_HASH), KEY);
        assertArrayEquals(Numeric.toBytesPadded(R, 32), java.util.Arrays.copyOfRange(sig, 0, 32));
        assertArrayEquals(Numeric.toBytesPadded(S, 32), java.util.Arrays.copyOfRange(sig, 32, 64));
        assertEquals(37, sig[64] + 2 * 1 + 35, "v = recId + chainId·2 + 35 with chainId 1");
    }

    @Test
    void decode_signedTx_strictRlpAndSenderRecovers() {
        byte[] raw = Numeric.hexStringToByteArray(SIGNED_TX);
        RlpList tx = Rlp.decodeList(raw, "tx").expectSize(9, "tx");
        assertEquals(9, tx.get(0).asString("nonce").uint64("nonce"));
        long v = tx.get(6).asString("v").uint64("v");
        byte[] sig = new byte[65];
        System.arraycopy(tx.get(7).asString("r").bytes(32, "r"), 0, sig, 0, 32);
        System.arraycopy(tx.get(8).asString("s").bytes(32, "s"), 0, sig, 32, 32);
        sig[64] = (byte) (v - 37);
        assertEquals("0x9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f",
                Numeric.toHexString(Secp256k1.recoverAddress(Numeric.hexStringToByteArray(SIGNING_HASH), sig)));
        assertEquals("0x9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f", Numeric.toHexString(Secp256k1.address(KEY)));
        assertEquals("0x33469b22e9f636356c4160a87eb19df52b7412e8eac32a4a55ffe88ea8350788", Numeric.toHexString(Hash.sha3(raw)));
    }
}
