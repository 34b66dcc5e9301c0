package net.utilitynet.app.wallet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import net.utilitynet.app.config.Language;
import net.utilitynet.app.fx.FxBridge;
import net.utilitynet.app.i18n.I18n;
import net.utilitynet.app.shell.ThemeStyles;
import net.utilitynet.protocol.crypto.Secp256k1;
import net.utilitynet.wallet.address.Address;
import net.utilitynet.wallet.keystore.KeystoreFile;
import net.utilitynet.wallet.message.TypedDataField;
import net.utilitynet.wallet.mnemonic.Mnemonic;
import net.utilitynet.wallet.store.Account;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Wallet page's account tools driven by mouse and keyboard (Monocle) on a real encrypted wallet: typed data
 * (EIP-712) review and signature, keystore export. Writes {@code target/wallet-shots/NAME.png} for looking at.
 */
@ExtendWith(ApplicationExtension.class)
class WalletToolsUiTest {
    private static final String PASSWORD = "Tr0ub4dor&3-horse";

    @TempDir
    static Path temp;

    private Path dir;
    private WalletService service;
    private Account first;
    private I18n i18n;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory(temp, "wallet-tools");
        service = new WalletService(dir.resolve("data"), new WalletNetwork("devnet", "Local devnet", 1, Optional.empty()),
                new DisconnectedChain("Local devnet"), () -> Duration.ofMinutes(15), OnboardingViewModelTest.TEST_COST,
                java.util.concurrent.ForkJoinPool.commonPool());
        service.start().get();
        first = service.create(Mnemonic.generate(12, new SecureRandom()), new char[0], PASSWORD.toCharArray()).get();
        i18n = new I18n(Language.ENGLISH);
        WalletView view = new WalletView(new WalletViewModel(service, i18n, FxBridge.EXECUTOR), i18n);
        javafx.scene.control.ScrollPane page = new javafx.scene.control.ScrollPane(view.root()); // as the shell shows pages
        page.setFitToWidth(true);
        page.getStyleClass().add("page-scroll");
        Scene scene = new Scene(new StackPane(page), 1100, 760);
        scene.getStylesheets().add(ThemeStyles.BASE);
        stage.setScene(scene);
        // the stage is shared with earlier UI tests: put it where the robot's clicks land (Monocle's screen is 1280×800)
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @AfterEach
    void close() {
        service.close();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        return n instanceof TextInputControl t ? t.getText() : ((Labeled) n).getText();
    }

