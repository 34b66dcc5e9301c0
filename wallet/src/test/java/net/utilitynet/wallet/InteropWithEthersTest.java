package net.utilitynet.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;

import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.keystore.KeystoreFile;
import net.utilitynet.wallet.mnemonic.HdPath;
import net.utilitynet.wallet.mnemonic.Mnemonic;
import net.utilitynet.wallet.tx.Fees;
import net.utilitynet.wallet.tx.TransactionSigner;
import net.utilitynet.wallet.tx.TxParams;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

/**
 * Values produced by ethers 6.17.0 (npm), an independent implementation, for the same inputs
 * (generated once with a Node script; pasted here so the test needs no Node).
 */
class InteropWithEthersTest {
    static final String DEV = "test test test test test test test test test test test junk";
    static final byte[] KEY0 = Numeric.hexStringToByteArray("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    static final Address TO = Address.ofTrusted("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");

    @Test
    void derive_passphraseAndHigherIndex_matchEthersHdNodeWallet() {
        Mnemonic m = Mnemonic.parse(DEV);
        assertEquals("0x15F7f85cc4228127b1c5108dA3DA1aFF5206406A", m.deriveAddress("UtilityNet passphrase", HdPath.bip44(60, 0)).checksummed());
        assertEquals("0x14dC79964da2C08b23698B3D3cc7Ca32193d9955", m.deriveAddress("", HdPath.bip44(60, 7)).checksummed());
    }

    @Test
    void derive_nonAsciiPassphraseComposedOrDecomposed_sameAsEthers() {
        Mnemonic m = Mnemonic.parse(DEV);
        String expected = "0x5ad5D1b7D192B00fdA802285eA4a6F2b44d914D1"; // ethers: passphrase "caf\u00e9 \u2460"
        assertEquals(expected, m.deriveAddress("caf\u00e9 \u2460", HdPath.bip44(60, 0)).checksummed());
        assertEquals(expected, m.deriveAddress("cafe\u0301 \u2460", HdPath.bip44(60, 0)).checksummed());
    }

    @Test
    void decrypt_keystoreWrittenByEthers_givesKey() {
        String ethersJson = "{\"address\":\"f39fd6e51aad88f6f4ce6ab8827279cfffb92266\",\"id\":\"a5075b21-1b06-4eb5-8601-db0a2f3cd041\","
                + "\"version\":3,\"Crypto\":{\"cipher\":\"aes-128-ctr\",\"cipherparams\":{\"iv\":\"0b215973c90aaa05e6be4babf509fd11\"},"
                + "\"ciphertext\":\"a8b533b90f1b0a1d89a7a3a212f2bab72a39cccdbc7141b14443fc0d2dd386b5\",\"kdf\":\"scrypt\",\"kdfparams\":"
                + "{\"salt\":\"8347a705f2c0bc00793633a8ccb5fc57263eddcc46d0168d567749b159c714a8\",\"n\":1024,\"dklen\":32,\"p\":1,\"r\":8},"
                + "\"mac\":\"169f8832a46308a2e899a827e98afe02c881fe137845347555fda49399a4d57e\"}}";
        assertEquals(Numeric.toHexString(KEY0), Numeric.toHexString(KeystoreFile.parse(ethersJson).decrypt("ethers-pass".toCharArray())));
    }

    /** ethers encrypts with the NFKC form of the password ("p\u00e4ss\u2460" → "p\u00e4ss1"). */
    @Test
    void decrypt_ethersKeystoreNonAsciiPassword_typedAsUserSeesIt() {
        String json = "{\"address\":\"f39fd6e51aad88f6f4ce6ab8827279cfffb92266\",\"id\":\"ad657a81-c762-4bb3-a4ba-b4b1e3677475\",\"version\":3,"
                + "\"Crypto\":{\"cipher\":\"aes-128-ctr\",\"cipherparams\":{\"iv\":\"e145cc441f3cddaafafb2c71598034b7\"},"
                + "\"ciphertext\":\"eed42e2ddb48aaacfb5301389f89045305bd2aa96a78867a4c07904226729447\",\"kdf\":\"scrypt\",\"kdfparams\":"
                + "{\"salt\":\"df7f06dfbfdbad95508bdf098ea1a404063cfb563dbc713957042600af50ed4d\",\"n\":1024,\"dklen\":32,\"p\":1,\"r\":8},"
                + "\"mac\":\"642c5bd6791806ab92944b9f48ab4b98dcad233cfcc9a8df0631090260dc4b7d\"}}";
        assertEquals(Numeric.toHexString(KEY0), Numeric.toHexString(KeystoreFile.parse(json).decrypt("p\u00e4ss\u2460".toCharArray())));
    }

    @Test
    void sign_devnetType2Transfer_matchesEthersSignTransaction() {
        TxParams p = new TxParams(21844, BigInteger.valueOf(5), TO, new BigInteger("1500000000000000000"), BigInteger.valueOf(21000), new byte[0],
                new Fees.Eip1559(BigInteger.valueOf(2_000_000_000L), BigInteger.valueOf(1_000_000_000L)));
        assertEquals("0x02f87482555405843b9aca0084773594008252089470997970c51812dc3a010c7d01b50e0d17dc79c88814d1120d7b16000080c080a0"
                + "bb9cb1d1336ed33d91e0732bc06410c7b5adceb9f12a5d7a09e9ed40e8007dfaa0316745032821f7a051da88b923b3ef7977208e56cb93284e3643906aaa68f481",
                TransactionSigner.sign(p, KEY0).rawHex());
    }

    @Test
    void sign_devnetLegacyWithData_matchesEthersSignTransaction() {
        TxParams p = new TxParams(21844, BigInteger.valueOf(6), TO, BigInteger.ONE, BigInteger.valueOf(30000),
                Numeric.hexStringToByteArray("0xdeadbeef"), new Fees.Legacy(BigInteger.valueOf(3_000_000_000L)));
        assertEquals("0xf8690684b2d05e008275309470997970c51812dc3a010c7d01b50e0d17dc79c80184deadbeef82aacba0925d9e62dbfbc693a5d0989a6407a4"
                + "1665b00f73b8bb04d071934d9f7008ca36a01fcb09eaba73a7a6c47071b69b51eb8d87f6958f6cf7ee1651afd0ce2a0b5562",
                TransactionSigner.sign(p, KEY0).rawHex());
    }
}
