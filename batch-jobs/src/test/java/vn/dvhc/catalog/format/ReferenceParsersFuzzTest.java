package vn.dvhc.catalog.format;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.dvhc.catalog.ReleaseValidator;
import vn.dvhc.common.CsvTable;
import vn.dvhc.common.StrictText;
import vn.dvhc.domain.ReleaseContent;
import vn.dvhc.error.DvhcException;
import vn.dvhc.testing.FuzzChecks;
import vn.dvhc.testing.InMemoryFiles;
import vn.dvhc.testing.Resources;

/**
 * Fuzzes every reference-data parser: whatever the bytes, the result is a release draft (with its problems) or
 * a {@link DvhcException} naming the problem; never another exception. In {@code ./mvnw verify} the seeds under
 * {@code ReferenceParsersFuzzTestInputs/} run as a regression corpus of malformed inputs; {@code scripts/fuzz}
 * fuzzes for real.
 */
class ReferenceParsersFuzzTest {

    private static final String NSO_HEADER = "Đơn vị hành chính từ ngày 01/7/2025,,,Đơn vị hành chính trước ngày 01/7/2025,,,,,\n"
            + "\"Tỉnh, thành phố\",Tên Xã mới,Mã Xã mới,Tên Xã cũ,Mã Xã cũ,Ghi chú,Quận/huyện,Tỉnh cũ,\n";
    private static final String GSO_HEADER = "\uFEFFMã,Tên,Tên Tiếng Anh,Cấp,Mã QH,Quận Huyện,Mã TP,Tỉnh / Thành Phố\n";
    private static final String COMMUNES_2026_HEADER = "code,name,type,province_code,full_name\n";

    private static ReleaseContent predecessor2025;

    @FuzzTest
    void csvTable(byte[] data) {
        CsvTable table;
        try {
            table = CsvTable.parse(StrictText.decode(data, StandardCharsets.UTF_8, "fuzz.csv"), "fuzz.csv", ',');
        } catch (DvhcException expected) {
            FuzzChecks.namesLine(expected, "fuzz.csv");
            return;
        }
        // What parses, written again as RFC 4180, parses to the same rows.
        StringBuilder again = new StringBuilder();
        for (CsvTable.Row row : table.records()) {
            for (int i = 0; i < row.size(); i++) {
                again.append(i == 0 ? "" : ",").append('"').append(row.get(i).replace("\"", "\"\"")).append('"');
            }
            again.append('\n');
        }
        List<List<String>> rows = fields(table);
        List<List<String>> reparsed = fields(CsvTable.parse(again.toString(), "again.csv", ','));
        FuzzChecks.check(rows.equals(reparsed), "rows written again read differently: " + rows + " vs " + reparsed);
    }

    @FuzzTest
    void nsoConversion(FuzzedDataProvider data) {
        byte[] body = data.consumeRemainingAsBytes();
        try {
            ReleaseDraft draft = new NsoConversionReader(new InMemoryFiles().put("nso.csv", concat(NSO_HEADER, body)),
                    "nso.csv").read("nso");
            checkDraft(draft, "nso.csv");
        } catch (DvhcException expected) {
            FuzzChecks.namesFile(expected, "nso.csv");
        }
    }

    @FuzzTest
    void gsoUnits(FuzzedDataProvider data) {
        byte[] body = data.consumeRemainingAsBytes();
        try {
            ReleaseDraft draft = new GsoUnitsReader(new InMemoryFiles().put("gso.csv", concat(GSO_HEADER, body)),
                    List.of("gso.csv")).read("gso");
            checkDraft(draft, "gso.csv");
        } catch (DvhcException expected) {
            FuzzChecks.namesFile(expected, "gso.csv");
        }
    }

    @FuzzTest
    void bundleRelease(FuzzedDataProvider data) {
        byte[] communes = data.consumeBytes(4096);
        byte[] mapping = data.consumeRemainingAsBytes();
        InMemoryFiles files = new InMemoryFiles()
                .put("new-provinces-2026.csv", "code,name,type,full_name\n75,Đồng Nai,Thành phố,Thành phố Đồng Nai\n")
                .put("new-communes-2026.csv", concat(COMMUNES_2026_HEADER, communes))
                .put("commune-mapping-2025-2026.csv", concat(
                        "code_2025,code_2026,province_code_2025,province_code_2026,type_2025,type_2026,change,legal_basis\n",
                        mapping));
        try {
            ReleaseDraft draft = new BundleReader(files).read().get(0);
            new ReleaseValidator(false).validate(draft, predecessor());
            checkDraft(draft, "-2026.csv");
        } catch (DvhcException expected) {
            FuzzChecks.namesFile(expected, ".csv");
        }
    }

    // Every unit and mapping row read carries the place it came from, and every problem names a file.
    private static void checkDraft(ReleaseDraft draft, String file) {
        draft.units().forEach(u -> FuzzChecks.check(u.at() != null && u.at().file().endsWith(".csv"),
                "a unit without its place: " + u));
        draft.mapping().forEach(m -> FuzzChecks.check(m.at() != null && m.at().file().endsWith(".csv"),
                "a mapping row without its place: " + m));
        draft.problems().errors().forEach(p -> FuzzChecks.check(p.toString().contains(".csv"),
                "a problem that names no file of " + file + ": " + p));
    }

    private static List<List<String>> fields(CsvTable table) {
        return table.records().stream().map(r -> java.util.Arrays.asList(r.fields())).toList();
    }

    private static synchronized ReleaseContent predecessor() {
        if (predecessor2025 == null) {
            predecessor2025 = new BundleReader(SourceFiles.folder(Resources.builtInBundle())).read().get(1).content();
        }
        return predecessor2025;
    }

    private static byte[] concat(String header, byte[] body) {
        byte[] head = header.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }
}
