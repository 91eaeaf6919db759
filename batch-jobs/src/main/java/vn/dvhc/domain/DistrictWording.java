package vn.dvhc.domain;

import java.util.regex.Pattern;

import vn.dvhc.domain.VietnameseText;

/**
 * Text that names the abolished district level. After 2025-07-01 "Cấp huyện" is an error in a procedure list,
 * as are agency names such as "UBND huyện/quận/thị xã", "Phòng … cấp huyện" or "Bộ phận một cửa cấp huyện"
 * (domain §6.2.3). Matched without accents or case.
 */
public final class DistrictWording {

    private static final Pattern DISTRICT = Pattern.compile(
            "\\b(cap huyen|(ubnd|uy ban nhan dan) (huyen|quan|thi xa))\\b");

    private DistrictWording() {
    }

    public static boolean mentions(String text) {
        return text != null && !text.isBlank() && DISTRICT.matcher(VietnameseText.fold(text)).find();
    }
}
