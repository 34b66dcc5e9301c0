package net.utilitynet.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import net.utilitynet.devnet.DevnetMain;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module graph and the shared rules, checked on every module's production classes (the app
 * depends on all of them, so they are all on this test's classpath). Packages that are still empty
 * are allowed ({@code allowEmptyShould}); the rules bite as soon as classes arrive.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("net.utilitynet");
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(classes);
    }

    @Test
    void onlyApp_usesJavaFxControlsFxOrTestFx() {
        check(noClasses().that().resideOutsideOfPackage("net.utilitynet.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.testfx..")
                .because("only the app module is a UI; every other module must run headless"));
    }

    @Test
    void protocol_dependsOnNoOtherModule() {
        check(noClasses().that().resideInAPackage("net.utilitynet.protocol..")
                .should().dependOnClassesThat().resideInAnyPackage("net.utilitynet.lightclient..", "net.utilitynet.wallet..",
                        "net.utilitynet.miner..", "net.utilitynet.devnet..", "net.utilitynet.app.."));
    }

    @Test
    void lightClient_dependsOnlyOnProtocol() {
        check(noClasses().that().resideInAPackage("net.utilitynet.lightclient..")
                .should().dependOnClassesThat().resideInAnyPackage("net.utilitynet.wallet..", "net.utilitynet.miner..",
                        "net.utilitynet.devnet..", "net.utilitynet.app.."));
    }

    @Test
    void wallet_doesNotDependOnMinerDevnetOrApp() {
        check(noClasses().that().resideInAPackage("net.utilitynet.wallet..")
                .should().dependOnClassesThat().resideInAnyPackage("net.utilitynet.miner..", "net.utilitynet.devnet..",
                        "net.utilitynet.app.."));
    }

    @Test
    void miner_doesNotDependOnDevnetOrApp() {
        check(noClasses().that().resideInAPackage("net.utilitynet.miner..")
                .should().dependOnClassesThat().resideInAnyPackage("net.utilitynet.devnet..", "net.utilitynet.app.."));
    }

    @Test
    void devnet_dependsOnlyOnProtocol() {
        check(noClasses().that().resideInAPackage("net.utilitynet.devnet..")
                .should().dependOnClassesThat().resideInAnyPackage("net.utilitynet.lightclient..", "net.utilitynet.wallet..",
                        "net.utilitynet.miner..", "net.utilitynet.app.."));
    }

    /**
     * Stand-alone programs outside app.cli whose console output is their interface. Each entry is a
     * reviewed exception; prefer a subcommand in net.utilitynet.app.cli.
     */
    private static final Class<?>[] CONSOLE_ENTRY_POINTS = {
        DevnetMain.class,
    };

    @Test
    void onlyCliAndBench_writeToStdoutOrStderr() {
        check(noClasses().that().resideOutsideOfPackages("net.utilitynet.app.cli..", "net.utilitynet.bench..")
                .and().doNotBelongToAnyOf(CONSOLE_ENTRY_POINTS)
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("use SLF4J; only command-line output goes to the console"));
    }

    @Test
    void viewModels_holdNoNodes() {
        check(noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("view-models are tested without a toolkit (docs/ui.md)"));
    }

    @Test
    void onlyFxBridge_hopsToTheFxThread() {
        check(noClasses().that().doNotHaveFullyQualifiedName("net.utilitynet.app.fx.FxBridge")
                .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .because("FxBridge is the one FX-thread bridge (docs/ui.md)"));
    }
}
