package vn.dvhc.procedures;

import java.nio.file.Path;
import java.util.List;

import vn.dvhc.domain.procedure.ProvinceList;

/** The three files of one new province's list: procedures.csv, procedures.xlsx (the annex) and procedures.json. */
final class ProvinceFiles {

    private ProvinceFiles() {
    }

    static List<Path> targets(OutputFiles files, ProvinceList list) {
        return OutputFiles.PROVINCE_FILES.stream().map(name -> files.province(list.province().code(), name)).toList();
    }

    /** Writes the temporary files of the list. */
    static void write(OutputFiles files, ProvinceList list, String release) {
        List<Path> targets = targets(files, list);
        files.write(targets.get(0), out -> ProcedureCsv.writeList(list, out));
        files.write(targets.get(1), out -> ProcedureWorkbook.write(list, release, out));
        files.write(targets.get(2), out -> ProcedureJson.write(list, release, out));
    }

    /** Whether every temporary file of the list is there (a restarted publish step checks). */
    static boolean written(OutputFiles files, ProvinceList list) {
        return targets(files, list).stream().allMatch(files::written);
    }
}
