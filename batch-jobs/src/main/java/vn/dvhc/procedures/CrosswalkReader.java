package vn.dvhc.procedures;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.dvhc.common.CsvTable;
import vn.dvhc.common.Header;
import vn.dvhc.common.InputTables;
import vn.dvhc.domain.VietnameseText;
import vn.dvhc.domain.procedure.AgencyCrosswalk;
import vn.dvhc.domain.procedure.AgencyMapping;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * Reads the agency crosswalk (docs/procedure-formats.md): old agency code and/or name → new agency name and code.
 * Codes are taken as written; no layout is converted into another (domain §6.1.4).
 */
final class CrosswalkReader {

    static final String[] OLD_CODE = {"old_agency_code", "Mã cơ quan cũ"};
    static final String[] OLD_NAME = {"old_agency", "old_agency_name", "Cơ quan cũ", "Tên cơ quan cũ"};
    static final String[] NEW_CODE = {"new_agency_code", "Mã cơ quan mới"};
    static final String[] NEW_NAME = {"new_agency", "new_agency_name", "Cơ quan mới", "Tên cơ quan mới"};

    private CrosswalkReader() {
    }

    static AgencyCrosswalk read(Path file, Charset encoding) {
        return read(InputTables.read(file, encoding));
    }

    static AgencyCrosswalk read(CsvTable table) {
        InputTables.Found found = InputTables.header(table, CatalogueReader.FORMATS_DOC, NEW_NAME);
        Header h = found.header();
        int oldCode = h.find(OLD_CODE);
        int oldName = h.find(OLD_NAME);
        int newCode = h.find(NEW_CODE);
        int newName = h.find(NEW_NAME);
        if (oldCode < 0 && oldName < 0) {
            throw new DvhcException(ErrorCode.INPUT_HEADER, "no column old_agency_code or old_agency in the header "
                    + h.names(), table.at(table.records().get(found.index())),
                    "name the old agency by code, by name, or both; see docs/procedure-formats.md");
        }
        ProblemList problems = new ProblemList();
        List<AgencyMapping> mappings = new ArrayList<>();
        for (CsvTable.Row row : table.records().subList(found.index() + 1, table.records().size())) {
            if (row.isBlankFrom(0)) {
                continue;
            }
            Location at = table.at(row);
            String code = oldCode < 0 ? "" : VietnameseText.clean(row.get(oldCode));
            String name = oldName < 0 ? "" : VietnameseText.clean(row.get(oldName));
            String target = VietnameseText.clean(row.get(newName));
            if (code.isEmpty() && name.isEmpty()) {
                problems.add(ErrorCode.INPUT_MALFORMED, at, "the line names no old agency", "give its code or its name");
            } else if (target.isEmpty()) {
                problems.add(ErrorCode.INPUT_MALFORMED, at.atColumn(newName + 1L), "the line names no new agency",
                        "give the name of the agency that handles the procedures now");
            } else {
                mappings.add(new AgencyMapping(code, name, newCode < 0 ? "" : VietnameseText.clean(row.get(newCode)),
                        target, at));
            }
        }
        problems.throwIfAny();
        return new AgencyCrosswalk(mappings);
    }
}
