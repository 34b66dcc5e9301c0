package net.utilitynet.app.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import net.utilitynet.app.UserFacingException;
import net.utilitynet.app.config.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkCatalogTest {

    private static final Executor SAME_THREAD = Runnable::run;

    @TempDir
    Path temp;

    private DataDirectory dir() {
        return new DataDirectory(temp).create();
    }

    @Test
    void load_freshDirectory_hasOnlyTheActiveEmbeddedDevnet() {
        Networks networks = NetworkCatalog.load(dir(), SAME_THREAD).current();
        assertEquals(List.of(NetworkDefinition.EMBEDDED_DEVNET), networks.all());
        assertEquals("devnet", networks.activeId());
    }

    @Test
    void add_validDraft_persistsAndReloads() {
        DataDirectory dir = dir();
        NetworkCatalog catalog = NetworkCatalog.load(dir, SAME_THREAD);
        NetworkDefinition added = catalog.add(NetworkValidatorTest.valid()).join();
        catalog.select(added.id()).join();

        Networks reloaded = NetworkCatalog.load(dir, SAME_THREAD).current();
        assertEquals(List.of(NetworkDefinition.EMBEDDED_DEVNET, added), reloaded.all());
        assertEquals("team-testnet", reloaded.activeId());
    }

    @Test
    void add_invalidDraft_failsWithFieldErrorsAndChangesNothing() {
        NetworkCatalog catalog = NetworkCatalog.load(dir(), SAME_THREAD);
        CompletionException failure = assertThrows(CompletionException.class,
                () -> catalog.add(new NetworkDraft("", "1", List.of("http://a"), "0", NetworkValidatorTest.HASH)).join());
        InvalidNetworkException invalid = assertInstanceOf(InvalidNetworkException.class, failure.getCause());
        assertEquals(NetworkField.NAME, invalid.errors().get(0).field());
        assertEquals(1, catalog.current().all().size());
        assertTrue(Files.notExists(temp.resolve("config/networks.json")));
    }

    @Test
    void add_sameSlugTwice_getsDistinctIds() {
        NetworkCatalog catalog = NetworkCatalog.load(dir(), SAME_THREAD);
        NetworkDefinition first = catalog.add(NetworkValidatorTest.valid()).join();
        NetworkDefinition second = catalog.add(new NetworkDraft("Team  testnet!", "1", List.of("http://a"), "0",
                NetworkValidatorTest.HASH)).join();
        assertEquals("team-testnet", first.id());
        assertEquals("team-testnet-2", second.id());
    }

    @Test
    void add_nameWithoutAsciiLetters_getsGenericId() {
        NetworkCatalog catalog = NetworkCatalog.load(dir(), SAME_THREAD);
        NetworkDefinition added = catalog.add(new NetworkDraft("测试网", "1", List.of("http://a"), "0",
                NetworkValidatorTest.HASH)).join();
        assertEquals("network", added.id());
    }

    @Test
    void remove_activeNetwork_fallsBackToDevnet() {
        NetworkCatalog catalog = NetworkCatalog.load(dir(), SAME_THREAD);
        NetworkDefinition added = catalog.add(NetworkValidatorTest.valid()).join();
        catalog.select(added.id()).join();
        Networks after = catalog.remove(added.id()).join();
        assertEquals("devnet", after.activeId());
        assertEquals(1, after.all().size());
    }

    @Test
    void remove_builtInDevnet_isRefusedWithMessage() {
        NetworkCatalog catalog = NetworkCatalog.load(dir(), SAME_THREAD);
        CompletionException failure = assertThrows(CompletionException.class, () -> catalog.remove("devnet").join());
        assertEquals("The built-in network 'devnet' cannot be changed or removed.", failure.getCause().getMessage());
    }

    @Test
    void select_unknownId_isRefusedListingKnownIds() {
        NetworkCatalog catalog = NetworkCatalog.load(dir(), SAME_THREAD);
        CompletionException failure = assertThrows(CompletionException.class, () -> catalog.select("nope").join());
        assertInstanceOf(UserFacingException.class, failure.getCause());
        assertEquals("No network has the id 'nope'. Known ids: devnet (see 'utilitynet networks list').",
                failure.getCause().getMessage());
    }

    @Test
    void update_skipSync_persistsAndReloads_fileWithoutTheFieldReadsAsFull() throws Exception {
        DataDirectory dir = dir();
        NetworkCatalog catalog = NetworkCatalog.load(dir, SAME_THREAD);
        NetworkDefinition added = catalog.add(NetworkValidatorTest.valid()).join();
        assertEquals(NetworkSyncMode.FULL, added.syncMode());
        NetworkDraft skip = new NetworkDraft("Team testnet", "21844", List.of("https://a.example"), "0", NetworkValidatorTest.HASH,
                NetworkSyncMode.SKIP);
        catalog.update(added.id(), skip).join();
        assertEquals(NetworkSyncMode.SKIP, NetworkCatalog.load(dir, SAME_THREAD).current().find(added.id()).orElseThrow().syncMode());
        assertEquals(NetworkSyncMode.SKIP, NetworkDraft.of(catalog.current().find(added.id()).orElseThrow()).syncMode(), "the editor opens on it");

        Path file = dir.config().resolve("networks.json");
        Files.writeString(file, Files.readString(file).replaceAll(",?\\s*\"syncMode\"\\s*:\\s*\"SKIP\"", ""));
        assertTrue(!Files.readString(file).contains("syncMode"), Files.readString(file));
        assertEquals(NetworkSyncMode.FULL, NetworkCatalog.load(dir, SAME_THREAD).current().find(added.id()).orElseThrow().syncMode(),
                "networks saved before the setting existed sync in full");
    }

    @Test
    void update_renameToOwnName_isAllowedAndKeepsId() {
        NetworkCatalog catalog = NetworkCatalog.load(dir(), SAME_THREAD);
        NetworkDefinition added = catalog.add(NetworkValidatorTest.valid()).join();
        NetworkDraft changed = new NetworkDraft("Team testnet", "99", List.of("https://b.example"), "5", NetworkValidatorTest.HASH);
        NetworkDefinition updated = catalog.update(added.id(), changed).join();
        assertEquals(added.id(), updated.id());
        assertEquals(99, catalog.current().find(added.id()).orElseThrow().chainId());
    }
}