    /** Scrolls the page so that the node is in view, then clicks it (the robot clicks screen coordinates). */
    private static org.testfx.api.FxRobotInterface click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            javafx.scene.control.ScrollPane page = robot.lookup(".page-scroll").queryAs(javafx.scene.control.ScrollPane.class);
            if (page.getScene() != node.getScene()) {
                return; // a dialog's node
            }
            page.applyCss();
            page.layout();
            double contentHeight = page.getContent().getBoundsInLocal().getHeight();
            double y = page.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            double viewport = page.getViewportBounds().getHeight();
            page.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / Math.max(1, contentHeight - viewport))));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot.clickOn(node);
    }

    private static void type(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        click(robot, query);
        robot.interact(() -> field.setText(text));
    }

    @Test
    void typedData_pasteReviewSign_treeShownAndSignatureCopied(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#wallet-tabs").tryQuery().isPresent());
        click(robot, "#wallet-tab-typed");
        type(robot, "#typed-json", TypedDataViewModelTest.MAIL.replace("Hello, Bob!", "Hello"));
        robot.interact(() -> robot.lookup("#typed-json").queryAs(TextArea.class).setText("{\"types\": {"));
        click(robot, "#typed-review");
        waitUntil(() -> !text(robot, "#typed-review-error").isEmpty());
        assertTrue(text(robot, "#typed-review-error").contains("not valid JSON"), text(robot, "#typed-review-error"));
        assertFalse(robot.lookup("#typed-details").query().isVisible(), "nothing to review is shown for a bad request");

        robot.interact(() -> robot.lookup("#typed-json").queryAs(TextArea.class).setText(TypedDataViewModelTest.MAIL));
        click(robot, "#typed-review");
        waitUntil(() -> text(robot, "#typed-digest").equals(TypedDataViewModelTest.MAIL_DIGEST));
        assertEquals("Ether Mail", text(robot, "#typed-domain-name"));
        assertEquals("", text(robot, "#typed-review-error"));
        @SuppressWarnings("unchecked")
        TreeTableView<TypedDataField> tree = robot.lookup("#typed-fields").queryAs(TreeTableView.class);
        TreeItem<TypedDataField> message = tree.getRoot().getChildren().get(1);
        assertEquals("message", message.getValue().path());
        assertEquals("Mail", message.getValue().type());
        TreeItem<TypedDataField> from = message.getChildren().get(0);
        assertEquals("message.from", from.getValue().path());
        assertEquals("0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826", from.getChildren().get(1).getValue().value());
        assertEquals(4, tree.getRoot().getChildren().get(0).getChildren().size(), "the domain's four fields");
        shot(robot, "typed-data");

        type(robot, "#typed-password", PASSWORD);
        click(robot, "#typed-sign");
        waitUntil(() -> text(robot, "#typed-signature").startsWith("0x") || !text(robot, "#typed-sign-error").isEmpty());
        assertEquals("", text(robot, "#typed-sign-error"));
        String signature = text(robot, "#typed-signature");
        assertEquals(132, signature.length());
        assertEquals(first.address(), net.utilitynet.wallet.message.TypedData.parse(TypedDataViewModelTest.MAIL).recoverSigner(signature));
        click(robot, "#typed-copy");
        assertEquals(signature, WaitForAsyncUtils.waitForAsyncFx(10_000, () -> Clipboard.getSystemClipboard().getString()));
        shot(robot, "typed-data-signed");
    }

    @Test
    void exportKeystore_dialogChecksInputThenWritesTheFile(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#wallet-export").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        Path file = dir.resolve("exported.json");
        click(robot, "#wallet-export");
        waitUntil(() -> robot.lookup("#dialog-keystore-password").tryQuery().isPresent());
        assertTrue(text(robot, "#dialog-file").contains("UTC--"), "a geth-style name is suggested");
        robot.clickOn("#dialog-password").write(PASSWORD);
        robot.clickOn("#dialog-keystore-password").write("file-pass-1");
        robot.clickOn("#dialog-keystore-password-again").write("file-pass-2");
        type(robot, "#dialog-file", file.toString());
        shot(robot, "export-dialog");
        robot.clickOn("#dialog-ok");
        assertEquals("The two passwords for the file differ; type the same password twice.", text(robot, "#dialog-error"));
        assertTrue(robot.lookup("#dialog-ok").tryQuery().isPresent(), "the dialog stays open with what was typed");
        assertEquals(file.toString(), text(robot, "#dialog-file"));
        robot.interact(() -> robot.lookup("#dialog-keystore-password-again").queryAs(TextField.class).setText("file-pass-1"));
        robot.clickOn("#dialog-ok");
        waitUntil(() -> text(robot, "#wallet-account-notice").startsWith("Exported"));
        assertEquals("Exported " + first.address().checksummed() + " to " + file + " (readable only by you).", text(robot, "#wallet-account-notice"));
        assertEquals(first.address(), Address.ofBytes(Secp256k1.address(KeystoreFile.read(file).decrypt("file-pass-1".toCharArray()))));
        shot(robot, "export-done");
    }

    @Test
    void recoveryWords_passwordThenWordsThenHiddenOnClose(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#wallet-words").tryQuery().map(Node::isVisible).orElse(false));
        click(robot, "#wallet-words");
        waitUntil(() -> robot.lookup("#dialog-show-words").tryQuery().isPresent());
        robot.clickOn("#dialog-password").write("wrong");
        robot.clickOn("#dialog-show-words");
        waitUntil(() -> text(robot, "#dialog-error").contains("wrong password"));
        assertTrue(robot.lookup("#dialog-word-1").tryQuery().isEmpty());
        robot.clickOn("#dialog-password").write(PASSWORD);
        robot.clickOn("#dialog-show-words");
        waitUntil(() -> robot.lookup("#dialog-word-12").tryQuery().isPresent());
        String phrase = java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(i -> text(robot, "#dialog-word-" + i))
                .collect(java.util.stream.Collectors.joining(" "));
        assertEquals(first.address(), Mnemonic.parse(phrase).deriveAddress("", net.utilitynet.wallet.mnemonic.HdPath.bip44(60, 0)),
                "the words shown are this wallet's");
        assertFalse(robot.lookup("#dialog-ask").query().isVisible(), "the password row goes away once the words show");
        shot(robot, "recovery-words");
        robot.clickOn("#dialog-ok");
        waitUntil(() -> robot.lookup("#dialog-word-1").tryQuery().isEmpty());
        click(robot, "#wallet-words");
        waitUntil(() -> robot.lookup("#dialog-show-words").tryQuery().isPresent());
        assertTrue(robot.lookup("#dialog-word-1").tryQuery().isEmpty(), "hidden again: the password is asked again");
        assertEquals("", text(robot, "#dialog-password"));
        robot.clickOn("#dialog-ok");
    }

    @Test
    void linkageOnlyNetwork_switchedTo_balanceLabelledNotConsensusVerified(FxRobot robot) throws Exception {
        try (DevnetChain chain = DevnetChain.start(dir.resolve("linkage"), 300, DevnetChain.devnetWithChainId(31337),
                net.utilitynet.lightclient.sync.SyncMode.LINKAGE_ONLY)) {
            waitUntil(() -> robot.lookup("#wallet-tabs").tryQuery().isPresent());
            // the same data folder: this wallet file, now on a network the app verifies by hash links only
            service.follow(new WalletNetwork("second", "Second devnet", 31337, Optional.empty()), dir.resolve("data"),
                    Optional.of(chain.chain), Optional.empty());
            waitUntil(() -> robot.lookup("#wallet-unlock-password").tryQuery().map(Node::isVisible).orElse(false));
            assertEquals("Second devnet \u00b7 chain ID 31337", text(robot, "#wallet-network"));
            click(robot, "#wallet-unlock-password").write(PASSWORD);
            click(robot, "#wallet-unlock");
            String verified = "#wallet-verified-" + first.address().lower();
            waitUntil(() -> robot.lookup(verified).tryQuery().map(n -> ((Labeled) n).getText().startsWith("\u26a0 linkage-only at block #"))
                    .orElse(false));
            assertTrue(text(robot, "#wallet-trust-notice").contains("headers are linked to the checkpoint, but their seals are not verified"),
                    text(robot, "#wallet-trust-notice"));
            assertEquals("0 UNC", text(robot, "#wallet-balance-" + first.address().lower()));
            shot(robot, "linkage-only");
            robot.interact(() -> i18n.languageProperty().set(Language.CHINESE_SIMPLIFIED));
            waitUntil(() -> robot.lookup(verified).tryQuery().map(n -> ((Labeled) n).getText().startsWith("\u26a0 \u4ec5")).orElse(false));
            shot(robot, "linkage-only-zh");
            robot.interact(() -> i18n.languageProperty().set(Language.ENGLISH));
        }
    }

    /** The whole page (not only the visible part) and each open dialog, to {@code target/wallet-shots/NAME[-dialog].png}. */
    static void shot(FxRobot robot, String name) {
        robot.interact(() -> {
            try {
                Path out = Path.of("target", "wallet-shots");
                Files.createDirectories(out);
                for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                    if (w.isShowing() && w.getScene() != null) {
                        boolean dialog = w instanceof Stage s && s.getOwner() != null;
                        String suffix = dialog ? "-dialog" : "";
                        Node whole = dialog ? w.getScene().getRoot()
                                : ((javafx.scene.control.ScrollPane) w.getScene().getRoot().lookup(".page-scroll")).getContent();
                        javafx.scene.image.WritableImage img = whole.snapshot(null, null);
                        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img, null), "png",
                                out.resolve(name + suffix + ".png").toFile());
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
