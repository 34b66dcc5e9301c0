package net.utilitynet.devnet.modules;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;
import net.utilitynet.devnet.DevnetFixture;
import net.utilitynet.protocol.attestation.AttestationMessages;
import net.utilitynet.protocol.modules.PociRegistryAbi;
import net.utilitynet.protocol.vrf.EcVrfP256;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/** A miner with one simulated chip, as the miner module drives it: key generated locally, certificate from the devnet. */
final class SimulatedMiner {
    static final String MODEL = "Simulated chip";
    final DevnetFixture net;
    final int accountIndex;
    final String owner;
    final String payout;
    final byte[] vrfSecret;
    final byte[] chipId;
    final List<byte[]> certChain = new ArrayList<>();
    private final KeyPair chipKey;

    SimulatedMiner(DevnetFixture net, int accountIndex, String payout) throws Exception {
        this.net = net;
        this.accountIndex = accountIndex;
        this.owner = DevnetFixture.address(accountIndex);
        this.payout = payout;
        this.vrfSecret = Hash.sha3(("vrf key of account " + accountIndex).getBytes());
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        chipKey = g.generateKeyPair();
        ECPublicKey pub = (ECPublicKey) chipKey.getPublic();
        byte[] sec1 = new byte[65];
        sec1[0] = 4;
        System.arraycopy(Numeric.toBytesPadded(pub.getW().getAffineX(), 32), 0, sec1, 1, 32);
        System.arraycopy(Numeric.toBytesPadded(pub.getW().getAffineY(), 32), 0, sec1, 33, 32);
        JsonNode issued = net.rpc.result("unc_devIssueSimulatedChip", Numeric.toHexString(sec1), MODEL);
        chipId = Numeric.hexStringToByteArray(issued.get("chipId").asText());
        issued.get("certChain").forEach(c -> certChain.add(Numeric.hexStringToByteArray(c.asText())));
    }

    byte[] vrfPublicKey() {
        return EcVrfP256.publicKey(vrfSecret);
    }

    byte[] sign(byte[] message) throws Exception {
        Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
        s.initSign(chipKey.getPrivate());
        s.update(message);
        return s.sign();
    }

    byte[] registerCalldata(byte[] checkpointHash, String model) throws Exception {
        byte[] message = AttestationMessages.register(DevnetFixture.CHAIN_ID, chipId, Numeric.hexStringToByteArray(owner), vrfPublicKey(),
                Numeric.hexStringToByteArray(payout), checkpointHash);
        List<DynamicBytes> chain = new ArrayList<>();
        certChain.forEach(c -> chain.add(new DynamicBytes(c)));
        return PociRegistryAbi.REGISTER_CHIP.encode(new Bytes32(chipId), new Utf8String("Simulated"), new Utf8String(model),
                new DynamicArray<>(DynamicBytes.class, chain), new DynamicBytes(sign(message)), new DynamicBytes(vrfPublicKey()),
                new org.web3j.abi.datatypes.Address(payout));
    }

    byte[] heartbeatCalldata(long epoch, byte[] checkpointHash) throws Exception {
        byte[] message = AttestationMessages.heartbeat(DevnetFixture.CHAIN_ID, chipId, epoch, checkpointHash);
        return PociRegistryAbi.HEARTBEAT.encode(new Bytes32(chipId), new Uint64(epoch), new DynamicBytes(sign(message)));
    }

    byte[] blockHash(long n) {
        return Numeric.hexStringToByteArray(net.block(n, false).get("hash").asText());
    }

    /** Registers the chip naming the latest checkpoint; returns the receipt. */
    JsonNode register(long nonce) throws Exception {
        long epoch = net.devnet.headNumber() / net.epochLength();
        return net.sendAndMine(DevnetFixture.call(accountIndex, nonce, net.registry(), registerCalldata(blockHash(epoch * net.epochLength()), MODEL),
                600_000));
    }
}
