package vn.dvhc.domain.split;

import vn.dvhc.domain.Conversion;

/**
 * Where the old communes went, for checking rules and writing the worklist; with a catalog's
 * {@code ConversionTable}: {@code code -> table.convert(new UnitKey(UnitLevel.COMMUNE, code))}.
 */
@FunctionalInterface
public interface CommuneLookup {

    /** The conversion of an old commune code (read through a known code correction), or null when unknown. */
    Conversion find(String oldCommuneCode);
}
