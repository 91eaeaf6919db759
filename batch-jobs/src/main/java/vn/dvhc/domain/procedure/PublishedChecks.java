package vn.dvhc.domain.procedure;

import vn.dvhc.domain.DistrictWording;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The warnings a re-published list can carry (see {@link Warning.Kind}). */
final class PublishedChecks {

    private PublishedChecks() {
    }

    static List<Warning> missing(NewProvince province, List<OldProvince> missing) {
        return missing.stream().map(old -> new Warning(Warning.Kind.MISSING_SOURCE, null, null,
                province.label() + " was formed from " + old.label() + " too, whose catalogue is not among the "
                        + "inputs: the list lacks its procedures", null)).toList();
    }

    static List<Warning> warnings(PublishedProcedure p, boolean agencyUnknown) {
        List<Warning> warnings = new ArrayList<>();
        if (agencyUnknown) {
            warnings.add(new Warning(Warning.Kind.AGENCY_UNKNOWN, p.code(), p.level(), p.code() + " at "
                    + p.level().label() + ": the old agency was a district body or belongs to another level, and "
                    + "neither a rule nor the crosswalk names who handles it now; the cell is empty",
                    p.origins().get(0).source()));
        }
        Map<Field, String> texts = Map.of(Field.NAME, p.name(), Field.SECTOR, p.sector(), Field.AGENCY, p.agency(),
                Field.TIME_LIMIT, p.timeLimit(), Field.FEE, p.fee(), Field.PLACE, p.place());
        for (Field field : Field.values()) {
            if (DistrictWording.mentions(texts.get(field))) {
                warnings.add(wording(p, field.label()));
            }
        }
        if (DistrictWording.mentions(p.legalBasis())) {
            warnings.add(wording(p, "Căn cứ pháp lý"));
        }
        return warnings;
    }

    // domain §6.2.3: naming the district level in a list published after 2025-07-01 is an error; the text is the
    // province's to rewrite (a rule's new_name fixes a name), not ours to guess.
    private static Warning wording(PublishedProcedure p, String column) {
        return new Warning(Warning.Kind.DISTRICT_WORDING, p.code(), p.level(), p.code() + " at " + p.level().label()
                + ": the column " + column + " still names the abolished district level", p.origins().get(0).source());
    }
}
