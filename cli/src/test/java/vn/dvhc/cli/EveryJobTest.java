package vn.dvhc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.Test;

import vn.dvhc.cli.output.SummaryPrinters;
import vn.dvhc.common.JobDefinition;
import vn.dvhc.jobs.Jobs;

/**
 * The one list of jobs is complete: a job definition left out of {@code Jobs.ALL} could be started by its command
 * but not restarted, shown or listed by name; and {@code dvhc jobs restart} can print every job's summary.
 */
class EveryJobTest {

    @Test
    void everyJobDefinitionOfTheCodeBaseIsInTheListOfJobs() {
        // The production classes of both modules, read from where they were loaded. Only their own hierarchy
        // matters here: resolving every class they use from the class path (Spring, jOOQ) took half a minute.
        ArchConfiguration archUnit = ArchConfiguration.get();
        boolean resolving = archUnit.resolveMissingDependenciesFromClassPath();
        List<String> definitions;
        try {
            archUnit.setResolveMissingDependenciesFromClassPath(false);
            definitions = new ClassFileImporter()
                    .withImportOption(location -> !location.contains("/vn/dvhc/jooq/"))
                    .importLocations(Set.of(Location.of(codeSource(JobDefinition.class)),
                            Location.of(codeSource(Dvhc.class))))
                    .stream()
                    .filter(c -> c.isAssignableTo(JobDefinition.class)
                            && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                    .map(JavaClass::getName).toList();
        } finally {
            archUnit.setResolveMissingDependenciesFromClassPath(resolving);
        }
        assertThat(definitions).as("the job definitions found").isNotEmpty();
        assertThat(Jobs.ALL.stream().map(job -> job.getClass().getName()).toList())
                .containsExactlyInAnyOrderElementsOf(definitions);
    }

    @Test
    void everyJobsSummaryHasAPrinter() {
        assertThat(Jobs.ALL).allSatisfy(job -> assertThat(SummaryPrinters.prints(job.summaryType()))
                .as("a printer in SummaryPrinters for %s of %s", job.summaryType().getSimpleName(), job.name())
                .isTrue());
    }

    private static URL codeSource(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
