package net.utilitynet.app.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.utilitynet.app.config.DataDirectory;
import net.utilitynet.app.config.Language;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.networks.NetworkCatalog;
import net.utilitynet.app.services.ConnectionStatus;
import net.utilitynet.app.ui.ConnectionViewModel;
import net.utilitynet.devnet.Devnet;
import net.utilitynet.devnet.DevnetConfig;
import net.utilitynet.lightclient.LightClient;
import net.utilitynet.lightclient.LightClientConfig;
import net.utilitynet.lightclient.rpc.HttpRpcClient;
import net.utilitynet.lightclient.sync.SyncConfig;
import net.utilitynet.lightclient.sync.SyncMode;
import net.utilitynet.lightclient.sync.TrustAnchor;
import net.utilitynet.lightclient.verify.ChainRules;
import net.utilitynet.miner.Miner;
import net.utilitynet.miner.access.AccessConfig;
import net.utilitynet.miner.access.LeaseAccess;
import net.utilitynet.miner.attest.simulated.SimulatedChip;
import net.utilitynet.miner.market.LeaseProvider;
import net.utilitynet.protocol.chain.ChainParams;
import net.utilitynet.protocol.chain.DevnetAccounts;
import net.utilitynet.protocol.modules.LeaseRecord;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.amount.UncAmount;
import net.utilitynet.wallet.chain.LightClientChainAccess;
import net.utilitynet.wallet.keystore.ScryptCost;
import net.utilitynet.wallet.market.MarketChain;
import net.utilitynet.wallet.market.MarketReader;
import net.utilitynet.wallet.market.MarketTransactions;
import net.utilitynet.wallet.market.RenterClient;
import net.utilitynet.wallet.outbox.Outbox;
import net.utilitynet.wallet.store.WalletStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.utils.Numeric;

/** The Market page's view model on a real devnet: credit, offers, estimate, rent, grant, errors, end, rating. */
class MarketViewModelTest {
    private static final ChainParams PARAMS = ChainParams.devnet();
    @TempDir
    Path dir;

    private WalletStore wallet(String name, int devAccount) {
        WalletStore s = WalletStore.create(dir.resolve(name + ".json"), "devnet", "vm test password".toCharArray(), Optional.empty(), "", 60,
                new ScryptCost(1 << 10, 8, 1), new SecureRandom());
        s.importPrivateKey(DevnetAccounts.privateKey(devAccount), name);
        return s;
    }

