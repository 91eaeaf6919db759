package vn.dvhc.catalog;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.dvhc.common.Sha256;
import vn.dvhc.domain.CodeAlias;
import vn.dvhc.domain.MappingRow;
import vn.dvhc.domain.PopulationOutcome;
import vn.dvhc.domain.Release;
import vn.dvhc.domain.ReleaseContent;
import vn.dvhc.domain.SourceFile;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitLevel;

/**
 * A release's whole content in one compact byte array, kept in the catalog beside its rows
 * ({@code ref_release_snapshot}) so that a command reads one value instead of some 30,000 rows through jOOQ
 * (issue 17: the catalog load was the largest part of a small job). Each distinct string is written once.
 *
 * <p>A snapshot belongs to the {@link #checksum} of the release it was made from. Every change of a release's
 * content changes that checksum: an import or replacement writes new source files and a new import time, and
 * population outcomes come with their source file ({@link CatalogRepository#addPopulation}).
 */
final class ReleaseSnapshot {

    /** Changed whenever the layout below changes: a snapshot of another layout is never read. */
    private static final int FORMAT = 1;
    private static final UnitLevel[] LEVELS = UnitLevel.values();

    private ReleaseSnapshot() {
    }

    /** Identifies the release's content: its attributes, import time and source files, and the layout. */
    static String checksum(Release release) {
        StringBuilder text = new StringBuilder().append(FORMAT).append('\n')
                .append(release.id()).append('\n')
                .append(release.title()).append('\n')
                .append(release.predecessorId()).append('\n')
                .append(release.effectiveDate()).append('\n')
                .append(release.format()).append('\n')
                .append(release.builtIn()).append('\n')
                .append(release.importedAt()).append('\n');
        for (SourceFile source : release.sources()) {
            text.append(source.name()).append('\t').append(source.sha256()).append('\t').append(source.bytes()).append('\n');
        }
        return Sha256.of(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static byte[] encode(ReleaseContent content) {
        Strings strings = new Strings();
        ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 20);
        try (DataOutputStream out = new DataOutputStream(body)) {
            out.writeInt(content.units().size());
            for (Unit unit : content.units()) {
                out.writeByte(unit.level().ordinal());
                strings.write(out, unit.code());
                strings.write(out, unit.name());
                strings.write(out, unit.type());
                strings.write(out, unit.parentCode());
                strings.write(out, unit.provinceCode());
            }
            out.writeInt(content.mapping().size());
            for (MappingRow row : content.mapping()) {
                out.writeByte(row.oldLevel().ordinal());
                strings.write(out, row.oldCode());
                strings.write(out, row.newCode());
                out.writeByte((row.split() ? 1 : 0) | (row.isDefault() ? 2 : 0));
                strings.write(out, row.note());
                strings.write(out, row.defaultBasis());
            }
            out.writeInt(content.aliases().size());
            for (CodeAlias alias : content.aliases()) {
                out.writeByte(alias.level().ordinal());
                strings.write(out, alias.aliasCode());
                strings.write(out, alias.code());
                strings.write(out, alias.note());
            }
            out.writeInt(content.population().size());
            for (PopulationOutcome outcome : content.population()) {
                strings.write(out, outcome.oldCommuneCode());
                strings.write(out, outcome.newCommuneCode());
                strings.write(out, outcome.basis());
                strings.write(out, outcome.nsoNote());
                strings.write(out, outcome.resolution());
                strings.write(out, outcome.resolutionText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream whole = new ByteArrayOutputStream(body.size() + (1 << 16));
        try (DataOutputStream out = new DataOutputStream(whole)) {
            out.writeInt(FORMAT);
            out.writeInt(strings.table.size());
            for (String string : strings.table) {
                byte[] utf8 = string.getBytes(StandardCharsets.UTF_8);
                out.writeInt(utf8.length);
                out.write(utf8);
            }
            body.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return whole.toByteArray();
    }

    /**
     * The content of a snapshot made by {@link #encode}.
     *
     * @throws IllegalArgumentException when the bytes are not such a snapshot (another layout, cut short)
     */
    static ReleaseContent decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            int format = in.getInt();
            if (format != FORMAT) {
                throw new IllegalArgumentException("snapshot layout " + format + ", expected " + FORMAT);
            }
            String[] table = new String[count(in)];
            for (int i = 0; i < table.length; i++) {
                int length = count(in);
                table[i] = new String(bytes, in.position(), length, StandardCharsets.UTF_8);
                in.position(in.position() + length);
            }
            int unitCount = count(in);
            List<Unit> units = new ArrayList<>(unitCount);
            for (int i = 0; i < unitCount; i++) {
                units.add(new Unit(level(in), string(in, table), string(in, table), string(in, table),
                        string(in, table), string(in, table)));
            }
            int mappingSize = count(in);
            List<MappingRow> mapping = new ArrayList<>(mappingSize);
            for (int i = 0; i < mappingSize; i++) {
                UnitLevel level = level(in);
                String oldCode = string(in, table);
                String newCode = string(in, table);
                int flags = in.get();
                mapping.add(new MappingRow(level, oldCode, newCode, (flags & 1) != 0, (flags & 2) != 0,
                        string(in, table), string(in, table)));
            }
            int aliasCount = count(in);
            List<CodeAlias> aliases = new ArrayList<>(aliasCount);
            for (int i = 0; i < aliasCount; i++) {
                aliases.add(new CodeAlias(level(in), string(in, table), string(in, table), string(in, table)));
            }
            int populationSize = count(in);
            List<PopulationOutcome> population = new ArrayList<>(populationSize);
            for (int i = 0; i < populationSize; i++) {
                population.add(new PopulationOutcome(string(in, table), string(in, table), string(in, table),
                        string(in, table), string(in, table), string(in, table)));
            }
            if (in.hasRemaining()) {
                throw new IllegalArgumentException("bytes after the end of the snapshot");
            }
            return new ReleaseContent(units, mapping, aliases, population);
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a release snapshot: " + e, e);
        }
    }

    // A count or length can never exceed the bytes left: checked before anything that size is allocated.
    private static int count(ByteBuffer in) {
        int count = in.getInt();
        if (count < 0 || count > in.remaining()) {
            throw new IllegalArgumentException("a count of " + count + " with " + in.remaining() + " bytes left");
        }
        return count;
    }

    private static UnitLevel level(ByteBuffer in) {
        return LEVELS[Byte.toUnsignedInt(in.get())];
    }

    // -1 is null; Java evaluates the arguments of a constructor left to right, the order they were written in.
    private static String string(ByteBuffer in, String[] table) {
        int index = in.getInt();
        return index < 0 ? null : table[index];
    }

    /** Each distinct string once, in the order first met; -1 for null. */
    private static final class Strings {
        private final List<String> table = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();

        void write(DataOutputStream out, String string) throws IOException {
            out.writeInt(string == null ? -1 : index.computeIfAbsent(string, s -> {
                table.add(s);
                return table.size() - 1;
            }));
        }
    }
}
