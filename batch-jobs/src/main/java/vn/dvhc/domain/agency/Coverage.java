package vn.dvhc.domain.agency;

import java.util.List;

import vn.dvhc.domain.Unit;

/**
 * How many communes of a new province are in force, how many have a commune People's Committee code, and the codes
 * of those that have none, in code order.
 */
public record Coverage(String provinceCode, int communes, int covered, List<Unit> missing) {

    public Coverage {
        missing = List.copyOf(missing);
    }
}
