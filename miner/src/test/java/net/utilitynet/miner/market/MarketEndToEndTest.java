package net.utilitynet.miner.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.net.URI;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.utilitynet.miner.access.AccessConfig;
import net.utilitynet.miner.access.LeaseAccess;
import net.utilitynet.wallet.market.AccessCheck;
import net.utilitynet.miner.Miner;
import net.utilitynet.miner.attest.simulated.SimulatedChip;
import net.utilitynet.protocol.modules.LeaseRecord;
import net.utilitynet.protocol.modules.SystemModules;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.market.AccessGrant;
import net.utilitynet.wallet.market.LeaseView;
import net.utilitynet.wallet.market.MarketException;
import net.utilitynet.wallet.market.OfferQuery;
import net.utilitynet.wallet.market.OfferView;
import net.utilitynet.wallet.market.RenterClient;
import net.utilitynet.wallet.outbox.OutboxEntry;
import net.utilitynet.wallet.outbox.OutboxState;
import net.utilitynet.wallet.tx.TransactionSigner;
import net.utilitynet.wallet.tx.TxParams;
import net.utilitynet.protocol.chain.DevnetAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.utils.Numeric;

/**
 * The lease market end to end on real parts: a standalone devnet in a child JVM (on-demand blocks, loopback HTTP);
 * a provider (dev account 0: light client, encrypted wallet, outbox, the real miner with a simulated chip) and a
 * renter (dev account 1: its own data directory, light client, wallet and outbox). list → rent → grant delivered
 * and decrypted → the miner stops for a whole epoch → the renter ends the lease and is refunded the unused hour and
 * the offline epoch → the provider claims its income; balances reconcile to the wei.
 */
