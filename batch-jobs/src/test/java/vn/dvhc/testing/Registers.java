package vn.dvhc.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates realistic household-register extracts for tests and benchmarks: fictitious people at real old
 * communes (every code of the built-in pre-2025 list, chosen at random with a fixed seed), about 100 bytes a
 * row, some addresses quoted because they hold commas. A few rows can be made bad on purpose.
 *
 * <pre>java -cp … vn.dvhc.testing.Registers OUTPUT ROWS [SEED] [BAD_PER_MILLE]</pre>
 */
public final class Registers {

    public static final String HEADER = "so_dinh_danh,ho_ten,ngay_sinh,gioi_tinh,dia_chi,ma_tinh,ma_huyen,ma_xa,ghi_chu";

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang", "Thu", "Xuân"};
    private static final String[] GIVEN = {"An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hoa", "Hùng",
            "Lan", "Linh", "Long", "Mai", "Nam", "Ngân", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Yến"};
    private static final String[] STREETS = {"đường Lê Lợi", "đường Trần Hưng Đạo", "ngõ 5", "thôn Đông", "ấp 3",
            "tổ dân phố 7", "xóm Chùa", "khu phố 2"};

    private Registers() {
    }

    /** A commune of the built-in pre-2025 list: code, district, province. */
    public record OldCommune(String code, String district, String province) {
    }

    public static List<OldCommune> oldCommunes() throws IOException {
        try (InputStream in = Registers.class.getClassLoader()
                .getResourceAsStream("vn/dvhc/catalog/builtin/old-communes.csv")) {
            List<OldCommune> communes = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split(",");
                communes.add(new OldCommune(f[0], f[3], f[5]));
            }
            return communes;
        }
    }

    /**
     * Writes {@code rows} data rows after the header.
     *
     * @param badPerMille rows per thousand made bad: an unknown code, a code without its zeros, a wrong district
     */
    public static void generate(Path file, long rows, long seed, int badPerMille) throws IOException {
        List<OldCommune> communes = oldCommunes();
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder row = new StringBuilder(160);
            for (long i = 0; i < rows; i++) {
                OldCommune c = communes.get(random.nextInt(communes.size()));
                String code = c.code();
                String district = c.district();
                if (badPerMille > 0 && random.nextInt(1000) < badPerMille) {
                    switch (random.nextInt(3)) {
                        case 0 -> code = "99" + code.substring(2);
                        case 1 -> code = Integer.toString(Integer.parseInt(code));
                        default -> district = "999";
                    }
                }
                row.setLength(0);
                row.append(String.format("%012d", 1_000_000_000L + i)).append(',')
                        .append(FAMILY[random.nextInt(FAMILY.length)]).append(' ')
                        .append(MIDDLE[random.nextInt(MIDDLE.length)]).append(' ')
                        .append(GIVEN[random.nextInt(GIVEN.length)]).append(',')
                        .append(1940 + random.nextInt(80)).append('-')
                        .append(String.format("%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))).append(',')
                        .append(random.nextBoolean() ? "Nam" : "Nữ").append(',')
                        .append('"').append(1 + random.nextInt(200)).append(", ")
                        .append(STREETS[random.nextInt(STREETS.length)]).append('"').append(',')
                        .append(c.province()).append(',').append(district).append(',').append(code).append(',')
                        .append(random.nextInt(20) == 0 ? "tạm trú" : "")
                        .append('\n');
                out.append(row);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        long rows = Long.parseLong(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2025;
        int bad = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        generate(Path.of(args[0]), rows, seed, bad);
    }

}
