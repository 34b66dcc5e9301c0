package net.utilitynet.devnet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.utilitynet.devnet.chain.BlockScheduler;
import net.utilitynet.devnet.chain.InclusionWatcher;
import net.utilitynet.devnet.execution.Transaction;
import net.utilitynet.devnet.execution.TxRejectedException;
import net.utilitynet.devnet.modules.DevFaucet;
import net.utilitynet.devnet.state.Address;
import net.utilitynet.protocol.ProtocolException;
import net.utilitynet.protocol.attestation.SimulatedChipIssuer;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.protocol.chain.DevnetVendorRoot;
import net.utilitynet.protocol.header.BlockHeader;
import org.web3j.crypto.Hash;

/** Devnet-only conveniences: mining on demand, the faucet, simulated chips. Never registered on other networks. */
public final class DevApi {
    private static final long WAIT_SECONDS = 60;

    private final BlockScheduler scheduler;
    private final DevFaucet faucet;
    private final InclusionWatcher inclusion;
    private final ChainParams params;

    public DevApi(BlockScheduler scheduler, DevFaucet faucet, InclusionWatcher inclusion, ChainParams params) {
        this.scheduler = scheduler;
        this.faucet = faucet;
        this.inclusion = inclusion;
        this.params = params;
    }

    public void register(RpcDispatcher d) {
        d.register("evm_mine", p -> {
            mine();
            return TextNode.valueOf("0x0"); // Anvil/Hardhat answer
        });
        d.register("unc_devMine", p -> {
            BlockHeader h = mine();
            ObjectNode o = Json.object();
            o.set("number", Json.quantity(h.number()));
            o.set("hash", Json.data(h.hash()));
            return o;
        });
        d.register("unc_devFaucet", this::faucet);
        d.register("unc_devIssueSimulatedChip", this::issueChip);
    }

    private BlockHeader mine() {
        return await(scheduler.mineNow(), "mining a block");
    }

    private JsonNode faucet(RpcParams p) {
        Address to = Address.of(p.address(0, "address"));
        BigInteger amount = p.quantity(1, "amountWei");
        if (amount.signum() == 0 || amount.compareTo(DevFaucet.MAX_PER_CALL) > 0) {
            throw p.invalid(1, "amountWei", "must be between 1 wei and 1000 UNC (0x3635c9adc5dea00000), got " + amount);
        }
        Transaction tx;
        try {
            tx = faucet.send(to, amount);
        } catch (TxRejectedException e) {
            throw RpcException.rejected("faucet transaction rejected: " + e.getMessage());
        }
        CompletableFuture<Long> included = inclusion.await(tx.hash());
        if (scheduler.isOnDemand()) {
            mine();
        }
        await(included, "waiting for the faucet transaction to be included");
        return Json.data(tx.hash());
    }

    private JsonNode issueChip(RpcParams p) {
        byte[] key = p.data(0, "publicKey");
        String model = p.string(1, "model");
        if (params.ratingOf(model).isEmpty()) {
            throw p.invalid(1, "model", "must be a chip model of the genesis rating table, e.g. \"Simulated chip\"; got \"" + model + "\"");
        }
        X509Certificate leaf;
        try {
            leaf = DevnetVendorRoot.issueChipCertificate(p256(key, p), model);
        } catch (ProtocolException e) {
            throw p.invalid(1, "model", e.getMessage());
        }
        try {
            byte[] der = leaf.getEncoded();
            ObjectNode o = Json.object();
            o.set("chipId", Json.data(Hash.sha3(der)));
            ArrayNode chain = o.putArray("certChain");
            chain.add(Json.data(der));
            chain.add(Json.data(DevnetVendorRoot.certificate().getEncoded()));
            return o;
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode a certificate", e);
        }
    }

    private static PublicKey p256(byte[] key, RpcParams p) {
        if (key.length != 33 && key.length != 65) {
            throw p.invalid(0, "publicKey", "must be a P-256 public key, 33 bytes compressed or 65 bytes uncompressed; got "
                    + key.length + " bytes");
        }
        try {
            return SimulatedChipIssuer.decodeP256(key);
        } catch (IllegalArgumentException e) {
            throw p.invalid(0, "publicKey", e.getMessage());
        }
    }

    private static <T> T await(CompletableFuture<T> f, String what) {
        try {
            return f.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RpcException.rejected("interrupted while " + what);
        } catch (TimeoutException e) {
            throw RpcException.rejected("timed out after " + WAIT_SECONDS + " s " + what);
        } catch (ExecutionException e) {
            throw RpcException.rejected(what + " failed: " + e.getCause().getMessage());
        }
    }
}
