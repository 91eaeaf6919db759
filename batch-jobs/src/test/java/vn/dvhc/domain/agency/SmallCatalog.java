package vn.dvhc.domain.agency;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitKey;
import vn.dvhc.domain.UnitLevel;

/**
 * A few real units of Lào Cai along the release chain, for the rule tests: the old provinces Lào Cai (10) and Yên
 * Bái (15) became the new Lào Cai (15); the district Bảo Thắng (086) is gone; the old Phường Sa Pa (03001) is part
 * of the new Phường Sa Pa (03006). The job's implementation over the real catalog is tested by AgenciesIT.
 */
public final class SmallCatalog implements UnitHistory {

    static final String OLD = "pre-2025";
    static final String Y2025 = "2025-07-01";
    static final String NOW = "2026-04-30";
    public static final LocalDate AS_OF = LocalDate.of(2026, 7, 1);

    private static final Unit OLD_LAO_CAI = new Unit(UnitLevel.PROVINCE, "10", "Lào Cai", "Tỉnh", null, "10");
    private static final Unit OLD_YEN_BAI = new Unit(UnitLevel.PROVINCE, "15", "Yên Bái", "Tỉnh", null, "15");
    private static final Unit BAO_THANG = new Unit(UnitLevel.DISTRICT, "086", "Bảo Thắng", "Huyện", "10", "10");
    private static final Unit OLD_SA_PA = new Unit(UnitLevel.COMMUNE, "03001", "Sa Pa", "Phường", "088", "10");
    static final Unit LAO_CAI = new Unit(UnitLevel.PROVINCE, "15", "Lào Cai", "Tỉnh", null, "15");
    static final List<Unit> COMMUNES = List.of(
            new Unit(UnitLevel.COMMUNE, "02647", "Lào Cai", "Phường", null, "15"),
            new Unit(UnitLevel.COMMUNE, "02680", "Hợp Thành", "Xã", null, "15"),
            new Unit(UnitLevel.COMMUNE, "03006", "Sa Pa", "Phường", null, "15"));

    private static final Map<UnitKey, List<Unit>> OLD_TO_NOW = Map.of(
            OLD_LAO_CAI.key(), List.of(LAO_CAI), OLD_YEN_BAI.key(), List.of(LAO_CAI), BAO_THANG.key(), List.of(),
            OLD_SA_PA.key(), List.of(COMMUNES.get(2)));

    @Override
    public String releaseInForce() {
        return NOW;
    }

    @Override
    public List<String> releases() {
        return List.of(NOW, Y2025, OLD);
    }

    @Override
    public Optional<Unit> unit(String releaseId, UnitKey key) {
        List<Unit> units = releaseId.equals(OLD) ? List.of(OLD_LAO_CAI, OLD_YEN_BAI, BAO_THANG, OLD_SA_PA)
                : Stream.concat(Stream.of(LAO_CAI), COMMUNES.stream()).toList();
        return units.stream().filter(u -> u.key().equals(key)).findFirst();
    }

    @Override
    public List<Unit> successors(String releaseId, UnitKey key) {
        return releaseId.equals(OLD) ? OLD_TO_NOW.getOrDefault(key, List.of()) : unit(releaseId, key).stream().toList();
    }

    @Override
    public List<Unit> communes(String provinceCode) {
        return provinceCode.equals("15") ? COMMUNES : List.of();
    }

    public static Level1Table level1() {
        return new Level1Table(List.of(new Level1Table.Group('G', "Bộ, cơ quan ngang bộ", true),
                new Level1Table.Group('H', "Ủy ban nhân dân tỉnh", true),
                new Level1Table.Group('J', "Tổ chức xã hội - nghề nghiệp", false)),
                List.of(new Level1Code("G04", "(bộ hợp nhất)", Level1Code.Status.RETIRED, "", "",
                                LocalDate.of(2025, 4, 14), "QĐ 09/2025"),
                        new Level1Code("G12", "Bộ Tài chính", Level1Code.Status.ACTIVE, "", "", null, ""),
                        new Level1Code("H38", "Ủy ban nhân dân tỉnh Lào Cai", Level1Code.Status.ACTIVE, "H38", "15",
                                null, ""),
                        new Level1Code("H63", "Ủy ban nhân dân tỉnh Yên Bái", Level1Code.Status.MERGED, "H38", "15",
                                LocalDate.of(2025, 7, 1), ""),
                        new Level1Code("J01", "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam",
                                Level1Code.Status.ACTIVE, "", "", null, "")));
    }
}
