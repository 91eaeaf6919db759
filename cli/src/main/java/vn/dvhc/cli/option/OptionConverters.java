package vn.dvhc.cli.option;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine;

/**
 * Option values in the user's words, both ways: an enum option takes its constants written in lower case with
 * {@code -} for {@code _} ({@code --on-split default}, {@code --format nso-conversion}; case ignored), and a bad value
 * says what is allowed ({@code 'guess' is not one of flag, default, reject}) instead of a Java class name; a date is
 * {@code YYYY-MM-DD}. picocli puts "Invalid value for option '--on-split': " in front.
 */
public final class OptionConverters {

    private OptionConverters() {
    }

    /** Registers the converters for every enum and date option of the command line and its subcommands. */
    public static void install(CommandLine commandLine) {
        commandLine.registerConverter(LocalDate.class, OptionConverters::date);
        install(commandLine, commandLine.getCommandSpec());
    }

    private static void install(CommandLine root, CommandSpec spec) {
        for (ArgSpec arg : spec.args()) {
            Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
            if (type.isEnum()) {
                register(root, type.asSubclass(Enum.class));
            }
        }
        spec.subcommands().values().forEach(sub -> install(root, sub.getCommandSpec()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void register(CommandLine root, Class<? extends Enum> type) {
        root.registerConverter((Class) type, value -> constant((Class) type, value));
    }

    /** How a constant is written on the command line: {@code NSO_CONVERSION} is {@code nso-conversion}. */
    public static String label(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E constant(Class<E> type, String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (E constant : type.getEnumConstants()) {
            if (label(constant).equals(wanted)) {
                return constant;
            }
        }
        throw new TypeConversionException("'" + value + "' is not one of " + Arrays.stream(type.getEnumConstants())
                .map(OptionConverters::label).collect(Collectors.joining(", ")));
    }

    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date as YYYY-MM-DD (e.g. 2025-07-01)");
        }
    }
}
