package vn.dvhc.agencies;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.dvhc.common.CsvTable;
import vn.dvhc.common.Header;
import vn.dvhc.common.ProvinceAgencyCodes;
import vn.dvhc.domain.ProvinceAgencyCode;
import vn.dvhc.domain.agency.Level1Code;
import vn.dvhc.domain.agency.Level1Table;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;

/**
 * The level-1 table as shipped: the letter groups ({@code level1-groups.csv}), the codes of the other groups
 * ({@code level1-codes.csv}) and the H codes with their post-2025 status (the built-in
 * {@code province-agency-codes.csv}, or the operator's own through {@code --h-codes}). Data, not code: the
 * sources are not settled (domain §7).
 */
final class Level1Tables {

    static final String GROUPS = "vn/dvhc/agencies/level1-groups.csv";
    static final String CODES = "vn/dvhc/agencies/level1-codes.csv";

    /** The day the H codes of merged provinces stopped naming a People's Committee. */
    static final LocalDate PROVINCES_MERGED = LocalDate.of(2025, 7, 1);

    private Level1Tables() {
    }

    /** @param hCodes null for the built-in H-code table */
    static Level1Table load(Path hCodes) {
        ProvinceAgencyCodes h = hCodes == null ? ProvinceAgencyCodes.builtIn() : ProvinceAgencyCodes.read(hCodes);
        List<Level1Table.Group> groups = new ArrayList<>();
        CsvTable groupTable = resource(GROUPS);
        Header gh = groupTable.header(0);
        int letter = gh.require("letter");
        int name = gh.require("group");
        int complete = gh.require("complete");
        for (CsvTable.Row row : body(groupTable)) {
            groups.add(new Level1Table.Group(row.get(letter).charAt(0), row.get(name), row.get(complete).equals("yes")));
        }
        List<Level1Code> codes = new ArrayList<>();
        CsvTable codeTable = resource(CODES);
        Header ch = codeTable.header(0);
        int code = ch.require("code");
        int body = ch.require("body");
        int status = ch.require("status");
        int used = ch.require("used_code");
        int changed = ch.require("changed_on");
        int note = ch.require("note");
        for (CsvTable.Row row : body(codeTable)) {
            codes.add(new Level1Code(row.get(code), row.get(body),
                    Level1Code.Status.valueOf(row.get(status).toUpperCase(Locale.ROOT)), row.get(used), "",
                    date(row.get(changed), codeTable, row), row.get(note)));
        }
        for (ProvinceAgencyCode entry : h.all()) {
            Level1Code.Status value = switch (entry.status()) {
                case KEPT -> Level1Code.Status.ACTIVE;
                case MERGED -> Level1Code.Status.MERGED;
                case RETIRED -> Level1Code.Status.RETIRED;
            };
            codes.add(new Level1Code(entry.code(), entry.body(), value, entry.usedCode(), entry.newProvinceCode(),
                    value == Level1Code.Status.ACTIVE ? null : PROVINCES_MERGED, entry.note()));
        }
        return new Level1Table(groups, codes);
    }

    private static List<CsvTable.Row> body(CsvTable table) {
        return table.records().subList(1, table.records().size());
    }

    private static LocalDate date(String text, CsvTable table, CsvTable.Row row) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new DvhcException(ErrorCode.INTERNAL_ERROR, "bad date '" + text + "'", table.at(row),
                    "the installation is damaged: reinstall dvhc", e);
        }
    }

    private static CsvTable resource(String name) {
        try (InputStream in = Level1Tables.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return CsvTable.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in " + name, ',');
        } catch (IOException e) {
            throw new DvhcException(ErrorCode.INTERNAL_ERROR, "cannot read " + name, null,
                    "the installation is damaged: reinstall dvhc", e);
        }
    }
}
