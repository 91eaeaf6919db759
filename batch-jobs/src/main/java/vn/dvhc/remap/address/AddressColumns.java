package vn.dvhc.remap.address;

/**
 * The columns the operator names for finding the old commune without (or besides) a code: a free-text address, or
 * unit names. Each is a header name or a 1-based column number, or null when not given.
 *
 * @param address      {@code --address-column}
 * @param communeName  {@code --commune-name-column}
 * @param districtName {@code --district-name-column}
 * @param provinceName {@code --province-name-column}
 */
public record AddressColumns(String address, String communeName, String districtName, String provinceName) {

    public static final AddressColumns NONE = new AddressColumns(null, null, null, null);

    /** Whether any of them is given. */
    public boolean given() {
        return address != null || communeName != null || districtName != null || provinceName != null;
    }
}
