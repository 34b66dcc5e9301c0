package net.utilitynet.protocol.chain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.utilitynet.protocol.poci.ElectionFactor;
import net.utilitynet.protocol.poci.RewardSchedule;

/**
 * Everything that defines a UtilityNet chain, read from its genesis JSON (format in docs/protocol.md):
 * chain id, epoch length, block period, genesis validators and balances, reward schedule, election factor,
 * vendor root certificates, the chip-model rating table, gas parameters and the genesis block's own fields.
 */
public record ChainParams(
        long chainId,
        long epochLength,
        long blockPeriodSeconds,
        List<byte[]> validators,
        List<Allocation> allocations,
        RewardSchedule rewardSchedule,
        ElectionFactor electionFactor,
        List<VendorRoot> vendorRoots,
        Map<String, Long> chipRatings,
        long gasLimit,
        BigInteger initialBaseFee,
        long genesisTimestamp,
        byte[] genesisMixHash,
        boolean devnetFeatures) {

    /** Classpath location of the bundled devnet genesis. */
    public static final String DEVNET_RESOURCE = "/net/utilitynet/protocol/chain/devnet-genesis.json";

    public ChainParams {
        validators = copies(validators);
        allocations = List.copyOf(allocations);
        vendorRoots = List.copyOf(vendorRoots);
        chipRatings = Map.copyOf(chipRatings);
        genesisMixHash = genesisMixHash.clone();
    }

    /** The bundled devnet: chain id 21844, 30-block epochs, 2-second blocks, dev-mnemonic accounts. */
    public static ChainParams devnet() {
        try (InputStream in = ChainParams.class.getResourceAsStream(DEVNET_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + DEVNET_RESOURCE + " is missing from the jar");
            }
            return fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses and validates a genesis JSON document; errors name the JSON path of the bad field. */
    public static ChainParams fromJson(InputStream json) {
        return ChainParamsJson.parse(json);
    }

    public static ChainParams fromJson(String json) {
        return ChainParamsJson.parse(json);
    }

    /** The validator set of epoch 0 as copies. */
    @Override
    public List<byte[]> validators() {
        return copies(validators);
    }

    @Override
    public byte[] genesisMixHash() {
        return genesisMixHash.clone();
    }

    /** The rating of a chip model, if the model is in the table. */
    public Optional<Long> ratingOf(String model) {
        return Optional.ofNullable(chipRatings.get(model));
    }

    /** The root pinned for {@code vendor} (the registerChip vendor, e.g. "NVIDIA", "Simulated"), if any. */
    public Optional<VendorRoot> vendorRootFor(String vendor) {
        return vendorRoots.stream().filter(v -> v.vendor().equals(vendor)).findFirst();
    }

    /** The root with this display name (e.g. "NVIDIA Device Identity CA", {@link DevnetVendorRoot#NAME}), if any. */
    public Optional<VendorRoot> vendorRoot(String name) {
        return vendorRoots.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    private static List<byte[]> copies(List<byte[]> values) {
        List<byte[]> out = new ArrayList<>(values.size());
        values.forEach(v -> out.add(v.clone()));
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "ChainParams[chainId=" + chainId + ", epochLength=" + epochLength + ", validators=" + validators.size()
                + ", allocations=" + allocations.size() + ", vendorRoots=" + vendorRoots.size() + "]";
    }
}
