import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;

import vn.dvhc.cli.Dvhc;
import vn.dvhc.cli.option.Environment;
import vn.dvhc.common.Timeline;

/**
 * One dvhc command line run N times in one JVM, each run's wall time printed, and with DVHC_PROFILE=1 the last
 * run's phases: what a command costs in a process that has run it before (decision 0018). Run by scripts/warm-runs.
 */
public final class WarmRuns {

    public static void main(String[] args) {
        int runs = Integer.parseInt(args[0]);
        String[] command = Arrays.copyOfRange(args, 1, args.length);
        for (int run = 1; run <= runs; run++) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            Timeline.started();
            long start = System.nanoTime();
            int exit = Dvhc.run(command, Environment.system(), new PrintWriter(out, true), new PrintWriter(err, true));
            System.out.printf("run %d: exit %d, %.0f ms%n", run, exit, (System.nanoTime() - start) / 1e6);
            if (exit != 0 || run == runs) {
                // The profile's first and last lines count from the JVM's start, not from this run's.
                err.toString().lines().filter(line -> !line.contains("JVM start") && !line.endsWith(" total"))
                        .forEach(System.out::println);
            }
        }
    }
}
