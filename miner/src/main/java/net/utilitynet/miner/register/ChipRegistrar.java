package net.utilitynet.miner.register;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.utilitynet.lightclient.state.Verified;
import net.utilitynet.miner.attest.AttestationFailedException;
import net.utilitynet.miner.attest.AttestationProvider;
import net.utilitynet.miner.attest.Evidence;
import net.utilitynet.miner.chain.MinerChain;
import net.utilitynet.miner.chain.ModuleCallSender;
import net.utilitynet.miner.detect.Chip;
import net.utilitynet.miner.keys.VrfKeyStore;
import net.utilitynet.miner.store.ChipBook;
import net.utilitynet.miner.store.RegisteredChip;
import net.utilitynet.protocol.attestation.AttestationMessages;
import net.utilitynet.protocol.modules.ChipRecord;
import net.utilitynet.protocol.modules.PociRegistryAbi;
import net.utilitynet.protocol.modules.SystemModules;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.outbox.OutboxEntry;
import net.utilitynet.wallet.outbox.OutboxState;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.utils.Numeric;

/**
 * "Attest &amp; register": builds the register message over the latest verified checkpoint, has the chip's
 * attestation provider sign it (evidence verified locally first), and sends {@code registerChip} as a signed
 * EIP-1559 transaction through the wallet's outbox. The state moves pending → registered only when the registry's
 * record is proven against a verified state root.
 */
public final class ChipRegistrar {
    /** Gas for registerChip: the registry charges 200,000 plus calldata (certificate chains of a few KB). */
    public static final long REGISTER_GAS_LIMIT = 600_000;

    private final MinerChain chain;
    private final ModuleCallSender sender;
    private final ChipBook book;
    private final VrfKeyStore vrf;

    public ChipRegistrar(MinerChain chain, ModuleCallSender sender, ChipBook book, VrfKeyStore vrf) {
        this.chain = chain;
        this.sender = sender;
        this.book = book;
        this.vrf = vrf;
    }

    /**
     * Attests {@code chip} and sends its registration from {@code owner} (the miner account, which must be in the
     * unlocked wallet) with rewards going to {@code payout}. Blocking.
     */
    public RegisteredChip register(Chip chip, AttestationProvider provider, Address owner, Address payout)
            throws AttestationFailedException {
        if (!provider.available(chip)) {
            throw new AttestationFailedException(provider.unavailableReason(chip));
        }
        byte[] chipId = provider.chipId(chip);
        long head = chain.verifiedHead().number();
        byte[] checkpointHash = chain.checkpointHash(head / chain.epochLength());
        byte[] vrfPubKey = vrf.publicKey();
        byte[] message = AttestationMessages.register(chain.chainId(), chipId, owner.bytes(), vrfPubKey, payout.bytes(), checkpointHash);
        Evidence evidence = provider.attest(chip, message);
        if (!Arrays.equals(evidence.chipId(), chipId)) {
            throw new AttestationFailedException("The evidence is for chip " + Numeric.toHexString(evidence.chipId())
                    + ", not " + Numeric.toHexString(chipId) + "; detect chips again and retry.");
        }
        List<DynamicBytes> certs = new ArrayList<>();
        evidence.certChain().forEach(c -> certs.add(new DynamicBytes(c)));
        byte[] calldata = PociRegistryAbi.REGISTER_CHIP.encode(new Bytes32(chipId), new Utf8String(evidence.vendor()),
                new Utf8String(evidence.model()), new DynamicArray<>(DynamicBytes.class, certs), new DynamicBytes(evidence.evidence()),
                new DynamicBytes(vrfPubKey), new org.web3j.abi.datatypes.Address(payout.lower()));
        OutboxEntry tx = sender.send(owner, SystemModules.pociRegistry(), calldata, REGISTER_GAS_LIMIT);
        RegisteredChip registered = new RegisteredChip(Numeric.toHexString(chipId), chip.uuid().orElse(chip.label()),
                evidence.vendor(), evidence.model(), owner, payout, tx.hash());
        book.put(registered);
        return registered;
    }

    /** The chip's registration state: the verified registry record first, then the outbox. Blocking. */
    public RegistrationStatus status(RegisteredChip chip) {
        Verified<Optional<ChipRecord>> record = chain.verifiedChip(Numeric.hexStringToByteArray(chip.chipId()));
        Optional<ChipRecord> r = record.value();
        if (r.isPresent() && r.get().active() && Arrays.equals(r.get().owner(), chip.owner().bytes())) {
            return new RegistrationStatus(chip, RegistrationState.REGISTERED, RegistrationStatus.Cause.REGISTERED, "Registered: rating " + r.get().rating()
                    + ", proven at block " + record.blockNumber() + ".", r, record.blockNumber());
        }
        if (r.isPresent() && !Arrays.equals(r.get().owner(), chip.owner().bytes())) {
            return new RegistrationStatus(chip, RegistrationState.FAILED, RegistrationStatus.Cause.OTHER_OWNER, "The chip is registered to another account ("
                    + Numeric.toHexString(r.get().owner()) + "); it can only be mined by that account.", r, record.blockNumber());
        }
        Optional<OutboxEntry> tx = sender.entry(chip.registerTx());
        OutboxState s = tx.map(OutboxEntry::state).orElse(OutboxState.PENDING);
        return switch (s) {
            case FAILED -> new RegistrationStatus(chip, RegistrationState.FAILED, RegistrationStatus.Cause.REVERTED, "The registry rejected the registration (transaction "
                    + chip.registerTx() + " reverted). Attest and register again: the evidence may have named an old checkpoint.",
                    r, record.blockNumber());
            case DROPPED, REPLACED -> new RegistrationStatus(chip, RegistrationState.FAILED,
                    s == OutboxState.DROPPED ? RegistrationStatus.Cause.DROPPED : RegistrationStatus.Cause.REPLACED, "The registration transaction was "
                    + s.name().toLowerCase(java.util.Locale.ROOT) + "; attest and register again.", r, record.blockNumber());
            default -> new RegistrationStatus(chip, RegistrationState.PENDING, RegistrationStatus.Cause.AWAITING_INCLUSION, "Waiting for the registration to be included in a"
                    + " verified block.", r, record.blockNumber());
        };
    }
}
