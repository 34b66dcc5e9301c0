package net.utilitynet.lightclient.sync;

import java.util.List;
import java.util.Optional;
import net.utilitynet.lightclient.rpc.RpcClient;
import net.utilitynet.lightclient.verify.ChainTip;
import net.utilitynet.lightclient.verify.HeaderVerifier;
import net.utilitynet.lightclient.verify.LinkedTip;
import net.utilitynet.lightclient.verify.VerificationException;
import net.utilitynet.lightclient.verify.VerifiedTip;
import net.utilitynet.protocol.header.BlockHeader;

/**
 * One-shot check of headers {@code from … to} of one endpoint (for {@code utilitynet verify-headers}): every rule of
 * the mode, relative to a starting context taken from the same endpoint (the checkpoint header at or before
 * {@code from - 1} and the headers after it in POCI modes, the parent in linkage-only mode). That context is not
 * itself verified: the report says where the check started from.
 */
public final class RangeVerifier {
    /** The outcome: how many headers passed, and the first failure if any. */
    public record Report(long contextFrom, long verifiedUpTo, Optional<VerificationException> firstFailure) {
        public boolean allVerified() {
            return firstFailure.isEmpty();
        }
    }

    private RangeVerifier() {
    }

    /** {@code rules}' verifier for POCI chains, or null for linkage-only. */
    public static Report verify(RpcClient endpoint, HeaderVerifier verifier, long from, long to, long nowSeconds, int batchSize) {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("range: need 1 <= from <= to, got " + from + "…" + to);
        }
        long contextFrom = verifier == null ? from - 1 : (from - 1) - (from - 1) % verifier.rules().epochLength();
        List<BlockHeader> context = UntrustedHeaders.untrustedHeaders(endpoint, contextFrom, from - 1);
        if (context.size() != from - contextFrom) {
            throw new IllegalArgumentException("the endpoint has no block " + (contextFrom + context.size()) + " to start from");
        }
        ChainTip tip;
        try {
            tip = verifier == null ? new LinkedTip(context.get(context.size() - 1))
                    : VerifiedTip.resume(verifier, context.get(0), context.subList(1, context.size()));
        } catch (VerificationException e) {
            return new Report(contextFrom, from - 1, Optional.of(e));
        }
        for (long n = from; n <= to; n += batchSize) {
            List<BlockHeader> batch;
            try {
                batch = UntrustedHeaders.untrustedHeaders(endpoint, n, Math.min(to, n + batchSize - 1));
                if (batch.isEmpty()) {
                    return new Report(contextFrom, tip.head().number(), Optional.of(
                            new VerificationException(n, "missing", "the endpoint does not have block " + n)));
                }
                tip = tip.extend(batch, nowSeconds);
            } catch (VerificationException e) {
                return new Report(contextFrom, e.blockNumber() - 1, Optional.of(e));
            }
        }
        return new Report(contextFrom, to, Optional.empty());
    }
}
