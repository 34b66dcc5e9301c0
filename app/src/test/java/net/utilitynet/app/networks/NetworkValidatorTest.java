package net.utilitynet.app.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.utilitynet.app.i18n.Bundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkValidatorTest {

    static final String HASH = "0x" + "ab".repeat(32);
    private final NetworkValidator validator = new NetworkValidator();

    static NetworkDraft valid() {
        return new NetworkDraft("Team testnet", "1337", List.of("https://rpc.example.org"), "0", HASH);
    }

    private List<FieldError> errors(NetworkDraft draft) {
        return validator.validate(draft, List.of(NetworkDefinition.EMBEDDED_DEVNET));
    }

    @Test
    void validate_completeDraft_hasNoErrors() {
        assertEquals(List.of(), errors(valid()));
    }

    @Test
    void validate_emptyDraft_reportsEveryFieldWithAFix() {
        List<FieldError> errors = errors(new NetworkDraft("", "", List.of(), "", ""));
        assertEquals(List.of(NetworkField.NAME, NetworkField.CHAIN_ID, NetworkField.RPC_URLS,
                NetworkField.CHECKPOINT_NUMBER, NetworkField.CHECKPOINT_HASH), errors.stream().map(FieldError::field).toList());
        assertEquals("RPC URLs: enter at least one http:// or https:// address, e.g. https://rpc.example.org.",
                Bundles.english(errors.get(2).messageKey(), errors.get(2).arguments().toArray()));
    }

    @Test
    void validate_emptyChainIdAndCheckpoint_askForTheValueInsteadOfQuotingBlank() {
        List<FieldError> errors = errors(new NetworkDraft("X", " ", List.of("http://a"), "", HASH));
        assertEquals(List.of("error.network.chainId.required", "error.network.checkpointNumber.required"),
                errors.stream().map(FieldError::messageKey).toList());
        assertEquals("Checkpoint block: enter the number of the trusted checkpoint block (0 for genesis).",
                Bundles.english(errors.get(1).messageKey()));
    }

    @Test
    void validate_nameOfExistingNetworkInOtherCase_isDuplicate() {
        NetworkDraft draft = new NetworkDraft("LOCAL DEVNET (EMBEDDED)", "1", List.of("http://localhost:8545"), "0", HASH);
        FieldError error = errors(draft).get(0);
        assertEquals("error.network.name.duplicate", error.messageKey());
    }

    @Test
    void validate_tooLongName_isRefused() {
        NetworkDraft draft = new NetworkDraft("n".repeat(65), "1", List.of("http://localhost:8545"), "0", HASH);
        assertEquals("error.network.name.tooLong", errors(draft).get(0).messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "1.5", "4503599627370477", "99999999999999999999999"})
    void validate_badChainId_namesChainIdField(String chainId) {
        NetworkDraft draft = new NetworkDraft("X", chainId, List.of("http://localhost:8545"), "0", HASH);
        List<FieldError> errors = errors(draft);
        assertEquals(1, errors.size());
        assertEquals(NetworkField.CHAIN_ID, errors.get(0).field());
        assertTrue(Bundles.english(errors.get(0).messageKey(), errors.get(0).arguments().toArray()).startsWith("Chain ID: "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "21844", "4503599627370476"})
    void validate_chainIdInRange_isAccepted(String chainId) {
        assertEquals(List.of(), errors(new NetworkDraft("X", chainId, List.of("http://localhost:8545"), "0", HASH)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://rpc.example.org", "rpc.example.org", "https://", "http:///path", "ws://node:8546", "https://bad host"})
    void validate_nonHttpUrl_namesItsPositionAndValue(String url) {
        NetworkDraft draft = new NetworkDraft("X", "1", List.of("https://ok.example.org", url), "0", HASH);
        List<FieldError> errors = errors(draft);
        assertEquals(1, errors.size());
        assertEquals(List.of(2, url), errors.get(0).arguments());
        assertEquals("RPC URL 2 (\u201c" + url + "\u201d): use an http:// or https:// address with a host, e.g. https://rpc.example.org:8545.",
                Bundles.english(errors.get(0).messageKey(), errors.get(0).arguments().toArray()));
    }

    @Test
    void validate_severalHttpAndHttpsUrls_areAccepted() {
        NetworkDraft draft = new NetworkDraft("X", "1", List.of(" http://10.0.0.2:8545 ", "", "HTTPS://rpc.example.org/v1?key=1"), "7", HASH);
        assertEquals(List.of(), errors(draft));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "x", "9223372036854775808"})
    void validate_badCheckpointNumber_isRefused(String number) {
        assertEquals(NetworkField.CHECKPOINT_NUMBER,
                errors(new NetworkDraft("X", "1", List.of("http://a"), number, HASH)).get(0).field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "0xab", "0xgggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggg",
        "abababababababababababababababababababababababababababababababab",
        "0xababababababababababababababababababababababababababababababababab"})
    void validate_badCheckpointHash_isRefused(String hash) {
        assertEquals(NetworkField.CHECKPOINT_HASH,
                errors(new NetworkDraft("X", "1", List.of("http://a"), "0", hash)).get(0).field());
    }

    @Test
    void toDefinition_validDraft_trimsAndLowercasesHash() {
        NetworkDraft draft = new NetworkDraft("  Team  ", " 1337 ", List.of(" https://a.example ", " "), " 12 ",
                "0x" + "AB".repeat(32));
        NetworkDefinition definition = validator.toDefinition("team", draft);
        assertEquals(new NetworkDefinition("team", "Team", 1337, List.of("https://a.example"), 12, HASH, false), definition);
    }
}
