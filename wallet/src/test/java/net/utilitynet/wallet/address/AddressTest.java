package net.utilitynet.wallet.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.utilitynet.wallet.InvalidInputException;
import org.junit.jupiter.api.Test;

class AddressTest {
    // EIP-55 examples from the EIP text
    static final String[] EIP55 = {"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"};

    @Test
    void parse_eip55Examples_roundTripChecksummed() {
        for (String s : EIP55) {
            assertEquals(s, Address.parse(s, "to").checksummed());
        }
    }

    @Test
    void parse_allLowerOrAllUpper_acceptedAsUnchecksummed() {
        assertEquals(EIP55[0], Address.parse(EIP55[0].toLowerCase(), "to").checksummed());
        assertEquals(EIP55[0], Address.parse("0x" + EIP55[0].substring(2).toUpperCase(), "to").checksummed());
    }

    @Test
    void parse_mixedCaseWrongChecksum_errorNamesFieldAndFix() {
        String bad = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Address.parse(bad, "to"));
        assertEquals("to", e.field());
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
        assertTrue(e.getMessage().contains("copy it again"), e.getMessage());
    }

    @Test
    void parse_wrongLengthOrNoPrefix_rejected() {
        assertThrows(InvalidInputException.class, () -> Address.parse("0x1234", "to"));
        assertThrows(InvalidInputException.class, () -> Address.parse(EIP55[0].substring(2), "to"));
        assertThrows(InvalidInputException.class, () -> Address.parse("0x" + "g".repeat(40), "to"));
        assertThrows(InvalidInputException.class, () -> Address.parse(" ", "to"));
    }

    @Test
    void recipientCheck_poisonedLookAlike_flaggedAndFirstTime() {
        Address known = Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "a");
        Address poison = Address.parse("0xf39f000000000000000000000000000000002266", "to");
        RecipientCheck c = RecipientCheck.of(poison, List.of(known));
        assertTrue(c.firstTime());
        assertEquals(List.of(known), c.lookAlikes());
        assertTrue(c.hasWarnings());
    }

    @Test
    void recipientCheck_knownAddress_noWarnings() {
        Address known = Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "a");
        RecipientCheck c = RecipientCheck.of(known, List.of(known));
        assertFalse(c.hasWarnings());
    }

    @Test
    void recipientCheck_sameEndsOnlyAtStart_notLookAlike() {
        Address known = Address.parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "a");
        Address other = Address.parse("0xf39f000000000000000000000000000000002267", "to");
        assertTrue(RecipientCheck.of(other, List.of(known)).lookAlikes().isEmpty());
    }
}
