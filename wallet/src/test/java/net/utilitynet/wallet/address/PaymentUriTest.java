package net.utilitynet.wallet.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalLong;

import net.utilitynet.wallet.InvalidInputException;
import net.utilitynet.wallet.amount.UncAmount;
import org.junit.jupiter.api.Test;

class PaymentUriTest {
    private static final String ADDR = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

    private static String error(String link) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PaymentUri.parse(link));
        assertEquals("link", e.field());
        return e.getMessage();
    }

    @Test
    void parse_utilitynetLinkWithChainAndExponentValue_readsAll() {
        PaymentUri.Request r = PaymentUri.parse("utilitynet:" + ADDR + "@21844?value=1.5e18");
        assertEquals(Address.parse(ADDR, "to"), r.to());
        assertEquals(OptionalLong.of(21844), r.chainId());
        assertEquals(Optional.of(UncAmount.ofWei(new BigInteger("1500000000000000000"))), r.amount());
    }

    @Test
    void parse_whatTheReceiveScreenWrites_roundTrips() {
        Address to = Address.parse(ADDR, "to");
        UncAmount amount = UncAmount.parse("0.000001", "amount");
        PaymentUri.Request r = PaymentUri.parse(PaymentUri.of(to, 21844, Optional.of(amount)));
        assertEquals(new PaymentUri.Request(to, OptionalLong.of(21844), Optional.of(amount)), r);
    }

    @Test
    void parse_bareAddressPayPrefixUpperSchemeAndSlashes_accepted() {
        PaymentUri.Request bare = PaymentUri.parse("  UtilityNet:" + ADDR.toLowerCase() + "  ");
        assertEquals(ADDR, bare.to().checksummed());
        assertTrue(bare.chainId().isEmpty());
        assertTrue(bare.amount().isEmpty());
        assertEquals(ADDR, PaymentUri.parse("ethereum:pay-" + ADDR + "@1").to().checksummed());
        assertEquals(OptionalLong.of(7), PaymentUri.parse("utilitynet://" + ADDR + "@7/").chainId());
    }

    @Test
    void parse_gasHints_ignoredAndValueStillRead() {
        PaymentUri.Request r = PaymentUri.parse("utilitynet:" + ADDR + "?gas=21000&value=2e18&gasPrice=1e9");
        assertEquals(Optional.of(UncAmount.ofUnc(2)), r.amount());
    }

    @Test
    void parse_badLinks_nameTheProblem() {
        assertTrue(error("").contains("empty"));
        assertTrue(error("https://example.com/" + ADDR).contains("only utilitynet: and ethereum:"));
        assertTrue(error("utilitynet:").contains("recipient address is missing"));
        assertTrue(error("utilitynet:alice.eth").contains("not a 0x address"));
        assertTrue(error("utilitynet:0x1234").contains("not a valid address"));
        // one character's case flipped: the EIP-55 checksum catches the typo
        assertTrue(error("utilitynet:" + ADDR.replace("f39F", "f39f")).contains("checksum"));
        assertTrue(error("utilitynet:" + ADDR + "@main").contains("chain id after @"));
        assertTrue(error("utilitynet:" + ADDR + "@0").contains("chain id after @"));
        assertTrue(error("ethereum:" + ADDR + "/transfer?address=" + ADDR + "&uint256=1").contains("function 'transfer'"));
        assertTrue(error("utilitynet:" + ADDR + "?data=0xdeadbeef").contains("'data' is not supported"));
        assertTrue(error("utilitynet:" + ADDR + "?value").contains("not key=value"));
        assertTrue(error("utilitynet:" + ADDR + "?value=1&value=2").contains("twice"));
        assertTrue(error("utilitynet:" + ADDR + "?value=-1").contains("amount in wei"));
        assertTrue(error("utilitynet:" + ADDR + "?value=1.5").contains("must come out whole"));
        assertTrue(error("utilitynet:" + ADDR + "?value=1e9999").contains("more than 3 digits"));
        assertTrue(error("utilitynet:" + ADDR + "?value=1e100").contains("larger than any amount"));
        assertTrue(error("utilitynet:" + ADDR + "?value=" + "1".repeat(3000)).contains("at most 2048"));
    }

    @Test
    void parse_controlCharactersInLink_notEchoedRaw() {
        String message = error("utilitynet:" + ADDR + "?\u001b[31mred=1");
        assertFalse(message.contains("\u001b"), message);
    }

    @Test
    void looksLikeLink_schemePrefixOnly() {
        assertTrue(PaymentUri.looksLikeLink("utilitynet:0x12"));
        assertTrue(PaymentUri.looksLikeLink("mailto:someone"));
        assertFalse(PaymentUri.looksLikeLink("walet"));
        assertFalse(PaymentUri.looksLikeLink("0xabc"));
        assertFalse(PaymentUri.looksLikeLink(null));
    }
}
