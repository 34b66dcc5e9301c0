package net.utilitynet.protocol.attestation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON evidence bundles NVIDIA's SDKs test with: 8 H100s and 4 NVSwitches of one PPCIe system, plus one NVAT entry. */
class NvidiaEvidenceBundlesTest {
    private final NvidiaEvidenceVerifier verifier = new NvidiaEvidenceVerifier();

    @Test
    void verify_eightPpcieH100s_allAcceptedWithEightDistinctChipIds() throws Exception {
        List<VerifiedChip> chips = verifyAll("nvtrust-ppcie-gpu_evidence.json");

        assertEquals(8, chips.size());
        Set<String> ids = new HashSet<>();
        chips.forEach(c -> ids.add(c.chipIdHex()));
        assertEquals(8, ids.size());
        assertEquals("driver 590.12, VBIOS 96.00.A5.00.01", chips.get(0).firmware());
    }

    @Test
    void verify_fourPpcieNvSwitches_allAccepted() throws Exception {
        List<VerifiedChip> chips = verifyAll("nvtrust-ppcie-switch_evidence.json");

        assertEquals(4, chips.size());
        assertEquals("LS_10 A01 FSP BROM", chips.get(0).hardwareModel());
    }

    @Test
    void verify_nvatEvidenceOfFirstPpcieGpu_givesTheSameChipIdUnderAnotherNonce() throws Exception {
        VerifiedChip nvat = verifyAll("nvat-serialized-hopper_evidence.json").get(0);
        VerifiedChip ppcie = verifyAll("nvtrust-ppcie-gpu_evidence.json").get(0);

        assertArrayEquals(ppcie.chipId(), nvat.chipId());
    }

    private List<VerifiedChip> verifyAll(String file) throws IOException, AttestationException {
        List<VerifiedChip> out = new ArrayList<>();
        for (JsonNode e : read(file)) {
            String pem = new String(Base64.getDecoder().decode(e.get("certificate").asText()), StandardCharsets.US_ASCII);
            byte[] report = Base64.getDecoder().decode(e.get("evidence").asText());
            byte[] nonce = Numeric.hexStringToByteArray(e.get("nonce").asText());
            out.add(verifier.verify(CertificateChains.pemToDer(pem), report, nonce));
        }
        return out;
    }

    private static JsonNode read(String file) throws IOException {
        try (InputStream in = NvidiaEvidenceBundlesTest.class.getResourceAsStream("nvidia/" + file)) {
            if (in == null) {
                throw new IllegalStateException("test resource nvidia/" + file + " is missing");
            }
            return new ObjectMapper().readTree(in);
        }
    }
}
