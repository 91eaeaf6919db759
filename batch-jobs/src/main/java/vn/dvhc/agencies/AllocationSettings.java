package vn.dvhc.agencies;

import java.nio.file.Path;

/**
 * What an {@code agencies allocate} run means: the register's settings, the code pattern, the first number tried
 * (0: one after the highest the pattern already gave) and the file the proposals go to.
 */
public record AllocationSettings(AgencySettings agencies, String pattern, int start, Path output) {
}
