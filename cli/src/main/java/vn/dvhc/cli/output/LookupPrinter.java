package vn.dvhc.cli.output;

import java.io.PrintWriter;

import vn.dvhc.catalog.LookupResult;
import vn.dvhc.domain.Unit;

/**
 * {@code dvhc reference lookup} as text: each unit matched and where it went (one new unit, the candidates of a split,
 * the communes of an abolished district), or what an address was read as.
 */
public final class LookupPrinter {

    private LookupPrinter() {
    }

    public static void print(PrintWriter out, AddressAnswer a) {
        out.println("address: " + a.address());
        int n = a.conversions().entries().size();
        out.println("  read as " + a.status() + switch (a.status()) {
            case MATCHED -> ": one old commune";
            case AMBIGUOUS -> ": " + n + " old communes fit; the address must say which";
            case UNRECOGNISED -> ": no old commune"
                    + (a.district() != null ? "; recognised " + a.district().fullName() : "")
                    + (a.province() != null ? (a.district() != null ? ", " : "; recognised ") + a.province().fullName() : "");
        });
        if (!a.prefix().isEmpty()) {
            out.println("  before the units: " + a.prefix());
        }
        a.notes().forEach(note -> out.println("  note: " + note));
        if (n > 0) {
            print(out, a.conversions());
        }
        if (a.newAddress() != null) {
            out.println("new address: " + a.newAddress());
        }
        out.flush();
    }

    public static void print(PrintWriter out, LookupResult result) {
        if (result.entries().isEmpty()) {
            out.println("nothing matches '" + result.query() + "' in " + result.from() + " or " + result.to());
        }
        for (LookupResult.Entry e : result.entries()) {
            Unit unit = e.unit();
            String parents = e.parents().isEmpty() ? "" : " (" + String.join(", ", e.parents()) + ")";
            switch (e.status()) {
                case UNKNOWN -> out.println(unit.code() + ": not a " + unit.level().label() + " code of " + e.release());
                case CURRENT -> out.println(unit.fullName() + " (" + unit.code() + ")" + parents + " in " + e.release()
                        + (e.formedFrom().isEmpty() ? "" : ", formed from:"));
                default -> out.println((e.alias() == null ? unit.code() : e.alias().aliasCode() + " (read as "
                        + unit.code() + ")") + " in " + e.release() + ": " + unit.fullName() + parents);
            }
            if (e.alias() != null) {
                out.println("  note: " + e.alias().aliasCode() + " is a known misprint of " + e.alias().code() + ". "
                        + e.alias().note());
            }
            switch (e.status()) {
                case MAPPED -> e.targets().forEach(t -> {
                    out.println("  → " + target(t) + " in " + result.to());
                    note(out, t.note());
                });
                case SPLIT -> {
                    out.println("  → SPLIT into " + e.targets().size() + " units of " + result.to()
                            + "; the data must say which one applies (* marks the release's default, if any):");
                    e.targets().forEach(t -> out.println("    " + (t.isDefault() ? "* " : "  ") + target(t)
                            + (t.note().isEmpty() ? "" : " — " + t.note())
                            + (t.isDefault() && !t.defaultBasis().isEmpty() ? " [default: " + t.defaultBasis() + "]" : "")));
                }
                case ABOLISHED -> {
                    out.println("  → abolished without a successor of its own" + (e.targets().isEmpty() ? ""
                            : "; its communes are now in:"));
                    e.targets().forEach(t -> out.println("    " + target(t)));
                }
                case CURRENT -> e.formedFrom().forEach(s -> out.println("    " + s.unit().fullName() + " ("
                        + s.unit().code() + "), " + s.provinceName() + (s.note().isEmpty() ? "" : " — " + s.note())));
                case UNKNOWN -> { }
            }
            e.remarks().forEach(r -> out.println("  note: " + r));
        }
        if (result.more() > 0) {
            out.println("… and " + result.more() + " more matches; narrow the query");
        }
        out.flush();
    }

    private static String target(LookupResult.Target t) {
        return t.unit().fullName() + " (" + t.unit().code() + ")"
                + (t.provinceName().isEmpty() ? "" : ", " + t.provinceName() + " (" + t.unit().provinceCode() + ")");
    }

    private static void note(PrintWriter out, String note) {
        if (note != null && !note.isEmpty()) {
            out.println("    official note: " + note);
        }
    }
}
