package net.utilitynet.app.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import net.utilitynet.app.AppContext;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.config.Language;
import net.utilitynet.app.networks.NetworkDefinition;
import net.utilitynet.app.wallet.AccountChoiceViewModel;
import net.utilitynet.app.wallet.WalletService;
import net.utilitynet.app.wallet.WalletWiring;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.mnemonic.Mnemonic;
import net.utilitynet.wallet.store.Account;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The account that mines and uses the market, on the real runtime (embedded devnet, light client) and a real wallet:
 * choosing another account in the chooser's model closes the services and reopens them for it, the choice is saved
 * (0600) and survives a restart, and a chosen account the wallet no longer holds falls back to the first.
 */
class AccountRuntimeTest {
    private static final long WAIT_SECONDS = 120;

    @TempDir
    Path dir;

    private static Optional<Address> open(AccountRuntime runtime) {
        return runtime.services().get().map(AccountServices::account);
    }

    @Test
    void choose_reopensServicesForTheChosenAccount_choiceSurvivesRestart_unknownChoiceFallsBackToFirst() throws Exception {
        try (AppContext context = AppContext.open(dir); WalletService wallet = WalletWiring.start(context)) {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wallet.snapshot().get().status() != WalletService.Status.LOADING);
            Address first = wallet.create(Mnemonic.generate(12, new SecureRandom()), new char[0], "Correct-Horse-7".toCharArray())
                    .get().address();
            Account second = wallet.addAccount("Second").get();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wallet.snapshot().get().accounts().size() == 2
                    && wallet.snapshot().get().status() == WalletService.Status.UNLOCKED);
            context.runtime().start();
            Path folder = context.dataDirectory().data(NetworkDefinition.DEVNET_ID);
            Path file = folder.resolve(AccountChoice.FILE);

            AccountRuntime runtime = new AccountRuntime(context.runtime(), wallet, context.dataDirectory()::data,
                    new AccountChoice(context.dataDirectory()::data, context.executors().io()));
            try {
                WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> open(runtime).equals(Optional.of(first)));
                assertEquals(Optional.of(first), runtime.account().get(), "no choice yet: the first signing account");
                assertFalse(Files.exists(file), "nothing saved until the user chooses");
                AccountServices before = runtime.services().get().orElseThrow();

                // the chooser's model, as on the Miner and Market headers: it lists both accounts and selects the open one
                AccountChoiceViewModel model = new AccountChoiceViewModel(wallet.snapshot(), runtime.account(), runtime::choose,
                        new I18n(Language.ENGLISH), Runnable::run);
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.options().size() == 2 && model.selected().get() != null);
                assertEquals(first, model.selected().get().address());
                assertEquals(List.of(first, second.address()), model.options().stream().map(AccountChoiceViewModel.Option::address).toList());
                assertTrue(model.options().get(1).text().startsWith("Second \u00b7 0x"), model.options().get(1).text());
                model.selected().set(model.options().get(1));

                WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> open(runtime).equals(Optional.of(second.address())));
                assertFalse(before.isOpen(), "the first account's miner and market were closed");
                assertEquals(Optional.of(second.address()), runtime.account().get());
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file));
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            } finally {
                runtime.close();
            }

            // a restart: a new runtime and store on the same data folder open the saved choice
            AccountRuntime restarted = new AccountRuntime(context.runtime(), wallet, context.dataDirectory()::data,
                    new AccountChoice(context.dataDirectory()::data, context.executors().io()));
            try {
                WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> open(restarted).equals(Optional.of(second.address())));
            } finally {
                restarted.close();
            }

            // the saved account is not in the wallet (any more): the first signing account mines
            new AccountChoice(context.dataDirectory()::data, Runnable::run)
                    .save(NetworkDefinition.DEVNET_ID, Address.ofTrusted("0x00000000000000000000000000000000000000aa")).join();
            AccountRuntime fallback = new AccountRuntime(context.runtime(), wallet, context.dataDirectory()::data,
                    new AccountChoice(context.dataDirectory()::data, context.executors().io()));
            try {
                WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> open(fallback).equals(Optional.of(first)));
                assertEquals(Optional.of(first), fallback.account().get());
            } finally {
                fallback.close();
            }
        }
    }
}
