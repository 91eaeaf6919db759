package vn.dvhc.referenceimport;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What a {@code reference import} run means: the files, their format ({@code auto} to tell it from the files), and
 * the importer's options.
 *
 * @param releaseId   null: the release id the files give
 * @param effective   null: the release is kept beside the chain (or the date the files give)
 * @param predecessor null: the release in force the day before
 */
public record ImportSettings(Path path, String format, String releaseId, LocalDate effective, String predecessor,
                             boolean replace, boolean allowUnmapped) {
}
