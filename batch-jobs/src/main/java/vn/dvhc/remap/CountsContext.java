package vn.dvhc.remap;

import java.util.Arrays;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * How the counters of a remap, of a file or of a table, are kept in an execution context: arrays as comma-separated
 * text, per-province arrays as {@code code=values} entries for the provinces that have any. A counter added later
 * loads as 0 from the context of an older run.
 */
public final class CountsContext {

    private CountsContext() {
    }

    public static void putLongs(ExecutionContext context, String key, long[] values) {
        context.putString(key, join(values));
    }

    public static void getLongs(ExecutionContext context, String key, long[] into) {
        split(context.getString(key), into);
    }

    /** {@code provinces} is indexed by the two-digit province code. */
    public static void putPerProvince(ExecutionContext context, String key, long[][] provinces) {
        StringBuilder perProvince = new StringBuilder();
        for (int p = 0; p < provinces.length; p++) {
            if (Arrays.stream(provinces[p]).anyMatch(v -> v != 0)) {
                perProvince.append(perProvince.isEmpty() ? "" : ";").append(p).append('=').append(join(provinces[p]));
            }
        }
        context.putString(key, perProvince.toString());
    }

    public static void getPerProvince(ExecutionContext context, String key, long[][] into) {
        String perProvince = context.getString(key);
        if (perProvince.isEmpty()) {
            return;
        }
        for (String entry : perProvince.split(";")) {
            int eq = entry.indexOf('=');
            split(entry.substring(eq + 1), into[Integer.parseInt(entry.substring(0, eq))]);
        }
    }

    private static String join(long[] values) {
        StringBuilder text = new StringBuilder();
        for (long value : values) {
            text.append(text.isEmpty() ? "" : ",").append(value);
        }
        return text.toString();
    }

    private static void split(String text, long[] into) {
        String[] parts = text.split(",");
        for (int i = 0; i < into.length && i < parts.length; i++) {
            into[i] = Long.parseLong(parts[i]);
        }
    }
}
