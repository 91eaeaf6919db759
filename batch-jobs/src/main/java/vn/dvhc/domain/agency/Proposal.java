package vn.dvhc.domain.agency;

import vn.dvhc.domain.Unit;

/**
 * A code proposed for a commune's People's Committee, for approval.
 *
 * @param code     the proposed code; empty when the pattern gives a code already taken and has no {@code {seq}}
 * @param conflict why no code was proposed; empty otherwise
 */
public record Proposal(String provinceCode, Unit commune, String code, String name, String parentCode,
                       String conflict) {
}
