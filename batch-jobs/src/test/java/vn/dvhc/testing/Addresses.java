package vn.dvhc.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import vn.dvhc.domain.HistoricalName;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.UnitLevel;

/**
 * Generates addresses as registers hold them, from the real old units, for benchmarks: a house and street before
 * the units, full or abbreviated types, with or without diacritics, sometimes no district, no commas, a typo, a
 * historical name, or no unit at all. The same seed gives the same addresses.
 */
public final class Addresses {

    private final List<Unit> communes = new ArrayList<>();
    private final Map<String, Unit> units = new HashMap<>();
    private final List<HistoricalName> formerCommunes = new ArrayList<>();

    public Addresses(List<Unit> oldUnits, List<HistoricalName> history) {
        for (Unit u : oldUnits) {
            units.put(u.level() + u.code(), u);
            if (u.level() == UnitLevel.COMMUNE) {
                communes.add(u);
            }
        }
        history.stream().filter(h -> h.level() == UnitLevel.COMMUNE && h.change() == HistoricalName.Change.MERGED)
                .forEach(formerCommunes::add);
    }

    public List<String> generate(int count, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(one(random));
        }
        return out;
    }

    private String one(Random random) {
        Unit c = communes.get(random.nextInt(communes.size()));
        Unit d = units.get(UnitLevel.DISTRICT + c.parentCode());
        Unit p = units.get(UnitLevel.PROVINCE + c.provinceCode());
        String street = Spellings.STREETS[random.nextInt(Spellings.STREETS.length)];
        int kind = random.nextInt(100);
        if (kind < 25) {
            return street + ", " + c.fullName() + ", " + d.fullName() + ", " + p.fullName();
        } else if (kind < 50) {
            return street + ", " + Spellings.abbreviated(c, random) + ", " + Spellings.abbreviated(d, random) + ", "
                    + province(p, random);
        } else if (kind < 65) {
            return Spellings.withoutDiacritics(street + ", " + Spellings.abbreviated(c, random) + ", "
                    + Spellings.abbreviated(d, random) + ", " + province(p, random));
        } else if (kind < 75) {
            return street + ", " + c.fullName() + ", " + province(p, random);
        } else if (kind < 85) {
            return (street + " " + c.fullName() + " " + d.fullName() + " " + p.fullName()).toLowerCase(Locale.ROOT);
        } else if (kind < 90) {
            String typo = Spellings.typo(c.name(), random);
            return street + ", " + c.type() + " " + (typo == null ? c.name() : typo) + ", " + d.fullName() + ", "
                    + p.fullName();
        } else if (kind < 95 && !formerCommunes.isEmpty()) {
            HistoricalName h = formerCommunes.get(random.nextInt(formerCommunes.size()));
            Unit successor = units.get(UnitLevel.COMMUNE + h.successors().get(0));
            Unit hd = units.get(UnitLevel.DISTRICT + successor.parentCode());
            return street + ", " + h.fullName() + ", " + hd.fullName() + ", " + units.get(UnitLevel.PROVINCE
                    + successor.provinceCode()).fullName();
        }
        return street + ", " + province(p, random);
    }

    private static String province(Unit p, Random random) {
        if (p.code().equals("79") && random.nextBoolean()) {
            return random.nextBoolean() ? "TP.HCM" : "Sài Gòn";
        }
        if (p.code().equals("01") && random.nextBoolean()) {
            return "HN";
        }
        return Spellings.abbreviated(p, random);
    }
}
