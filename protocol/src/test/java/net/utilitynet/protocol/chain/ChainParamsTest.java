package net.utilitynet.protocol.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import net.utilitynet.protocol.attestation.NvidiaEvidenceVerifier;
import net.utilitynet.protocol.attestation.SimulatedChipVerifier;
import net.utilitynet.protocol.crypto.Secp256k1;
import net.utilitynet.protocol.poci.ElectionFactor;
import net.utilitynet.protocol.poci.RewardSchedule;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

class ChainParamsTest {
    /** m/44'/60'/0'/0/0..9 of the dev mnemonic, as Hardhat and Anvil print them. */
    private static final List<String> DEV_ADDRESSES = List.of(
            "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
            "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", "0x90F79bf6EB2c4f870365E785982E1f101E93b906",
            "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65", "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc",
            "0x976EA74026E726554dB657fA54763abd0C3a0aa9", "0x14dC79964da2C08b23698B3D3cc7Ca32193d9955",
            "0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f", "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720");
    private static final String VALIDATOR = "0x8C3229EC621644789d7F61FAa82c6d0E5F97d43D";

    @Test
    void devnet_bundledGenesis_hasDesignDefaults() {
        ChainParams p = ChainParams.devnet();
        assertEquals(21844, p.chainId());
        assertEquals(30, p.epochLength());
        assertEquals(2, p.blockPeriodSeconds());
        assertTrue(p.devnetFeatures());
        assertEquals(RewardSchedule.DEVNET, p.rewardSchedule());
        assertEquals(ElectionFactor.DEVNET_DEFAULT, p.electionFactor());
        assertEquals(10, p.allocations().size());
        for (int i = 0; i < 10; i++) {
            assertEquals(DEV_ADDRESSES.get(i).toLowerCase(), Numeric.toHexString(p.allocations().get(i).address()));
            assertEquals(RewardSchedule.unc(10_000), p.allocations().get(i).balanceWei());
        }
        assertEquals(1, p.validators().size());
        assertEquals(VALIDATOR.toLowerCase(), Numeric.toHexString(p.validators().get(0)));
        assertEquals(30_000_000, p.gasLimit());
        assertEquals(989L, p.ratingOf("NVIDIA H100 SXM5").orElseThrow());
        assertTrue(p.ratingOf("Simulated chip").isPresent());
    }

    @Test
    void devAccounts_derivedFromMnemonic_matchGenesisAddresses() {
        for (int i = 0; i < DevnetAccounts.FUNDED_ACCOUNTS; i++) {
            assertEquals(DEV_ADDRESSES.get(i).toLowerCase(), Numeric.toHexString(Secp256k1.address(DevnetAccounts.privateKey(i))));
        }
        assertEquals(VALIDATOR.toLowerCase(), Numeric.toHexString(Secp256k1.address(DevnetAccounts.validatorKey())));
        assertEquals("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
                Numeric.toHexString(DevnetAccounts.privateKey(0)));
    }

    @Test
    void devnet_nvidiaRoot_isPinnedDeviceIdentityCa() throws Exception {
        VendorRoot nv = ChainParams.devnet().vendorRootFor(NvidiaEvidenceVerifier.VENDOR).orElseThrow();
        byte[] fingerprint = MessageDigest.getInstance("SHA-256").digest(nv.certificateDer());
        assertEquals("102bf659d5419614c9d8e6aecebc80454eb26b1df6a769ac720b9a690b167b48", HexFormat.of().formatHex(fingerprint));
        assertEquals("O=NVIDIA,CN=NVIDIA Device Identity CA", nv.certificate().getSubjectX500Principal().getName());
    }

    @Test
    void devnet_simulatedChipRoot_isTheDeterministicDevnetRoot() throws Exception {
        VendorRoot root = ChainParams.devnet().vendorRootFor(SimulatedChipVerifier.VENDOR).orElseThrow();
        assertArrayEquals(DevnetVendorRoot.certificate().getEncoded(), root.certificateDer());
        assertEquals(root, ChainParams.devnet().vendorRoot(DevnetVendorRoot.NAME).orElseThrow());
    }

    private static ObjectNode devnetJson() throws Exception {
        try (InputStream in = ChainParams.class.getResourceAsStream(ChainParams.DEVNET_RESOURCE)) {
            return (ObjectNode) new ObjectMapper().readTree(in);
        }
    }

    private static String failure(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode json = devnetJson();
        edit.accept(json);
        return assertThrows(ChainParamsException.class, () -> ChainParams.fromJson(json.toString())).getMessage();
    }

    @Test
    void fromJson_badChecksum_namesValidatorAndFix() throws Exception {
        String m = failure(j -> j.putArray("validators").add("0x8c3229EC621644789d7F61FAa82c6d0E5F97d43D"));
        assertTrue(m.startsWith("validators[0]: EIP-55 checksum mismatch; expected " + VALIDATOR), m);
    }

    @Test
    void fromJson_unknownField_namesIt() throws Exception {
        String m = failure(j -> j.put("epochLenght", 30));
        assertTrue(m.startsWith("epochLenght: unknown field"), m);
    }

    @Test
    void fromJson_missingChainId_saysMissing() throws Exception {
        assertEquals("chainId: missing", failure(j -> j.remove("chainId")));
    }

    @Test
    void fromJson_weiAsJsonNumber_asksForDecimalString() throws Exception {
        String m = failure(j -> j.with("gas").put("initialBaseFeeWei", 1_000_000_000L));
        assertTrue(m.startsWith("gas.initialBaseFeeWei: expected a string"), m);
    }

    @Test
    void fromJson_zeroRating_namesModel() throws Exception {
        String m = failure(j -> j.with("chipRatings").put("NVIDIA B200", 0));
        assertEquals("chipRatings.NVIDIA B200: rating must be a positive integer", m);
    }

    @Test
    void fromJson_garbageCertificate_namesVendorRoot() throws Exception {
        String m = failure(j -> ((ObjectNode) j.withArray("vendorRoots").get(0)).put("certificateDer", "0x3082"));
        assertTrue(m.startsWith("vendorRoots[0]: vendor root 'NVIDIA Device Identity CA': not a DER X.509 certificate"), m);
    }

    @Test
    void fromJson_twoRootsForOneVendor_rejected() throws Exception {
        String m = failure(j -> ((ObjectNode) j.withArray("vendorRoots").get(1)).put("vendor", "NVIDIA"));
        assertTrue(m.startsWith("vendorRoots[1].vendor: 'NVIDIA' is used twice"), m);
    }

    @Test
    void fromJson_stagesOutOfOrder_namesRewardSchedule() throws Exception {
        String m = failure(j -> j.with("rewardSchedule").put("n1", 5));
        assertTrue(m.startsWith("rewardSchedule: "), m);
    }

    @Test
    void fromJson_duplicateAllocation_rejected() throws Exception {
        String m = failure(j -> j.with("alloc").put("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", "1"));
        assertTrue(m.contains("appears twice"), m);
    }

    @Test
    void fromJson_shortMixHash_namesField() throws Exception {
        String m = failure(j -> j.with("genesis").put("mixHash", "0x00"));
        assertTrue(m.startsWith("genesis.mixHash: expected 32 bytes"), m);
    }

    @Test
    void fromJson_notJson_saysSo() {
        assertTrue(assertThrows(ChainParamsException.class, () -> ChainParams.fromJson("{chainId:")).getMessage()
                .startsWith("genesis: not valid JSON"));
    }
}
