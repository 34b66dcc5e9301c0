package net.utilitynet.devnet.chain;

import java.util.List;
import net.utilitynet.devnet.state.StateReader;
import net.utilitynet.protocol.merkle.MinerEntry;

/** Who is in the miner set: the miners whose chips proved availability (heartbeat or registration) in an epoch. */
public interface MinerSetSource {
    /** The miners active during {@code epoch} in {@code state}, any order; each entry's power is the sum of its chips' ratings. */
    List<MinerEntry> activeMiners(StateReader state, long epoch);
}
