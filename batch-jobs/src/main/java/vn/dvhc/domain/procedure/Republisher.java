package vn.dvhc.domain.procedure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import vn.dvhc.domain.VietnameseText;

/**
 * Re-publishes the old provinces' procedure catalogues as the lists of the new provinces (spec §7): every row at
 * each of its levels goes through the transfer rules, the parts that land on the same code and level of one new
 * province become one row of its list, and every old procedure gets one accounting {@link Change}. Pure: the
 * same inputs give the same lists, whatever the order of the rows.
 */
public final class Republisher {

    private static final Comparator<Procedure> CATALOGUE_ORDER = Comparator.comparing(Procedure::oldProvince)
            .thenComparing(p -> p.source().file()).thenComparingLong(p -> p.source().line());

    private final LevelTransfer transfer;

    public Republisher(TransferRules rules, AgencyCrosswalk crosswalk, DistrictDefault districtDefault) {
        this.transfer = new LevelTransfer(rules, crosswalk, districtDefault);
    }

    /**
     * @param rows       every catalogue row, in any order
     * @param provinceOf old province code → the new province it went into; a key for every row's province, and
     *                   an agency code for every new province that receives rows
     */
    public Republication republish(List<Procedure> rows, Map<String, NewProvince> provinceOf) {
        Map<String, Map<ProcedureCode, List<Procedure>>> oldProcedures = new TreeMap<>();
        rows.stream().sorted(CATALOGUE_ORDER).forEach(row -> oldProcedures
                .computeIfAbsent(row.oldProvince(), k -> new LinkedHashMap<>())
                .computeIfAbsent(row.code(), k -> new ArrayList<>()).add(row));
        Map<String, ProvinceBuilder> builders = new TreeMap<>();
        oldProcedures.forEach((oldCode, procedures) -> {
            NewProvince target = provinceOf.get(oldCode);
            if (target == null || target.agencyCode() == null) {
                throw new IllegalArgumentException("no new province with an agency code for old province " + oldCode);
            }
            OldProvince old = target.formedFrom().stream().filter(p -> p.code().equals(oldCode)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(target.code() + " is not formed from " + oldCode));
            ProvinceBuilder builder = builders.computeIfAbsent(target.code(), k -> new ProvinceBuilder(target));
            procedures.values().forEach(group -> builder.add(old, group, transfer));
        });
        return new Republication(builders.values().stream().map(ProvinceBuilder::build).toList());
    }

    /** Collects the parts of the old procedures that go into one new province. */
    private static final class ProvinceBuilder {

        private final NewProvince province;
        private final Map<Key, List<Contribution>> entries = new LinkedHashMap<>();
        private final List<OldGroup> groups = new ArrayList<>();

        ProvinceBuilder(NewProvince province) {
            this.province = province;
        }

        void add(OldProvince old, List<Procedure> rows, LevelTransfer transfer) {
            List<LevelTransfer.Outcome> outcomes = new ArrayList<>();
            Set<Key> keys = new LinkedHashSet<>();
            for (Procedure row : rows) {
                for (Level level : row.levels()) {
                    LevelTransfer.Outcome outcome = transfer.apply(row, level);
                    outcomes.add(outcome);
                    for (LevelTransfer.Target target : outcome.targets()) {
                        Key key = new Key(outcome.code(), target.level());
                        keys.add(key);
                        TransferRule rule = outcome.rule();
                        entries.computeIfAbsent(key, k -> new ArrayList<>()).add(new Contribution(old, row, level,
                                outcome.code(), target.level(),
                                rule == null || rule.newName().isBlank() ? row.name() : rule.newName(),
                                target.agency(), target.agencyCode(), target.agencyUnknown(),
                                rule == null ? "" : rule.legalBasis()));
                    }
                }
            }
            groups.add(new OldGroup(old, rows, outcomes, keys));
        }

        ProvinceList build() {
            List<Merging> merged = new ArrayList<>();
            entries.forEach((key, contributions) -> merged.add(
                    new Merging(key, EntryMerger.merge(key.code(), key.level(), contributions))));
            merged.sort(Comparator.comparing((Merging m) -> m.key().level())
                    .thenComparing(m -> VietnameseText.fold(m.merged().sectorGroup()))
                    .thenComparing(m -> m.merged().sectorGroup())
                    .thenComparing(m -> m.key().code()));
            List<PublishedProcedure> procedures = new ArrayList<>();
            List<Conflict> conflicts = new ArrayList<>();
            List<Warning> warnings = new ArrayList<>();
            Map<Level, Integer> stt = new TreeMap<>();
            for (Merging m : merged) {
                Map<Field, String> v = m.merged().values();
                PublishedProcedure published = new PublishedProcedure(stt.merge(m.key().level(), 1, Integer::sum),
                        m.key().code(), m.key().code().local(province.agencyCode()), m.key().level(),
                        v.get(Field.NAME), v.get(Field.SECTOR), m.merged().sectorGroup(), v.get(Field.AGENCY),
                        m.merged().agencyCode(), v.get(Field.TIME_LIMIT), v.get(Field.FEE), v.get(Field.PLACE),
                        m.merged().legalBasis(), m.merged().origins(), m.merged().conflictFields());
                procedures.add(published);
                conflicts.addAll(m.merged().conflicts());
                warnings.addAll(PublishedChecks.warnings(published, m.merged().agencyUnknown()));
            }
            List<OldProvince> seen = groups.stream().map(OldGroup::province).distinct().toList();
            List<OldProvince> missing = province.formedFrom().stream().filter(p -> !seen.contains(p)).toList();
            List<Warning> provinceWarnings = new ArrayList<>(PublishedChecks.missing(province, missing));
            provinceWarnings.addAll(warnings);
            List<Change> changes = groups.stream().map(g -> ChangeAccounting.change(g.province(), province, g.rows(),
                    g.outcomes(), mergedWith(g))).toList();
            return new ProvinceList(province, procedures, changes, conflicts, provinceWarnings, missing);
        }

        private List<OldProvince> mergedWith(OldGroup group) {
            Set<OldProvince> others = new LinkedHashSet<>();
            for (Key key : group.keys()) {
                entries.get(key).stream().map(Contribution::province).filter(p -> !p.equals(group.province()))
                        .forEach(others::add);
            }
            return others.stream().sorted(Comparator.comparing(OldProvince::code)).toList();
        }
    }

    private record Key(ProcedureCode code, Level level) {
    }

    private record OldGroup(OldProvince province, List<Procedure> rows, List<LevelTransfer.Outcome> outcomes,
                            Set<Key> keys) {
    }

    private record Merging(Key key, EntryMerger.Merged merged) {
    }
}
