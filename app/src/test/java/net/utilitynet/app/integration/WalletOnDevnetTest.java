package net.utilitynet.app.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import net.utilitynet.devnet.Devnet;
import net.utilitynet.devnet.DevnetConfig;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.chain.UnverifiedJsonRpc;
import net.utilitynet.wallet.history.HistoryEntry;
import net.utilitynet.wallet.mnemonic.HdPath;
import net.utilitynet.wallet.mnemonic.Mnemonic;
import net.utilitynet.wallet.outbox.Outbox;
import net.utilitynet.wallet.outbox.OutboxEntry;
import net.utilitynet.wallet.outbox.OutboxState;
import net.utilitynet.wallet.outbox.TxSender;
import net.utilitynet.wallet.tx.FeePresets;
import net.utilitynet.wallet.tx.Fees;
import net.utilitynet.wallet.tx.SignedTx;
import net.utilitynet.wallet.tx.TransactionSigner;
import net.utilitynet.wallet.tx.TxParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.utils.Numeric;

/** The wallet library against the embedded devnet: fee quotes, both transaction types accepted, history index readable. */
class WalletOnDevnetTest {
    static final Mnemonic DEV = Mnemonic.parse("test test test test test test test test test test test junk");

    @TempDir
    Path dir;

    @Test
    void send_type2AndLegacyOnDevnet_bothIncludedAndListedInHistory() throws Exception {
        try (Devnet devnet = Devnet.start(DevnetConfig.defaults(dir.resolve("chain")).withBlockTimeMs(0));
                Outbox outbox = Outbox.open(dir.resolve("outbox.db"), Clock.systemUTC())) {
            UnverifiedJsonRpc rpc = UnverifiedJsonRpc.to(devnet.rpcUrl());
            assertEquals(21844, rpc.chainId());
            FeePresets fees = FeePresets.from(rpc.feeHistory(FeePresets.BLOCKS, FeePresets.PERCENTILES));
            byte[] key = Numeric.toBytesPadded(DEV.deriveKey("", HdPath.bip44(60, 5)).getPrivateKey(), 32);
            Address me = DEV.deriveAddress("", HdPath.bip44(60, 5));
            Address bob = DEV.deriveAddress("", HdPath.bip44(60, 6));
            TxSender sender = new TxSender(outbox, rpc);

            SignedTx type2 = TransactionSigner.sign(new TxParams(21844, BigInteger.ZERO, bob, UncAmount.ofUnc(2).wei(), TxParams.TRANSFER_GAS,
                    new byte[0], fees.normal()), key);
            OutboxEntry first = sender.send(type2);
            assertEquals(OutboxState.PENDING, first.state());
            SignedTx legacy = TransactionSigner.sign(new TxParams(21844, BigInteger.ONE, bob, BigInteger.ONE, TxParams.TRANSFER_GAS,
                    new byte[0], new Fees.Legacy(fees.fast().maxFeePerGas())), key);
            assertEquals(OutboxState.PENDING, sender.send(legacy).state());
            devnet.mineBlock();

            List<HistoryEntry> history = rpc.transactionsByAddress(bob, 0, 100);
            assertTrue(history.stream().anyMatch(e -> e.hash().equals(type2.hash()) && e.succeeded() && e.type() == 2
                    && e.from().equals(me) && e.valueWei().equals(UncAmount.ofUnc(2).wei())), history.toString());
            assertTrue(history.stream().anyMatch(e -> e.hash().equals(legacy.hash()) && e.type() == 0), history.toString());
            assertTrue(rpc.sendRawTransaction(type2.raw()).outcome() != net.utilitynet.wallet.chain.BroadcastResult.Outcome.REJECTED,
                    "re-sending an included transaction is not a rejection");
            assertEquals(Optional.empty(), history.stream().filter(e -> !e.to().isPresent()).findAny());
        }
    }
}
