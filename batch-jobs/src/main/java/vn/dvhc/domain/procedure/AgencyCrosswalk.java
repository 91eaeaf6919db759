package vn.dvhc.domain.procedure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.dvhc.domain.VietnameseText;

/**
 * Old implementing agency → new one. A catalogue row is matched by its agency code first, then by its agency name
 * (ignoring case, blanks and tone-mark placement: {@code Sở Tư pháp} = {@code SỞ TƯ PHÁP}).
 */
public final class AgencyCrosswalk {

    private final Map<String, AgencyMapping> byCode = new HashMap<>();
    private final Map<String, AgencyMapping> byName = new HashMap<>();
    private final int size;

    public AgencyCrosswalk(List<AgencyMapping> mappings) {
        for (AgencyMapping mapping : mappings) {
            if (!mapping.oldCode().isBlank()) {
                byCode.putIfAbsent(mapping.oldCode().strip(), mapping);
            }
            if (!mapping.oldName().isBlank()) {
                byName.putIfAbsent(VietnameseText.toneKey(mapping.oldName()), mapping);
            }
        }
        size = mappings.size();
    }

    public static AgencyCrosswalk none() {
        return new AgencyCrosswalk(List.of());
    }

    public Optional<AgencyMapping> find(String agencyCode, String agencyName) {
        AgencyMapping found = agencyCode == null || agencyCode.isBlank() ? null : byCode.get(agencyCode.strip());
        if (found == null && agencyName != null && !agencyName.isBlank()) {
            found = byName.get(VietnameseText.toneKey(agencyName));
        }
        return Optional.ofNullable(found);
    }

    public int size() {
        return size;
    }
}