    @Test
    void renterFlow_onARealDevnet() throws Exception {
        try (Devnet devnet = Devnet.start(DevnetConfig.defaults(dir.resolve("devnet")).withBlockTimeMs(0))) {
            TrustAnchor genesis = new TrustAnchor(0, Numeric.hexStringToByteArray(new HttpRpcClient(devnet.rpcUrl())
                    .call("eth_getBlockByNumber", "0x0", false).get("hash").asText()));
            try (LightClient light = LightClient.open(LightClientConfig.of(List.of(devnet.rpcUrl()), dir.resolve("headers.db"),
                    SyncConfig.of(SyncMode.FULL, genesis, ChainRules.of(PARAMS))));
                 Outbox pOut = Outbox.open(dir.resolve("p-outbox.db"), Clock.systemUTC());
                 Outbox rOut = Outbox.open(dir.resolve("r-outbox.db"), Clock.systemUTC())) {
                light.sync().join();
                MarketChain chain = new MarketChain(light, PARAMS.chainId(), PARAMS.epochLength());
                MarketReader reader = new MarketReader(chain);
                WalletStore pw = wallet("provider", 0);
                WalletStore rw = wallet("renter", 1);
                Address p = pw.accounts().get(0).address();
                Address r = rw.accounts().get(0).address();
                Miner miner = Miner.open(new Miner.Setup(dir.resolve("miner.db"), p, p, 1, List::of, List.of(), Runnable::run,
                        Clock.systemUTC()), light, PARAMS, pw, pOut);
                SimulatedChip chip = miner.addSimulatedChip().join();
                miner.register(chip.chip()).join();
                mine(devnet, light);
                LeaseProvider provider = new LeaseProvider(reader, new MarketTransactions(pw, pOut, new LightClientChainAccess(light), chain), pw, p,
                        new SecureRandom());
                provider.list(chip.chipId().orElseThrow(), BigInteger.TEN.pow(18), 1, 3);
                mine(devnet, light);

                I18n i18n = new I18n(Language.ENGLISH);
                ConnectionViewModel connection = new ConnectionViewModel(ConnectionStatus.notConnected(),
                        NetworkCatalog.load(new DataDirectory(dir.resolve("home")).create(), Runnable::run), i18n, Runnable::run);
                RenterClient renter = new RenterClient(reader, new MarketTransactions(rw, rOut, new LightClientChainAccess(light), chain), rw, r,
                        new SecureRandom());
                MarketViewModel vm = new MarketViewModel(connection, i18n, Optional.of(renter), Runnable::run, Runnable::run);
                assertTrue(vm.hasRenter());
                vm.refresh().join();
                assertEquals("0", vm.credit().get());
                assertTrue(vm.lowCredit().get());
                assertTrue(vm.notice().get().contains("credit is low"), vm.notice().get());
                assertEquals(1, vm.offers().size());
                assertTrue(vm.verifiedAt().get().startsWith("Verified at block "), vm.verifiedAt().get());
                BigInteger offer = vm.offers().get(0).offerId();

                vm.rent(offer, 2).join();
                assertTrue(vm.error().get().contains("deposit at least 2 UNC more"), vm.error().get());
                vm.deposit("abc").join();
                assertFalse(vm.error().get().isEmpty());
                vm.deposit("5").join();
                assertEquals("", vm.error().get());
                assertTrue(vm.status().get().startsWith("Deposit sent"), vm.status().get());
                mine(devnet, light);
                vm.refresh().join();
                assertEquals("5", vm.credit().get());
                assertFalse(vm.lowCredit().get());
                vm.estimate(offer, 2).join();
                assertEquals("Escrow 2 UNC for 2 h; credit 5 UNC; missing 0 UNC.", vm.estimate().get());
                vm.rent(offer, 4).join();
                assertTrue(vm.error().get().contains("rents 1 to 3 hours, not 4"), vm.error().get());
                vm.rent(offer, 2).join();
                mine(devnet, light);
                vm.refresh().join();
                assertEquals(1, vm.leases().size());
                assertEquals(LeaseRecord.State.ACTIVE, vm.leases().get(0).state());
                assertEquals("3", vm.credit().get());
                BigInteger lease = vm.leases().get(0).leaseId();
                LeaseSummary active = new LeaseSummary(reader, p, i18n, Runnable::run, Runnable::run);
                active.refresh().join();
                assertEquals("Renting 0 · Providing 1 · Credit 0 UNC · Income 0 UNC", active.value().get());
                vm.showGrant(lease).join();
                assertTrue(vm.error().get().contains("has not delivered"), vm.error().get());
                vm.rent(offer, 1).join();
                assertTrue(vm.error().get().contains("already leased"), vm.error().get());

                LeaseAccess access = miner.startLeaseAccess(new AccessConfig("127.0.0.1", 0, Optional.empty(), Optional.empty()), provider,
                        Runnable::run);
                access.deliverNow();
                mine(devnet, light);
                vm.refresh().join();
                assertEquals("Lease " + lease + ": the access grant arrived. Select the lease and open it.", vm.notice().get());
                vm.refresh().join();
                assertFalse(vm.notice().get().contains("access grant arrived"), "notified once");
                vm.showGrant(lease).join();
                assertEquals("", vm.error().get());
                String gateway = access.status().endpoint().orElseThrow().toString();
                Instant expires = vm.leases().get(0).expiresAt();
                assertTrue(vm.grant().get().matches("Lease " + lease + ": endpoint " + java.util.regex.Pattern.quote(gateway)
                        + ", credentials [A-Za-z0-9_-]{43}, expires " + java.util.regex.Pattern.quote(expires.toString())), vm.grant().get());
                vm.checkAccess().join();
                assertTrue(vm.access().get().startsWith("\u2713 Access works: lease " + lease + " (" + gateway + "), "), vm.access().get());
                assertTrue(vm.access().get().endsWith("Chip now: Simulated chip (simulated, devnet only: no hardware readings)."), vm.access().get());

                vm.endLease(lease).join();
                mine(devnet, light);
                vm.refresh().join();
                vm.checkAccess().join();
                assertTrue(vm.access().get().startsWith("\u2717 The provider's gateway refused (403): lease " + lease + " ended early (renter ended)"),
                        vm.access().get());
                access.close();
                vm.checkAccess().join();
                assertTrue(vm.error().get().contains("could not reach the provider's gateway"), vm.error().get());
                assertEquals("", vm.access().get(), "no answer is shown for a gateway that did not answer");
                assertEquals(LeaseRecord.EndReason.RENTER_ENDED, vm.leases().get(0).endReason());
                assertTrue(vm.leases().get(0).settlement().isPresent());
                // the Overview's lease card, for each side
                LeaseSummary renterCard = new LeaseSummary(reader, r, i18n, Runnable::run, Runnable::run);
                LeaseSummary providerCard = new LeaseSummary(reader, p, i18n, Runnable::run, Runnable::run);
                net.utilitynet.app.overview.OverviewViewModel overview = new net.utilitynet.app.overview.OverviewViewModel(connection, i18n,
                        renterCard.value());
                assertEquals("\u2014", overview.cards().get(2).value().get(), "no value before the first verified read");
                renterCard.refresh().join();
                providerCard.refresh().join();
                assertEquals("Renting 0 · Providing 0 · Credit " + vm.credit().get() + " UNC · Income 0 UNC", renterCard.value().get());
                assertTrue(overview.cards().get(2).value().get().startsWith("Renting 0"), overview.cards().get(2).value().get());
                assertTrue(providerCard.value().get().startsWith("Renting 0 · Providing 0 · Credit 0 UNC · Income "), providerCard.value().get());
                assertFalse(providerCard.value().get().endsWith("Income 0 UNC"), "settled income shows on the provider's card");
                vm.rate(lease, 5).join();
                mine(devnet, light);
                vm.refresh().join();
                assertEquals(5, vm.leases().get(0).rating());
                assertEquals(5.0, vm.offers().get(0).rating().orElseThrow());

                // low credit with automatic top-up, capped by the user's limit
                BigInteger unc = BigInteger.TEN.pow(18);
                BigInteger creditNow = renter.credit().value();
                net.utilitynet.wallet.market.CreditWatch watch = new net.utilitynet.wallet.market.CreditWatch(renter,
                        creditNow.add(unc.multiply(BigInteger.TWO)), true, unc.add(unc.divide(BigInteger.TWO)));
                net.utilitynet.wallet.market.CreditWatch.Check first = watch.check();
                assertTrue(first.low() && first.topUp().isPresent());
                assertEquals(unc.add(unc.divide(BigInteger.TWO)), first.toppedUpTotalWei(), "capped at the limit");
                mine(devnet, light);
                net.utilitynet.wallet.market.CreditWatch.Check second = watch.check();
                assertEquals(creditNow.add(unc.add(unc.divide(BigInteger.TWO))), second.creditWei());
                assertTrue(second.low() && second.topUp().isEmpty(), "still low, but the limit is used up");

                // the page's automatic top-up: on when asked, capped by the limit typed in
                vm.setLowWater(second.creditWei().add(unc.multiply(BigInteger.TEN)));
                vm.topUpLimit().set("0.5");
                vm.refresh().join();
                assertTrue(vm.status().get().isEmpty() || !vm.status().get().startsWith("Credit was low"), "off by default");
                vm.autoTopUp().set(true);
                vm.refresh().join();
                assertTrue(vm.status().get().startsWith("Credit was low: automatic top-up sent"), vm.status().get());
                mine(devnet, light);
                vm.refresh().join();
                assertEquals(UncAmount.ofWei(second.creditWei().add(unc.divide(BigInteger.TWO))).toUncString(), vm.credit().get(),
                        "0.5 UNC topped up, not the 10 UNC missing");
                assertTrue(vm.lowCredit().get());
                vm.autoTopUp().set(false);

                // the offer is delisted while the rent is on its way: the rent reverts, the credit is untouched
                BigInteger before = renter.credit().value();
                provider.delist(offer);
                net.utilitynet.wallet.outbox.OutboxEntry raced = renter.rent(offer, 1);
                mine(devnet, light);
                net.utilitynet.wallet.market.MarketException race = org.junit.jupiter.api.Assertions.assertThrows(
                        net.utilitynet.wallet.market.MarketException.class, () -> renter.rentOutcome(raced.hash(), offer, 1));
                assertEquals(net.utilitynet.wallet.market.MarketException.Reason.OFFER_NOT_LISTED, race.reason());
                assertTrue(race.getMessage().contains("your credit is unchanged"), race.getMessage());
                assertEquals(before, renter.credit().value());

                // a provider whose chip sent no heartbeat in the current or previous epoch is offline: refused before signing
                provider.list(chip.chipId().orElseThrow(), unc, 1, 3);
                mine(devnet, light);
                BigInteger relisted = renter.offers(net.utilitynet.wallet.market.OfferQuery.ALL).stream().filter(o -> o.active())
                        .findFirst().orElseThrow().offerId();
                while (light.verifiedHead().orElseThrow().number() < 2 * PARAMS.epochLength() + 1) {
                    mine(devnet, light);
                }
                int sentBefore = rOut.forSender(r).size();
                assertEquals(net.utilitynet.wallet.market.MarketException.Reason.PROVIDER_OFFLINE, org.junit.jupiter.api.Assertions.assertThrows(
                        net.utilitynet.wallet.market.MarketException.class, () -> renter.rent(relisted, 1)).reason());
                assertEquals(sentBefore, rOut.forSender(r).size(), "nothing signed");
                vm.refresh().join();
                assertFalse(vm.offers().stream().filter(o -> o.offerId().equals(relisted)).findFirst().orElseThrow().online());
                miner.close();
            }
        }
    }

    private static void mine(Devnet devnet, LightClient light) {
        devnet.mineBlock();
        light.sync().join();
    }
}
