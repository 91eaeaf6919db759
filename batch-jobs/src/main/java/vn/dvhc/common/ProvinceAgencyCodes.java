package vn.dvhc.common;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.dvhc.domain.ProvinceAgencyCode;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/**
 * The H01–H63 table: built in ({@code vn/dvhc/common/province-agency-codes.csv}), or an operator's own file in
 * the same layout ({@code code,body,old_province_code,new_province_code,status,used_code,confidence,note}) when
 * the province decides otherwise. Shared by the agency validator and the procedure re-publication.
 */
public final class ProvinceAgencyCodes {

    public static final String BUILT_IN = "vn/dvhc/common/province-agency-codes.csv";

    private final Map<String, ProvinceAgencyCode> byCode;

    private ProvinceAgencyCodes(Map<String, ProvinceAgencyCode> byCode) {
        this.byCode = byCode;
    }

    public static ProvinceAgencyCodes builtIn() {
        return parse(CsvTable.parse(new String(builtInBytes(), StandardCharsets.UTF_8), "built-in " + BUILT_IN, ','));
    }

    /** The SHA-256 of the built-in table: what identifies a job run without {@code --h-codes}. */
    public static String builtInSha256() {
        return Sha256.of(builtInBytes());
    }

    private static byte[] builtInBytes() {
        try (var in = ProvinceAgencyCodes.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILT_IN);
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new DvhcException(ErrorCode.INTERNAL_ERROR, "cannot read " + BUILT_IN, null,
                    "the installation is damaged: reinstall dvhc", e);
        }
    }

    public static ProvinceAgencyCodes read(Path file) {
        return parse(Tables.read(file));
    }

    private static ProvinceAgencyCodes parse(CsvTable table) {
        Header header = table.header(0);
        int code = header.require("code");
        int body = header.require("body");
        int oldProvince = header.require("old_province_code");
        int newProvince = header.require("new_province_code");
        int status = header.require("status");
        int used = header.require("used_code");
        int confidence = header.find("confidence");
        int note = header.find("note");
        Map<String, ProvinceAgencyCode> byCode = new LinkedHashMap<>();
        for (CsvTable.Row row : table.records().subList(1, table.records().size())) {
            Location at = table.at(row);
            ProvinceAgencyCode.Status value;
            try {
                value = ProvinceAgencyCode.Status.valueOf(row.get(status).trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new DvhcException(ErrorCode.INPUT_MALFORMED, "status '" + row.get(status)
                        + "' is not kept, merged or retired", at.atColumn(status + 1L), null, e);
            }
            ProvinceAgencyCode entry = new ProvinceAgencyCode(row.get(code), row.get(body), row.get(oldProvince),
                    row.get(newProvince), value, row.get(used), row.get(confidence), row.get(note));
            if (byCode.put(entry.code(), entry) != null) {
                throw new DvhcException(ErrorCode.REFERENCE_INCONSISTENT, "duplicate code " + entry.code(), at, null);
            }
        }
        return new ProvinceAgencyCodes(byCode);
    }

    public Optional<ProvinceAgencyCode> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The H code the People's Committee of a new (2025-07-01) province uses, e.g. {@code 15 → H38}. */
    public Optional<String> usedBy(String newProvinceCode) {
        return byCode.values().stream()
                .filter(c -> c.newProvinceCode().equals(newProvinceCode) && c.status() == ProvinceAgencyCode.Status.KEPT)
                .map(ProvinceAgencyCode::usedCode).findFirst();
    }

    public List<ProvinceAgencyCode> all() {
        return new ArrayList<>(byCode.values());
    }
}
