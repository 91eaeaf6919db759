package vn.dvhc.remap.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import vn.dvhc.domain.VietnameseText;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.remap.ColumnResolver;
import vn.dvhc.remap.OnSplit;
import vn.dvhc.remap.address.NameHeaders;

/**
 * Which columns of the source table a run reads and which it writes, with the names as the database stores them:
 * worked out once ({@link #resolve}) by the command, to say what it will do, and by the job's first step, which keeps
 * it in the job's execution context. Code columns are found as in a file (by name, without case or accents, or as
 * named); without a code column, the address or unit-name columns.
 *
 * @param source          the table read
 * @param key             its key columns, in order
 * @param commune         the commune code column, or null (then names or an address decide)
 * @param address         the free-text address column, or null
 * @param namesByHeader   whether the name or address columns were found by their name rather than given
 * @param target          the table written: the new one, or the source itself
 * @param targetExists    whether the target exists now (always, in place)
 * @param rejects         {@code <target>_rejects}
 * @param columns         the columns the remap fills, in order ({@link #outputColumns}), as stored
 * @param missing         of those, the ones an in-place run adds to the source
 */
public record TableLayout(TableSource.Resolved source, List<String> key, String commune, String district,
                          String province, String address, String communeName, String districtName,
                          String provinceName, boolean namesByHeader, TableSource.Resolved target,
                          boolean targetExists, TableSource.Resolved rejects, List<String> columns,
                          List<String> missing) {

    /** The seven columns of every remap (spec §5). */
    public static final List<String> REMAP_COLUMNS = List.of("new_province_code", "new_province_name",
            "new_commune_code", "new_commune_name", "new_commune_type", "remap_status", "remap_candidates");

    public boolean byNames() {
        return address != null || communeName != null;
    }

    public boolean byAddress() {
        return address != null;
    }

    /** The columns written, as a file remap appends them (docs/remap.md), in their canonical lower-case names. */
    public static List<String> outputColumns(boolean names, boolean address, boolean basis) {
        List<String> columns = new ArrayList<>();
        if (names) {
            columns.add("old_commune_code");
        }
        columns.addAll(REMAP_COLUMNS);
        if (basis) {
            columns.add("remap_basis");
        }
        if (address) {
            columns.add("new_address");
        }
        if (names || basis) {
            columns.add("match_note");
        }
        return columns;
    }

    /** What the address or name columns are, in the words of the summary. */
    public String describeNames() {
        String how = namesByHeader ? " (found by the column names)" : "";
        return address != null ? "address column '" + address + "'" + how
                : "name columns '" + communeName + "'" + (districtName == null ? "" : ", '" + districtName + "'")
                + (provinceName == null ? "" : ", '" + provinceName + "'") + how;
    }

    /** Finds everything in the source's metadata; a table or a column that is not there is exit 3 naming it. */
    public static TableLayout resolve(TableSource db, TableSettings settings) {
        TableSource.Resolved source = db.require(TableName.parse(settings.table(), "--table"), "--table");
        List<TableSource.Column> all = db.columns(source);
        List<String> names = all.stream().map(TableSource.Column::name).toList();
        List<String> key = new ArrayList<>();
        for (String k : settings.key()) {
            key.add(named(names, k, "--key", source));
        }
        String commune = column(names, settings.communeColumn(), ColumnResolver.COMMUNE_NAMES, "--commune-column", source);
        String district = column(names, settings.districtColumn(), ColumnResolver.DISTRICT_NAMES, "--district-column",
                source);
        String province = column(names, settings.provinceColumn(), ColumnResolver.PROVINCE_NAMES, "--province-column",
                source);
        String address = null;
        String communeName = null;
        String districtName = null;
        String provinceName = null;
        boolean byHeader = false;
        var given = settings.addresses();
        if (given.given()) {
            address = given.address() == null ? null : named(names, given.address(), "--address-column", source);
            communeName = given.communeName() == null ? null
                    : named(names, given.communeName(), "--commune-name-column", source);
            districtName = given.districtName() == null ? null
                    : named(names, given.districtName(), "--district-name-column", source);
            provinceName = given.provinceName() == null ? null
                    : named(names, given.provinceName(), "--province-name-column", source);
        } else if (commune == null) {
            byHeader = true;
            communeName = byName(names, NameHeaders.COMMUNE, "--commune-name-column", source);
            if (communeName != null) {
                districtName = byName(names, NameHeaders.DISTRICT, "--district-name-column", source);
                provinceName = byName(names, NameHeaders.PROVINCE, "--province-name-column", source);
            } else {
                address = byName(names, NameHeaders.ADDRESS, "--address-column", source);
            }
            if (communeName == null && address == null) {
                throw new DvhcException(ErrorCode.INPUT_HEADER, "no commune code column in table " + source + " "
                        + names, null, "name it with --commune-column, or use one of the names "
                        + ColumnResolver.COMMUNE_NAMES + "; or read the old commune from an address (--address-column) "
                        + "or names (--commune-name-column)");
            }
        }
        for (String k : key) {
            if (List.of(nonNull(commune, district, province, address, communeName, districtName, provinceName)).contains(k)) {
                throw new DvhcException(ErrorCode.USAGE, "--key column " + k + " is also a column the remap reads", null,
                        "the key identifies rows: name the table's primary key");
            }
        }
        boolean byNames = address != null || communeName != null;
        List<String> canonical = outputColumns(byNames, address != null, settings.onSplit() == OnSplit.POPULATION);
        TableName targetName = settings.target();
        TableSource.Resolved existing = settings.inPlace() ? source : db.find(targetName);
        TableSource.Resolved target = existing != null ? existing : new TableSource.Resolved(
                targetName.schema() == null ? source.schema() : targetName.exactSchema() ? targetName.schema()
                        : db.stored(targetName.schema()),
                targetName.exactTable() ? targetName.table() : db.stored(targetName.table()));
        if (!settings.inPlace() && target.equals(source)) {
            throw new DvhcException(ErrorCode.USAGE, "--into names the source table " + source, null,
                    "name a new table, or use --in-place to add the columns to the source");
        }
        TableName rejectsName = settings.rejects();
        TableSource.Resolved rejectsFound = db.find(rejectsName);
        TableSource.Resolved rejects = rejectsFound != null ? rejectsFound
                : new TableSource.Resolved(target.schema(), rejectsName.exactTable() ? target.table() + "_rejects"
                : db.stored(target.table() + "_rejects"));
        List<String> stored = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> targetColumns = existing == null ? List.of()
                : db.columns(existing).stream().map(TableSource.Column::name).toList();
        for (String c : canonical) {
            String present = targetColumns.stream().filter(t -> t.equalsIgnoreCase(c)).findFirst().orElse(null);
            stored.add(present != null ? present : db.stored(c));
            if (present == null) {
                missing.add(db.stored(c));
            }
        }
        if (settings.inPlace()) {
            for (String c : stored) {
                if (List.of(nonNull(commune, district, province, address, communeName, districtName, provinceName))
                        .contains(c) || key.contains(c)) {
                    throw new DvhcException(ErrorCode.USAGE, "the source's column " + c + " would be overwritten by "
                            + "the remap", null, "remap --into a new table instead");
                }
            }
        }
        return new TableLayout(source, key, commune, district, province, address, communeName, districtName,
                provinceName, byHeader, target, existing != null, rejects, stored, missing);
    }

    /** Every column the reader selects, besides the key: the codes, then the texts. */
    public List<String> readColumns() {
        return List.of(nonNull(commune, district, province, address, communeName, districtName, provinceName));
    }

    private static String[] nonNull(String... values) {
        return Arrays.stream(values).filter(Objects::nonNull).toArray(String[]::new);
    }

    // A column the operator names: its exact name first, then without case or accents.
    private static String named(List<String> columns, String wanted, String option, TableSource.Resolved table) {
        if (columns.contains(wanted)) {
            return wanted;
        }
        String key = VietnameseText.identifierKey(wanted);
        List<String> found = columns.stream().filter(c -> VietnameseText.identifierKey(c).equals(key)).toList();
        if (found.size() == 1) {
            return found.get(0);
        }
        throw new DvhcException(ErrorCode.INPUT_HEADER, option + " '" + wanted + "' names " + (found.isEmpty()
                ? "no column" : found.size() + " columns") + " of table " + table + " " + columns, null,
                "give one of its column names");
    }

    private static String column(List<String> columns, String explicit, List<String> names, String option,
                                 TableSource.Resolved table) {
        return explicit != null ? named(columns, explicit, option, table) : byName(columns, names, option, table);
    }

    // Found by the names exports use; two of them is a usage error, as in a file.
    private static String byName(List<String> columns, List<String> names, String option, TableSource.Resolved table) {
        List<String> found = new ArrayList<>();
        for (String name : names) {
            String key = VietnameseText.identifierKey(name);
            columns.stream().filter(c -> VietnameseText.identifierKey(c).equals(key) && !found.contains(c))
                    .forEach(found::add);
        }
        if (found.size() > 1) {
            throw new DvhcException(ErrorCode.USAGE, "table " + table + " has " + found.size() + " columns that can be "
                    + option.substring(2).replace("-column", "") + " columns: " + found, null, "say which with " + option);
        }
        return found.isEmpty() ? null : found.get(0);
    }
}
