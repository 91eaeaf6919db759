package vn.dvhc.domain.agency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.dvhc.domain.Unit;

/**
 * Proposes codes for the communes of the register's provinces that have no People's Committee code: in commune
 * code order, by the pattern, numbered from {@code start} or, when it is 0, after the highest number the pattern
 * already gave in the province, skipping every code the register holds in any status (a retired code is never
 * re-used, a proposed one is taken) and every code proposed before. Deterministic: the same register, pattern and
 * release give the same proposals. Nothing in the register changes.
 */
public final class CodeAllocator {

    private final Level1Table table;
    private final CodePattern pattern;
    private final int start;

    public CodeAllocator(Level1Table table, CodePattern pattern, int start) {
        this.table = table;
        this.pattern = pattern;
        this.start = start;
    }

    /**
     * @param check the register's check, whose coverage names the provinces and their communes without a code
     */
    public List<Proposal> allocate(List<Agency> agencies, RegisterCheck.Result check) {
        Set<String> taken = new HashSet<>();
        agencies.forEach(a -> taken.add(a.code()));
        List<Proposal> proposals = new ArrayList<>();
        for (Map.Entry<String, Coverage> province : check.coverage().entrySet()) {
            Optional<String> level1 = table.usedBy(province.getKey());
            if (level1.isEmpty()) {
                continue;
            }
            int seq = start > 0 ? start : next(taken, level1.get());
            for (Unit commune : province.getValue().missing()) {
                String code = pattern.apply(level1.get(), commune.code(), seq);
                while (pattern.sequenced() && taken.contains(code)) {
                    code = pattern.apply(level1.get(), commune.code(), ++seq);
                }
                String name = UnitChecks.committeeName(commune);
                AgencyCode.Reading reading = AgencyCode.read(code);
                String parent = parent(reading, level1.get());
                if (taken.contains(code)) {
                    proposals.add(new Proposal(province.getKey(), commune, "", name, parent,
                            "the pattern gives " + code + ", which the register already holds: choose a code"));
                } else {
                    taken.add(code);
                    proposals.add(new Proposal(province.getKey(), commune, code, name, parent, ""));
                }
                seq++;
            }
        }
        return proposals;
    }

    /** After the highest number the pattern has given in the province: the register's codes continue. */
    private int next(Set<String> taken, String level1) {
        int highest = 0;
        for (String code : taken) {
            highest = Math.max(highest, pattern.sequenceOf(code, level1).orElse(0));
        }
        return highest + 1;
    }

    private static String parent(AgencyCode.Reading reading, String level1) {
        if (!reading.ok()) {
            return "";
        }
        AgencyCode code = reading.code();
        return code.parentBelowLevel1().orElse(code.layout() == CodeLayout.QCVN_102 ? "000.00.00." + level1 : level1);
    }
}
