package net.utilitynet.lightclient.verify;

import java.util.List;
import net.utilitynet.protocol.header.BlockHeader;

/**
 * The head of the locally verified chain plus whatever the next headers are verified against. Immutable:
 * {@link #extend} returns a new tip or throws {@link VerificationException} for the lowest failing block.
 */
public interface ChainTip {
    BlockHeader head();

    /** How headers accepted by this tip are verified (shown to users with every value). */
    TrustLevel trust();

    /** Verifies consecutive headers following {@link #head()}; {@code nowSeconds} is the local clock. */
    ChainTip extend(List<BlockHeader> batch, long nowSeconds);
}
