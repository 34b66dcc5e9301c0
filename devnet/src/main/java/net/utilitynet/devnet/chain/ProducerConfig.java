package net.utilitynet.devnet.chain;

import java.util.List;
import net.utilitynet.protocol.poci.ElectionFactor;
import net.utilitynet.protocol.poci.RewardSchedule;

/**
 * What the block producer needs from the chain parameters. {@code validatorKey} is the devnet validator's
 * private key (public by design: it comes from the documented dev mnemonic); it never reaches a log.
 */
public record ProducerConfig(long chainId, long epochLength, byte[] validatorKey, List<byte[]> validators,
                             RewardSchedule rewards, ElectionFactor electionFactor, byte[] vanity) {
    @Override
    public String toString() {
        return "ProducerConfig[chainId=" + chainId + ", epochLength=" + epochLength + ", validators=" + validators.size() + "]";
    }
}
