package vn.dvhc.cli.output;

import java.time.LocalDate;

/** One release with its counts, as {@code dvhc reference list} prints it (text or JSON). */
public record ReleaseLine(String id, boolean inForce, LocalDate effective, String predecessor, String format,
                          boolean builtIn, long provinces, long districts, long communes, String title) {
}
