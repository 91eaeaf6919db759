package vn.dvhc.domain.agency;

import java.text.Normalizer;

import vn.dvhc.domain.VietnameseText;

/** Names in Unicode NFC, without leading, trailing or doubled spaces (domain §6.2.8). */
final class TextChecks {

    private TextChecks() {
    }

    static void check(Register register) {
        for (Agency agency : register.agencies()) {
            String name = agency.name();
            String clean = VietnameseText.clean(name);
            if (name.equals(clean) || name.isBlank()) {
                continue;
            }
            String what = !Normalizer.isNormalized(name, Normalizer.Form.NFC)
                    ? "is not in Unicode NFC (decomposed accents: it will not match in searches)"
                    : "has leading, trailing, doubled or special spaces";
            register.add(AgencyRule.TEXT_HYGIENE, agency, "the name '" + name + "' " + what,
                    "write it as '" + clean + "'");
        }
    }
}
