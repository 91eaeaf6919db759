package vn.dvhc.cli.option;

import java.util.Iterator;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import vn.dvhc.common.JobDefinition;
import vn.dvhc.jobs.Jobs;

/**
 * A {@code --job} value: the persisted name of a job of {@link Jobs#ALL}. A misspelt name is a usage error listing
 * the names, not an empty list; the same names are the option's completion candidates (its help).
 */
public final class JobNames implements ITypeConverter<JobDefinition<?>>, Iterable<String> {

    @Override
    public JobDefinition<?> convert(String value) {
        return Jobs.named(value.trim()).orElseThrow(() -> new TypeConversionException("'" + value
                + "' is not one of " + String.join(", ", this)));
    }

    @Override
    public Iterator<String> iterator() {
        return Jobs.ALL.stream().map(JobDefinition::name).iterator();
    }
}
