package vn.dvhc.cli.output;

import java.text.NumberFormat;
import java.util.Locale;

/** Counts as people read them: {@code 10,035}. */
public final class Numbers {

    private Numbers() {
    }

    public static String format(long value) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
    }
}
