package net.utilitynet.app.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.stream.Stream;
import net.utilitynet.app.ui.TestServices;
import net.utilitynet.wallet.address.Address;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Market page's "Top up automatically, at most N UNC" setting, saved per network and account. */
class TopUpSettingsTest {
    private static final Address ACCOUNT = Address.ofTrusted("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    private static final Address OTHER = Address.ofTrusted("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");

    @TempDir
    Path dir;

    @Test
    void saveTopUp_recreatedViewModelAndStore_settingIsBack() throws Exception {
        TestServices services = new TestServices(dir);
        Path devnet = services.dataDirectory.data("devnet");
        MarketViewModel first = model(services, devnet, ACCOUNT);
        first.autoTopUp().set(true);
        first.topUpLimit().set(" 2.5 ");
        first.saveTopUp().join();
        assertEquals("", first.error().get());

        MarketViewModel again = model(new TestServices(dir), devnet, ACCOUNT);
        assertTrue(again.autoTopUp().get());
        assertEquals("2.5", again.topUpLimit().get());
        Path file = devnet.resolve("market-topup-" + ACCOUNT.lower() + ".json");
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }

        MarketViewModel otherAccount = model(services, devnet, OTHER);
        assertFalse(otherAccount.autoTopUp().get());
        assertEquals("", otherAccount.topUpLimit().get());
        MarketViewModel otherNetwork = model(services, services.dataDirectory.data("testnet"), ACCOUNT);
        assertFalse(otherNetwork.autoTopUp().get());

        again.autoTopUp().set(false);
        again.topUpLimit().set("");
        again.saveTopUp().join();
        MarketViewModel off = model(services, devnet, ACCOUNT);
        assertFalse(off.autoTopUp().get());
        assertEquals("", off.topUpLimit().get());
    }

    @Test
    void saveTopUp_badLimit_errorNamesTheFieldAndNothingSaved() {
        TestServices services = new TestServices(dir);
        Path devnet = services.dataDirectory.data("devnet");
        MarketViewModel vm = model(services, devnet, ACCOUNT);
        vm.autoTopUp().set(true);
        vm.topUpLimit().set("3");
        vm.saveTopUp().join();
        for (String[] bad : new String[][] {{"0", "more than 0"}, {"-1", "negative"}, {"1.0000000000000000001", "18 decimals"},
                {"two", "not a number"}, {"", "enter an amount"}}) {
            vm.topUpLimit().set(bad[0]);
            vm.saveTopUp().join();
            assertTrue(vm.error().get().startsWith("top-up limit: "), bad[0] + " → " + vm.error().get());
            assertTrue(vm.error().get().contains(bad[1]), bad[0] + " → " + vm.error().get());
            assertEquals("3", model(services, devnet, ACCOUNT).topUpLimit().get(), "nothing saved for " + bad[0]);
        }
        vm.topUpLimit().set("0.000000000000000001");
        vm.saveTopUp().join();
        assertEquals("", vm.error().get(), "18 decimals are fine");
        assertEquals("0.000000000000000001", model(services, devnet, ACCOUNT).topUpLimit().get());
    }

    @Test
    void remember_unreadableFile_movedAsideAndOff() throws Exception {
        TestServices services = new TestServices(dir);
        Path devnet = Files.createDirectories(services.dataDirectory.data("devnet"));
        Files.writeString(devnet.resolve("market-topup-" + ACCOUNT.lower() + ".json"), "{not json");
        MarketViewModel vm = model(services, devnet, ACCOUNT);
        assertFalse(vm.autoTopUp().get());
        assertEquals("", vm.topUpLimit().get());
        try (Stream<Path> files = Files.list(devnet)) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().contains(".json.corrupt-")).count());
        }
    }

    private static MarketViewModel model(TestServices services, Path networkFolder, Address account) {
        MarketViewModel vm = new MarketViewModel(services.connection, services.i18n, Optional.empty(), TestServices.SAME_THREAD,
                TestServices.SAME_THREAD);
        vm.remember(new TopUpSettings(networkFolder, account, TestServices.SAME_THREAD)).join();
        return vm;
    }
}
