package vn.dvhc.remap.address;

import java.util.List;

/**
 * Header names of the address and unit-name columns of Vietnamese and English exports, compared as identifier keys
 * (case, accents and punctuation ignored: {@code Địa chỉ}, {@code dia_chi} and {@code DIACHI} are one name). Used
 * only when a file has no commune code column.
 */
public final class NameHeaders {

    public static final List<String> ADDRESS = List.of("dia_chi", "dia_chi_thuong_tru", "dia_chi_tam_tru",
            "dia_chi_lien_he", "dia_chi_tru_so", "noi_thuong_tru", "noi_o_hien_tai", "address", "full_address");
    public static final List<String> COMMUNE = List.of("ten_xa", "xa_phuong", "phuong_xa", "xa", "phuong",
            "ten_phuong_xa", "ten_xa_phuong", "commune", "ward", "commune_name", "ward_name");
    public static final List<String> DISTRICT = List.of("ten_huyen", "quan_huyen", "huyen_quan", "huyen", "quan",
            "ten_quan_huyen", "district", "district_name");
    public static final List<String> PROVINCE = List.of("ten_tinh", "tinh_thanh_pho", "tinh_thanh", "tinh_tp", "tinh",
            "thanh_pho", "ten_tinh_thanh_pho", "province", "province_name", "city");

    private NameHeaders() {
    }
}
