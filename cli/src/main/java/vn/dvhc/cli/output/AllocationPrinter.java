package vn.dvhc.cli.output;

import java.io.PrintWriter;

import vn.dvhc.agencies.AllocationSummary;

/** What an agency-code allocation proposed, per province. */
public final class AllocationPrinter {

    private AllocationPrinter() {
    }

    public static void print(PrintWriter out, AllocationSummary summary) {
        out.println("Proposed " + summary.proposed() + " codes (pattern " + summary.pattern() + ", release "
                + summary.release() + ") in " + summary.output());
        for (AllocationSummary.Province p : summary.provinces()) {
            out.println("  " + p.code() + " (" + p.level1() + "): " + p.communes() + " communes, "
                    + p.alreadyCovered() + " with a code, " + p.proposed() + " proposed"
                    + (p.unresolved() == 0 ? "" : ", " + p.unresolved() + " left for a person (see the note column)"));
        }
        out.println("Nothing in the register changed: have the proposals approved, set status to active and "
                + "add them to the register.");
    }
}
