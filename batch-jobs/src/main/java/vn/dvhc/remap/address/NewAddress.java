package vn.dvhc.remap.address;

/**
 * The address rewritten to the units in force: {@code <the part before the units, as written>, <new commune>,
 * <new province>}, e.g. {@code 12 Hàm Nghi, Phường Sài Gòn, Thành phố Hồ Chí Minh}. Districts are gone, so none is
 * written.
 */
public final class NewAddress {

    private NewAddress() {
    }

    /** The new address; without a leading part when the address began with its commune. */
    public static String of(String prefix, String newCommune, String newProvince) {
        String head = prefix == null ? "" : prefix.strip();
        return (head.isEmpty() ? "" : head + ", ") + newCommune + ", " + newProvince;
    }
}
