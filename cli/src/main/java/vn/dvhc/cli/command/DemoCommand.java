package vn.dvhc.cli.command;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.dvhc.cli.run.CliContext;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.error.Location;

/** {@code dvhc demo}: the main job on the embedded database, with nothing to prepare. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Remap the sample files with the built-in releases, and show what happened.",
        description = "Remaps sample-data/remap/*.csv (a household-register extract and a business-registry extract "
                + "with Vietnamese headers: merged and split communes, an island district, bad rows) into <home>/demo/, "
                + "prints each run's summary and the rejected rows, then looks up a split commune. Each demo run is a "
                + "new run of the remap job (--rerun).",
        footerHeading = "%nExamples:%n",
        footer = {"  dvhc demo", "  dvhc --home /tmp/dvhc-demo demo --samples ./sample-data"})
public final class DemoCommand implements Callable<Integer> {

    private static final List<String> SAMPLES = List.of("ho-khau-trich-xuat.csv", "dang-ky-kinh-doanh.csv");

    @Option(names = "--samples", paramLabel = "<dir>",
            description = "The sample-data folder. Default: the one beside the installation.")
    Path samples;

    private final CliContext cli;

    public DemoCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws Exception {
        Path folder = (samples != null ? samples : findSamples()).resolve("remap");
        Path demo = Files.createDirectories(cli.global().home().resolve("demo"));
        for (String sample : SAMPLES) {
            Path input = folder.resolve(sample);
            Path output = demo.resolve(sample.replace(".csv", ".new.csv"));
            cli.out().println("== dvhc remap --input " + input + " --output " + output);
            cli.out().flush();
            List<String> remap = new ArrayList<>(cli.global().asArguments());
            remap.addAll(List.of("remap", "--input", input.toString(), "--output", output.toString(), "--rerun",
                    "--fail-on", "never"));
            int exit = cli.run(remap.toArray(String[]::new));
            if (exit != 0) {
                return exit;
            }
            cli.out().println();
            cli.out().println("-- first rows of " + output.getFileName() + ":");
            Files.readAllLines(output).stream().limit(4).forEach(cli.out()::println);
            cli.out().println();
            cli.out().println("-- rejected rows (" + output.getFileName() + ".rejects.csv):");
            Files.readAllLines(Path.of(output + ".rejects.csv")).forEach(cli.out()::println);
            cli.out().println();
        }
        cli.out().println("== dvhc reference lookup 00553   (the split commune of the first file)");
        cli.out().flush();
        List<String> lookup = new ArrayList<>(cli.global().asArguments());
        lookup.addAll(List.of("reference", "lookup", "00553"));
        return cli.run(lookup.toArray(String[]::new));
    }

    // sample-data/ lies in the checkout root (jar in cli/target/) or in the distribution root (jar in lib/).
    private static Path findSamples() throws URISyntaxException {
        Path jar = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("sample-data/remap"))) {
                return dir.resolve("sample-data");
            }
        }
        throw new DvhcException(ErrorCode.INPUT_NOT_FOUND, "no sample-data folder beside " + jar, Location.of(jar),
                "pass --samples DIR");
    }
}
