package vn.dvhc.domain.agency;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The level-1 codes (groups A–K, H01–H63, the G codes) and the letter groups. A group is {@code complete} when the
 * table lists all its codes (H, G): a code of it that is missing is an error; in the other groups (J, K …, [L]
 * confidence) it is only a warning.
 */
public final class Level1Table {

    /** A letter group of level-1 codes, e.g. H: People's Committees of the provinces. */
    public record Group(char letter, String name, boolean complete) {
    }

    private final Map<Character, Group> groups = new LinkedHashMap<>();
    private final Map<String, Level1Code> codes = new LinkedHashMap<>();

    public Level1Table(Collection<Group> groups, Collection<Level1Code> codes) {
        groups.forEach(g -> this.groups.put(g.letter(), g));
        codes.forEach(c -> {
            if (this.codes.put(c.code(), c) != null) {
                throw new IllegalArgumentException("level-1 code " + c.code() + " is listed twice");
            }
        });
    }

    public Optional<Level1Code> code(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    public Optional<Group> group(char letter) {
        return Optional.ofNullable(groups.get(letter));
    }

    /** The new province an H code's old province is part of. */
    public Optional<String> provinceOf(String level1) {
        return code(level1).map(Level1Code::newProvinceCode).filter(p -> !p.isEmpty());
    }

    /** The H code the People's Committee of a new province uses (Lào Cai 15 → H38). */
    public Optional<String> usedBy(String newProvinceCode) {
        return codes.values().stream()
                .filter(c -> c.newProvinceCode().equals(newProvinceCode) && c.status() == Level1Code.Status.ACTIVE)
                .map(Level1Code::code).findFirst();
    }

    public List<Level1Code> codes() {
        return List.copyOf(codes.values());
    }
}
