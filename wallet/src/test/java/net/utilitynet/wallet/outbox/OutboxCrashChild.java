package net.utilitynet.wallet.outbox;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import net.utilitynet.wallet.tx.SignedTx;

/**
 * Run in a separate JVM by {@link TxSenderTest}: signs and stores a transaction, prints its hash,
 * then waits for ever, to be killed with SIGKILL before it broadcasts.
 */
public final class OutboxCrashChild {
    private OutboxCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Outbox outbox = Outbox.open(Path.of(args[0]), Clock.systemUTC());
        SignedTx tx = TxSenderTest.transfer(BigInteger.valueOf(Long.parseLong(args[1])));
        outbox.store(tx, OutboxEntry.Kind.SEND, Optional.empty());
        System.out.println("STORED " + tx.hash());
        System.out.flush();
        System.in.read(); // blocks until killed
    }
}
