package vn.dvhc.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of style.md §2, on the production classes of both modules. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("vn.dvhc");
    }

    @Test
    void batchJobsNeverDependsOnTheCli() {
        noClasses().that().resideOutsideOfPackage("vn.dvhc.cli..")
                .should().dependOnClassesThat().resideInAPackage("vn.dvhc.cli..")
                .check(classes);
    }

    @Test
    void onlyTheCliUsesPicocli() {
        noClasses().that().resideOutsideOfPackage("vn.dvhc.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(classes);
    }

    @Test
    void theDomainIsPlainJava() {
        classes().that().resideInAPackage("vn.dvhc.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "vn.dvhc.domain..", "vn.dvhc.error..")
                .check(classes);
    }

    @Test
    void theCatalogAndTheSharedPiecesDependOnNoJob() {
        noClasses().that().resideInAnyPackage("vn.dvhc.domain..", "vn.dvhc.error..", "vn.dvhc.catalog..",
                        "vn.dvhc.common..", "vn.dvhc.infra..")
                .should().dependOnClassesThat().resideInAnyPackage(jobPackages())
                .check(classes);
    }

    @Test
    void jobPackagesDoNotUseEachOther() {
        SlicesRuleDefinition.slices().matching("vn.dvhc.(referenceimport|remap|agencies|procedures|report)..")
                .should().notDependOnEachOther()
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        // jOOQ's generated model references itself across its packages; it is generated, not designed.
        SlicesRuleDefinition.slices().matching("vn.dvhc.(**)").should().beFreeOfCycles()
                .check(classes.that(JavaClass.Predicates.resideOutsideOfPackage("vn.dvhc.jooq..")));
    }

    @Test
    void onlyMainExitsTheProcess() {
        noClasses().that().doNotHaveFullyQualifiedName(Dvhc.class.getName())
                .and().doNotHaveFullyQualifiedName(WarmProcess.class.getName())
                .should().callMethod(System.class, "exit", int.class)
                .check(classes);
    }

    @Test
    void onlyMainReadsTheProcesssStandardInput() {
        // Commands read CliContext.in(), which tests and a forwarded command line give their own.
        noClasses().that().doNotHaveFullyQualifiedName(Dvhc.class.getName())
                .should().accessField(System.class, "in")
                .check(classes);
    }

    @Test
    void batchJobsNeverPrintsToTheConsole() {
        noClasses().that().resideOutsideOfPackage("vn.dvhc.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }

    private static String[] jobPackages() {
        return new String[]{"vn.dvhc.referenceimport..", "vn.dvhc.remap..", "vn.dvhc.agencies..",
                "vn.dvhc.procedures..", "vn.dvhc.report.."};
    }
}
