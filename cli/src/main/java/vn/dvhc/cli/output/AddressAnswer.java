package vn.dvhc.cli.output;

import java.util.List;

import vn.dvhc.catalog.LookupResult;
import vn.dvhc.domain.Unit;
import vn.dvhc.domain.address.MatchStatus;

/** What {@code dvhc reference lookup} read an address as, and where its old communes went (text or JSON). */
public record AddressAnswer(String address, MatchStatus status, String prefix, Unit district, Unit province,
                            List<String> notes, LookupResult conversions, String newAddress) {
}
