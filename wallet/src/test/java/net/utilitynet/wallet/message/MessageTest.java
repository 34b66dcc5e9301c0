package net.utilitynet.wallet.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.address.Address;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/** Expected values produced by ethers 6.17.0 (npm), an independent implementation. */
class MessageTest {
    static final byte[] KEY0 = Numeric.hexStringToByteArray("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    static final Address ACCOUNT0 = Address.ofTrusted("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    static final String MAIL = "{\"types\":{\"EIP712Domain\":[{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"version\",\"type\":\"string\"},"
            + "{\"name\":\"chainId\",\"type\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\"}],"
            + "\"Person\":[{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"wallet\",\"type\":\"address\"}],"
            + "\"Mail\":[{\"name\":\"from\",\"type\":\"Person\"},{\"name\":\"to\",\"type\":\"Person\"},{\"name\":\"contents\",\"type\":\"string\"}]},"
            + "\"primaryType\":\"Mail\",\"domain\":{\"name\":\"Ether Mail\",\"version\":\"1\",\"chainId\":1,"
            + "\"verifyingContract\":\"0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC\"},\"message\":{\"from\":{\"name\":\"Cow\","
            + "\"wallet\":\"0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826\"},\"to\":{\"name\":\"Bob\","
            + "\"wallet\":\"0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB\"},\"contents\":\"Hello, Bob!\"}}";

    @Test
    void hash_helloWorld_matchesEthersHashMessage() {
        assertEquals("0xa1de988600a42c4b4ab089b619297c17d53cffae5d5120d82d8a92d0bb3b78f2",
                Numeric.toHexString(PersonalMessage.hash("Hello World".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void sign_unicodeMessage_matchesEthersSignMessage() {
        String sig = PersonalMessage.sign("UtilityNet ✓ test", KEY0);
        assertEquals("0x69237331d744157329e8eeebf7e4b05091ac35a7efa7ddd2ab6cfa17f575cf2331f6665c7c86c4362a8867bf92c1fea9c6a744bb84bdf30de5f6cc51a4b521141b", sig);
        assertTrue(PersonalMessage.verify("UtilityNet ✓ test", sig, ACCOUNT0));
        assertFalse(PersonalMessage.verify("UtilityNet ✓ test!", sig, ACCOUNT0));
    }

    @Test
    void recover_badSignatureLength_errorNamesSignature() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PersonalMessage.recoverSigner("x", "0x1234"));
        assertEquals("signature", e.field());
        assertTrue(e.getMessage().contains("65 bytes"));
    }

    @Test
    void typedData_mailExample_digestAndCowSignatureMatchSpecAndEthers() {
        TypedData t = TypedData.parse(MAIL);
        assertEquals("0xbe609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2", Numeric.toHexString(t.digest()));
        byte[] cow = Hash.sha3("cow".getBytes(StandardCharsets.UTF_8));
        String sig = t.sign(cow);
        assertEquals("0x4355c47d63924e8a72e509b65029052eb6c299d53a04e167c5775fd466751c9d"
                + "07299936d304c153f6443dfa05f40ff007d72911b6f72307f996231605b915621c", sig);
        assertEquals("0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826", t.recoverSigner(sig).checksummed());
        assertEquals(1L, t.domainChainId().orElseThrow());
    }

    @Test
    void fields_mailExample_everyFieldInOrderWithNesting() {
        List<TypedDataField> f = TypedData.parse(MAIL).fields();
        assertEquals(List.of("domain.name", "domain.version", "domain.chainId", "domain.verifyingContract", "message.from",
                "message.from.name", "message.from.wallet", "message.to", "message.to.name", "message.to.wallet", "message.contents"),
                f.stream().map(TypedDataField::path).toList());
        assertEquals(new TypedDataField("message.from.wallet", "address", "0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826", 2), f.get(6));
        assertEquals(new TypedDataField("message.to", "Person", "", 1), f.get(7));
        assertEquals("1", f.get(2).value());
    }

    @Test
    void parse_missingPrimaryType_errorNamesTypedData() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TypedData.parse("{\"types\":{},\"domain\":{},\"message\":{}}"));
        assertEquals("typedData", e.field());
        assertTrue(e.getMessage().contains("primaryType"));
    }

    @Test
    void parse_memberOfUnknownType_errorNamesTypeAndMember() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TypedData.parse(MAIL.replace("\"type\":\"Person\"}", "\"type\":\"Persn\"}")));
        assertEquals("typedData", e.field());
        assertTrue(e.getMessage().contains("types.Mail.from has the unknown type 'Persn'"), e.getMessage());
    }

    @Test
    void parse_missingNestedField_errorNamesItsPath() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> TypedData.parse(MAIL.replace(",\"wallet\":\"0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB\"", "")));
        assertTrue(e.getMessage().contains("message.to.wallet is missing (type address)"), e.getMessage());
    }

    @Test
    void parse_badAddressOrNumber_errorNamesFieldAndShape() {
        InvalidInputException address = assertThrows(InvalidInputException.class, () -> TypedData.parse(MAIL.replace("0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826", "0xCD2a")));
        assertTrue(address.getMessage().contains("message.from.wallet is not a valid address"), address.getMessage());
        InvalidInputException chain = assertThrows(InvalidInputException.class, () -> TypedData.parse(MAIL.replace("\"chainId\":1", "\"chainId\":\"one\"")));
        assertTrue(chain.getMessage().contains("domain.chainId is not a valid uint256"), chain.getMessage());
    }

    @Test
    void fields_lowerCaseAddressInRequest_shownInEip55Form() {
        List<TypedDataField> f = TypedData.parse(MAIL.replace("0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826", "0xcd2a3d9f938e13cd947ec05abc7fe734df8dd826")).fields();
        assertEquals("0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826", f.get(6).value());
    }
}