class MarketEndToEndTest {
    private static final BigInteger UNC = BigInteger.TEN.pow(18);
    private static final long E = MarketSide.PARAMS.epochLength();
    private static final Address PAYOUT = Address.ofTrusted("0x00000000000000000000000000000000000000f1");
    private static final String ZERO = "0x0000000000000000000000000000000000000000";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void listRentGrantOfflineRefundClaim_reconcilesToTheWei() throws Exception {
        try (ChildDevnet devnet = new ChildDevnet(dir.resolve("devnet"));
             MarketSide p = new MarketSide(dir.resolve("provider"), devnet, 0);
             MarketSide r = new MarketSide(dir.resolve("renter"), devnet, 1)) {
            List<String> watched = List.of(p.account.lower(), r.account.lower(), PAYOUT.lower(), ZERO, SystemModules.LEASE_MARKET_HEX);
            long startBlock = devnet.rpc.call("eth_blockNumber").asText().equals("0x0") ? 0 : -1;
            assertEquals(0, startBlock, "a fresh devnet");
            BigInteger supplyBefore = sum(devnet, watched, 0);
            BigInteger renterBefore = balance(devnet, r.account.lower(), 0);

            LeaseAccess leaseAccess = null;
            Miner miner = Miner.open(new Miner.Setup(p.dir.resolve("miner.db"), p.account, PAYOUT, 1, List::of, List.of(), Runnable::run,
                    Clock.systemUTC()), p.light, MarketSide.PARAMS, p.wallet, p.outbox);
            try {
                SimulatedChip chip = miner.addSimulatedChip().join();
                byte[] chipId = chip.chipId().orElseThrow();
                miner.register(chip.chip()).join();
                mine(devnet, p, r);
                miner.start();

                // provider lists its chip: 1 UNC per hour, 1..4 hours
                LeaseProvider provider = new LeaseProvider(p.reader, p.txs, p.wallet, p.account, new SecureRandom());
                RenterClient renter = new RenterClient(r.reader, r.txs, r.wallet, r.account, new SecureRandom());
                provider.list(chipId, UNC, 1, 4);
                mine(devnet, p, r);
                List<OfferView> offers = renter.offers(OfferQuery.ALL);
                assertEquals(1, offers.size());
                OfferView offer = offers.get(0);
                assertEquals("Simulated chip", offer.model().orElseThrow(), "model from the proven ChipRegistered log");
                assertEquals(100, offer.ratedPower());
                assertTrue(offer.rentable() && offer.simulated());
                assertEquals(Numeric.toHexString(chipId), offer.chipId());
                assertTrue(renter.offers(new OfferQuery(java.util.Optional.of("H100"), 0, 0, java.util.Optional.empty(), 0, 0, true,
                        OfferQuery.Sort.PRICE)).isEmpty(), "model filter");
                BigInteger offerId = offer.offerId();

                // bad input is refused before signing; nothing leaves the wallet
                assertEquals(MarketException.Reason.INSUFFICIENT_CREDIT, assertThrows(MarketException.class, () -> renter.rent(offerId, 2)).reason());
                assertEquals(MarketException.Reason.HOURS_OUT_OF_RANGE, assertThrows(MarketException.class, () -> renter.rent(offerId, 5)).reason());
                assertTrue(r.outbox.forSender(r.account).isEmpty(), "nothing was signed");

                // renter buys 5 UNC of credit and rents 2 hours
                renter.deposit(UNC.multiply(BigInteger.valueOf(5)));
                mine(devnet, p, r);
                assertEquals(UNC.multiply(BigInteger.valueOf(5)), renter.credit().value());
                RenterClient.Estimate est = renter.estimate(offerId, 2);
                assertEquals(UNC.multiply(BigInteger.TWO), est.escrowWei());
                assertEquals(BigInteger.ZERO, est.shortfallWei());
                OutboxEntry rent = renter.rent(offerId, 2);
                mine(devnet, p, r);
                BigInteger leaseId = renter.rentOutcome(rent.hash(), offerId, 2).orElseThrow();
                assertEquals(UNC.multiply(BigInteger.valueOf(3)), renter.credit().value(), "escrow left the credit");
                assertEquals(MarketException.Reason.CHIP_ALREADY_LEASED, assertThrows(MarketException.class, () -> renter.rent(offerId, 1)).reason());
                assertEquals(MarketException.Reason.NO_GRANT_YET, assertThrows(MarketException.class, () -> renter.grant(leaseId)).reason());

                // the provider sees the rental and delivers the grant automatically
                List<LeaseView> incoming = provider.incoming();
                assertEquals(leaseId, incoming.get(0).leaseId());
                assertTrue(incoming.get(0).active());
                Instant expiry = Instant.ofEpochSecond(incoming.get(0).startTime() + 2 * 3600);
                // automatic: the real access gateway on loopback, and delivery on the provider's next verified head
                leaseAccess = miner.startLeaseAccess(new AccessConfig("127.0.0.1", 0, Optional.empty(), Optional.empty()), provider, Runnable::run);
                mine(devnet, p, r);
                LeaseAccess.Status status = leaseAccess.status();
                assertEquals(Set.of(leaseId), status.delivered().keySet(), status.toString());
                assertTrue(status.problems().isEmpty() && status.failure().isEmpty(), status.toString());
                String grantTx = status.delivered().get(leaseId);
                int sentBefore = p.outbox.forSender(p.account).size();
                leaseAccess.deliverNow();
                assertEquals(grantTx, leaseAccess.status().delivered().get(leaseId), "not sent twice while on its way");
                assertEquals(sentBefore, p.outbox.forSender(p.account).size());
                // a restart of the access side (before the grant's block, same port) remembers the grant: no new credentials, no second grant
                URI gateway = leaseAccess.status().endpoint().orElseThrow();
                leaseAccess.close();
                leaseAccess = miner.startLeaseAccess(new AccessConfig("127.0.0.1", gateway.getPort(), Optional.empty(), Optional.empty()), provider,
                        Runnable::run);
                leaseAccess.deliverNow();
                assertEquals(sentBefore, p.outbox.forSender(p.account).size(), "no grant sent again after the restart");
                assertEquals(gateway, leaseAccess.status().endpoint().orElseThrow());

                // the grant's transaction is knocked out (its nonce used by a transaction of the same key sent around this
                // wallet): once the outbox sees it dropped, a round sends the grant again, with fresh credentials
                OutboxEntry first = p.outbox.find(grantTx).orElseThrow();
                TxParams knock = new TxParams(MarketSide.PARAMS.chainId(), first.params().nonce(), p.account, BigInteger.ZERO,
                        TxParams.TRANSFER_GAS, new byte[0], first.params().fees().bumped().bumped());
                devnet.rpc.call("eth_sendRawTransaction", Numeric.toHexString(TransactionSigner.sign(knock, DevnetAccounts.privateKey(0)).raw()));
                mine(devnet, p, r);
                assertEquals(OutboxState.DROPPED, p.outbox.find(grantTx).orElseThrow().state());
                for (int i = 0; i < 3 && leaseAccess.status().delivered().get(leaseId).equals(grantTx); i++) {
                    mine(devnet, p, r);
                }
                String resent = leaseAccess.status().delivered().get(leaseId);
                assertNotEquals(grantTx, resent, "the dropped grant is sent again");
                mine(devnet, p, r);
                assertTrue(p.txs.outcome(resent).orElseThrow().value().receipt().success(), "the second grant is in a verified block");
                long toMarket = toMarket(p);
                mine(devnet, p, r);
                assertEquals(Map.of(leaseId, resent), leaseAccess.status().delivered(), "delivered once more, then never again");
                assertEquals(toMarket, toMarket(p), "no further market transaction");

                // the renter decrypts the grant and uses it: the provider's gateway answers while the lease is active
                AccessGrant grant = renter.grant(leaseId);
                assertEquals(gateway.toString(), grant.endpoint());
                assertEquals(43, grant.credentials().length(), "a 256-bit bearer token");
                assertEquals(expiry, grant.expiresAt());
                assertFalse(grant.toString().contains(grant.credentials()), "credentials stay out of toString");
                AccessCheck.Result check = new AccessCheck().check(grant);
                assertTrue(check.ok(), check.toString());
                JsonNode leaseAnswer = JSON.readTree(check.lease().body());
                assertEquals(leaseId.toString(), leaseAnswer.get("leaseId").asText());
                assertEquals(r.account.checksummed(), leaseAnswer.get("renter").asText());
                assertEquals(Numeric.toHexString(chipId), leaseAnswer.get("chipId").asText());
                JsonNode chipAnswer = JSON.readTree(check.chip().body());
                assertTrue(chipAnswer.get("simulated").asBoolean(), chipAnswer.toString());
                assertEquals("Simulated chip", chipAnswer.get("model").asText());
                LeaseView mine = renter.leases().get(0);
                assertEquals("Simulated chip", mine.model().orElseThrow());
                assertTrue(mine.secondsLeft() > 3600 && mine.secondsLeft() <= 7200, "time left " + mine.secondsLeft());

                // the miner stops for the whole of epoch 1: no heartbeat; it comes back in epoch 2
                miner.stop();
                mineTo(devnet, p, r, E + 1);
                mineTo(devnet, p, r, 2 * E);
                miner.start();
                mineTo(devnet, p, r, 3 * E + 3);              // epoch 3: back in the miner set, winning blocks
                assertTrue(p.chain.heartbeatProved(chipId, 0));
                assertFalse(p.chain.heartbeatProved(chipId, 1), "epoch 1 was missed");
                assertTrue(p.chain.heartbeatProved(chipId, 2), "the agent's heartbeat of epoch 2 is in");
                assertTrue(p.chain.heartbeatProved(chipId, 3));
                assertTrue(renter.offers(OfferQuery.ALL).get(0).uptime() < 1.0, "the missed epoch shows in the proven uptime");

                // the renter ends early: 1 of 2 hours used, 3 of 4 epochs proven
                renter.endLease(leaseId);
                mine(devnet, p, r);
                LeaseView ended = renter.leases().get(0);
                assertEquals(LeaseRecord.State.ENDED, ended.state());
                assertEquals(LeaseRecord.EndReason.RENTER_ENDED, ended.endReason());
                assertTrue(ended.startTime() + 3600 > timestamp(devnet, ended.provenAtBlock()), "still in the first hour");
                BigInteger escrow = UNC.multiply(BigInteger.TWO);
                BigInteger providerAmount = escrow.multiply(BigInteger.ONE).multiply(BigInteger.valueOf(3))
                        .divide(BigInteger.TWO.multiply(BigInteger.valueOf(4)));
                assertEquals(providerAmount, ended.settlement().orElseThrow().providerAmountWei());
                BigInteger refund = escrow.subtract(providerAmount);
                assertEquals(refund, ended.settlement().orElseThrow().refundWei());
                assertTrue(refund.compareTo(UNC) > 0, "refund covers the unused hour and the offline epoch");
                assertEquals(UNC.multiply(BigInteger.valueOf(3)).add(refund), renter.credit().value());
                assertEquals(providerAmount, provider.income().value());
                AccessCheck.Answer refused = new AccessCheck().check(grant).lease();
                assertEquals(403, refused.status(), "the gateway refuses once the lease ended");
                assertTrue(JSON.readTree(refused.body()).get("message").asText().contains("ended early (renter ended)"), refused.body());

                // rate once; the provider claims; the renter withdraws everything
                renter.rate(leaseId, 4);
                BigInteger income = provider.income().value();
                provider.claimIncome();
                mine(devnet, p, r);
                assertEquals(LeaseRecord.EndReason.RENTER_ENDED, renter.leases().get(0).endReason());
                assertEquals(4, renter.leases().get(0).rating());
                assertEquals(4.0, renter.offers(OfferQuery.ALL).get(0).rating().orElseThrow());
                assertEquals(MarketException.Reason.LEASE_NOT_ACTIVE, assertThrows(MarketException.class, () -> renter.rate(leaseId, 5)).reason());
                assertEquals(BigInteger.ZERO, provider.income().value());
                renter.withdraw(renter.credit().value());
                mine(devnet, p, r);
                assertEquals(BigInteger.ZERO, renter.credit().value());
                assertEquals(income, providerAmount);

                // every transaction the two sides sent is confirmed
                for (OutboxEntry e : r.outbox.forSender(r.account)) {
                    assertTrue(e.state() == OutboxState.CONFIRMED || e.state() == OutboxState.INCLUDED, e.toString());
                }

                // reconciliation to the wei
                long end = p.sync();
                assertEquals(BigInteger.ZERO, balance(devnet, SystemModules.LEASE_MARKET_HEX, end), "the market holds nothing any more");
                BigInteger renterFees = BigInteger.ZERO;
                for (OutboxEntry e : r.outbox.forSender(r.account)) {
                    JsonNode receipt = devnet.rpc.call("eth_getTransactionReceipt", e.hash());
                    renterFees = renterFees.add(q(receipt, "gasUsed").multiply(q(receipt, "effectiveGasPrice")));
                }
                assertEquals(renterBefore.subtract(renterFees).subtract(providerAmount), balance(devnet, r.account.lower(), end),
                        "the renter paid exactly the provider's share plus its fees");
                assertEquals(r.chain.balance(r.account.bytes()).value(), balance(devnet, r.account.lower(), end), "verified = node");
                BigInteger minted = BigInteger.ZERO;
                BigInteger burned = BigInteger.ZERO;
                for (long n = 1; n <= end; n++) {
                    JsonNode b = devnet.rpc.call("eth_getBlockByNumber", Numeric.toHexStringWithPrefix(BigInteger.valueOf(n)), false);
                    burned = burned.add(q(b, "gasUsed").multiply(q(b, "baseFeePerGas")));
                    if (!b.get("miner").asText().equals(ZERO)) {
                        minted = minted.add(MarketSide.PARAMS.rewardSchedule().rewardAt(n));
                    }
                }
                assertTrue(burned.signum() > 0);
                assertTrue(minted.signum() > 0, "the provider's miner won blocks in epoch 3");
                assertEquals(minted.subtract(burned), sum(devnet, watched, end).subtract(supplyBefore),
                        "total supply change = minted rewards - burned fees");
            } finally {
                if (leaseAccess != null) {
                    leaseAccess.close();
                }
                miner.close();
            }
        }
    }

