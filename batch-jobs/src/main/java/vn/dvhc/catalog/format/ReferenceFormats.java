package vn.dvhc.catalog.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.dvhc.common.CsvTable;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/** The import formats of {@code reference import} and how to tell them apart. */
public final class ReferenceFormats {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ReferenceFormats() {
    }

    /** The formats, with the names used on the command line. */
    public enum Format {
        BUNDLE(BundleReader.FORMAT), NSO_CONVERSION(NsoConversionReader.FORMAT), GSO_UNITS(GsoUnitsReader.FORMAT);

        private final String label;

        Format(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Format fromLabel(String label) {
            for (Format format : values()) {
                if (format.label.equals(label.toLowerCase(Locale.ROOT))) {
                    return format;
                }
            }
            throw new DvhcException(ErrorCode.USAGE, "unknown format '" + label + "'", null,
                    "use auto, bundle, nso-conversion or gso-units");
        }
    }

    /** Reads the releases a path holds in a format (null: detect it). */
    public static List<ReleaseDraft> read(Path path, Format format, String releaseId) {
        Format actual = format == null ? detect(path) : format;
        return switch (actual) {
            case BUNDLE -> {
                requireDirectory(path, actual);
                yield new BundleReader(SourceFiles.folder(path)).read();
            }
            case NSO_CONVERSION -> {
                requireFile(path, actual);
                ReleaseDraft draft = new NsoConversionReader(SourceFiles.folder(parent(path)),
                        path.getFileName().toString()).read(releaseId);
                if (draft.id() == null && draft.statedDate() != null) {
                    draft.id("nso-" + draft.statedDate());
                }
                yield List.of(draft);
            }
            case GSO_UNITS -> {
                List<String> names = Files.isDirectory(path) ? gsoFiles(path) : List.of(path.getFileName().toString());
                Path dir = Files.isDirectory(path) ? path : parent(path);
                ReleaseDraft draft = new GsoUnitsReader(SourceFiles.folder(dir), names).read(releaseId);
                if (draft.id() == null) {
                    names.stream().map(DATE::matcher).filter(Matcher::find).findFirst()
                            .ifPresent(m -> draft.id("gso-" + m.group()));
                }
                yield List.of(draft);
            }
        };
    }

    public static Format detect(Path path) {
        if (Files.isDirectory(path)) {
            if (BundleReader.looksLikeBundle(SourceFiles.folder(path))) {
                return Format.BUNDLE;
            }
            if (!gsoFiles(path).isEmpty()) {
                return Format.GSO_UNITS;
            }
            throw unknown(path, "the folder holds neither a reference bundle nor GSO/NSO unit exports");
        }
        if (!Files.isRegularFile(path)) {
            throw new DvhcException(ErrorCode.INPUT_NOT_FOUND, "no such file or folder", Location.of(path),
                    "check the path");
        }
        CsvTable table = CsvTable.read(path);
        if (NsoConversionReader.looksLikeNso(table)) {
            return Format.NSO_CONVERSION;
        }
        if (GsoUnitsReader.kindOf(table) != null) {
            return Format.GSO_UNITS;
        }
        throw unknown(path, "the file is neither the NSO conversion table nor a GSO/NSO unit export"
                + (path.getFileName().toString().startsWith("commune-mapping") ? " (bundle tables are imported by folder)" : ""));
    }

    private static List<String> gsoFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .filter(Files::isRegularFile)
                    .filter(p -> GsoUnitsReader.kindOf(CsvTable.read(p)) != null)
                    .map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.INPUT_UNREADABLE, "cannot list the folder: " + e.getMessage(),
                    Location.of(dir), null, e);
        }
    }

    private static DvhcException unknown(Path path, String why) {
        return new DvhcException(ErrorCode.INPUT_FORMAT_UNKNOWN, "unknown reference format: " + why, Location.of(path),
                "pass --format bundle|nso-conversion|gso-units, or see docs/formats.md");
    }

    private static void requireDirectory(Path path, Format format) {
        if (!Files.isDirectory(path)) {
            throw new DvhcException(Files.exists(path) ? ErrorCode.INPUT_FORMAT_UNKNOWN : ErrorCode.INPUT_NOT_FOUND,
                    format.label() + " needs a folder", Location.of(path), "point at the bundle's folder");
        }
    }

    private static void requireFile(Path path, Format format) {
        if (!Files.isRegularFile(path)) {
            throw new DvhcException(Files.exists(path) ? ErrorCode.INPUT_FORMAT_UNKNOWN : ErrorCode.INPUT_NOT_FOUND,
                    format.label() + " needs a file", Location.of(path), "point at the CSV file");
        }
    }

    private static Path parent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }
}