    /** Transactions the side sent to the lease market (listings, grants, …). */
    private static long toMarket(MarketSide side) {
        Address market = Address.ofBytes(SystemModules.leaseMarket());
        return side.outbox.forSender(side.account).stream().filter(e -> e.params().to().equals(market)).count();
    }

    private static void mine(ChildDevnet devnet, MarketSide p, MarketSide r) {
        devnet.mine();
        p.sync();
        r.sync();
    }

    private static void mineTo(ChildDevnet devnet, MarketSide p, MarketSide r, long head) {
        while (p.light.verifiedHead().orElseThrow().number() < head) {
            mine(devnet, p, r);
        }
    }

    private static long timestamp(ChildDevnet devnet, long block) {
        return q(devnet.rpc.call("eth_getBlockByNumber", Numeric.toHexStringWithPrefix(BigInteger.valueOf(block)), false), "timestamp").longValueExact();
    }

    private static BigInteger balance(ChildDevnet devnet, String address, long block) {
        return Numeric.toBigInt(devnet.rpc.call("eth_getBalance", address, Numeric.toHexStringWithPrefix(BigInteger.valueOf(block))).asText());
    }

    private static BigInteger sum(ChildDevnet devnet, List<String> addresses, long block) {
        BigInteger s = BigInteger.ZERO;
        for (String a : addresses) {
            s = s.add(balance(devnet, a, block));
        }
        return s;
    }

    private static BigInteger q(JsonNode n, String field) {
        return Numeric.toBigInt(n.get(field).asText());
    }
}
