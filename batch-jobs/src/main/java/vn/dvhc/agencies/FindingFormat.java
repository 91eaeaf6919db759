package vn.dvhc.agencies;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.dvhc.common.Json;
import vn.dvhc.domain.agency.AgencyRule;
import vn.dvhc.domain.agency.Finding;
import vn.dvhc.domain.agency.RegisterCheck;
import vn.dvhc.domain.agency.Severity;

/**
 * The output formats of {@code agencies validate}: {@code text} for people, {@code json} (an object with
 * {@code summary} and {@code findings}), {@code csv} (one finding per row) for spreadsheets, and {@code junit} XML,
 * where each rule is a test case, failed by its findings at or above {@code --fail-on}, so that a CI server shows
 * them. Every format but text lists every finding; text lists those at or above {@code show}.
 */
public enum FindingFormat {
    TEXT, JSON, CSV, JUNIT;

    /** How many communes a grouped coverage line names. */
    private static final int COVERAGE_NAMES = 5;

    /** One finding as JSON shows it; {@code line} is null for register-wide findings. */
    public record View(String rule, String severity, Long line, String code, String province, String message,
                       String hint) {

        static View of(Finding f) {
            return new View(f.rule().id(), f.severity().label(), f.line(), f.code(), f.provinceCode(), f.message(),
                    f.hint());
        }
    }

    /** The JSON document. */
    public record Document(ValidationSummary summary, List<View> findings) {
    }

    /**
     * How findings are shown.
     *
     * @param register how text and JUnit name the register (as the user typed it)
     * @param show     the lowest severity text lists
     * @param failOn   the lowest severity that fails a JUnit test case (null: errors only, as without --fail-on)
     */
    public record Options(String register, Severity show, Severity failOn) {
    }

    public void write(ValidationSummary summary, List<Finding> findings, Options options, Writer out)
            throws IOException {
        switch (this) {
            case TEXT -> text(summary, findings, options, out);
            case JSON -> out.write(Json.writePretty(new Document(summary, findings.stream().map(View::of).toList())) + "\n");
            case CSV -> csv(findings, out);
            case JUNIT -> junit(findings, options, out);
        }
        out.flush();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static void text(ValidationSummary s, List<Finding> findings, Options options, Writer out)
            throws IOException {
        Severity show = options.show();
        out.write("Checked " + options.register() + ": " + s.agencies() + " agencies, as of " + s.asOf() + " (release "
                + s.release() + ")\n");
        Map<String, Integer> hidden = new LinkedHashMap<>();
        Map<String, List<Finding>> coverage = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (!f.severity().atLeast(show)) {
                hidden.merge(f.rule().id(), 1, Integer::sum);
            } else if (f.rule() == AgencyRule.COVERAGE && show != Severity.INFO) {
                // A province without commune codes would otherwise print a hundred lines that say the same.
                coverage.computeIfAbsent(String.valueOf(f.provinceCode()), p -> new ArrayList<>()).add(f);
            } else {
                finding(f, out);
            }
        }
        for (List<Finding> group : coverage.values()) {
            Finding first = group.get(0);
            String province = s.provinces().stream().filter(p -> p.code().equals(first.provinceCode()))
                    .map(p -> p.code() + " " + p.name()).findFirst().orElse(String.valueOf(first.provinceCode()));
            out.write(String.format("%-10s %-8s %-22s %s%n", "register", first.severity().label(), first.rule().id(),
                    province));
            out.write("           " + group.size() + (group.size() == 1 ? " commune has" : " communes have")
                    + " no commune People's Committee code: " + String.join(", ", group.stream().limit(COVERAGE_NAMES)
                    .map(f -> f.message().replace(RegisterCheck.NO_COMMITTEE_CODE, "")).toList())
                    + (group.size() > COVERAGE_NAMES ? " and " + (group.size() - COVERAGE_NAMES) + " more" : "") + "\n");
            out.write("           hint: add their Ủy ban nhân dân with unit_code; dvhc agencies allocate proposes codes; "
                    + "--show info lists each\n");
        }
        if (!hidden.isEmpty()) {
            out.write("Not listed (--show " + (show == Severity.ERROR ? "warning" : "info") + " lists them): "
                    + String.join(", ", hidden.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList())
                    + "\n");
        }
        out.write("Findings: " + s.errors() + " errors, " + s.warnings() + " warnings, " + s.infos() + " infos\n");
        int errors = 0;
        int warnings = 0;
        for (ValidationSummary.Province p : s.provinces()) {
            out.write(String.format(Locale.ROOT, "Province %s %s: %d agencies; %d of %d communes have a People's "
                            + "Committee code (%.1f%%); %d errors, %d warnings%n", p.code(), p.name(), p.agencies(),
                    p.communesCovered(), p.communes(), p.communes() == 0 ? 100.0 : 100.0 * p.communesCovered() / p.communes(),
                    p.errors(), p.warnings()));
            errors += p.errors();
            warnings += p.warnings();
        }
        if (errors != s.errors() || warnings != s.warnings()) {
            // So that the lines add up to the totals: codes too malformed, or of a level-1 code no province uses.
            out.write("No province (the code does not say which): " + (s.errors() - errors) + " errors, "
                    + (s.warnings() - warnings) + " warnings\n");
        }
    }

    private static void finding(Finding f, Writer out) throws IOException {
        out.write(String.format("%-10s %-8s %-22s %s%n", f.line() == null ? "register" : "line " + f.line(),
                f.severity().label(), f.rule().id(), f.code() == null ? "" : f.code()));
        out.write("           " + f.message() + "\n");
        out.write("           hint: " + f.hint() + "\n");
    }

    private static void csv(List<Finding> findings, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        printer.printRecord("line", "rule", "severity", "code", "province", "message", "hint");
        for (Finding f : findings) {
            printer.printRecord(f.line() == null ? "" : f.line(), f.rule().id(), f.severity().label(),
                    f.code() == null ? "" : f.code(), f.provinceCode() == null ? "" : f.provinceCode(), f.message(),
                    f.hint());
        }
        printer.flush();
    }

    private static void junit(List<Finding> findings, Options options, Writer out) throws IOException {
        Severity failOn = options.failOn() == null ? Severity.ERROR : options.failOn();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            int failures = 0;
            for (AgencyRule rule : AgencyRule.values()) {
                failures += failing(findings, rule, failOn).isEmpty() ? 0 : 1;
            }
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "dvhc agencies validate " + options.register());
            xml.writeAttribute("tests", String.valueOf(AgencyRule.values().length));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            for (AgencyRule rule : AgencyRule.values()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", "dvhc.agencies");
                xml.writeAttribute("name", rule.id() + ": " + rule.title());
                List<Finding> failing = failing(findings, rule, failOn);
                List<Finding> own = findings.stream().filter(f -> f.rule() == rule).toList();
                if (!failing.isEmpty()) {
                    xml.writeCharacters("\n    ");
                    xml.writeStartElement("failure");
                    xml.writeAttribute("type", rule.severity().label());
                    xml.writeAttribute("message", failing.size() + " finding" + (failing.size() == 1 ? "" : "s")
                            + ": " + failing.get(0).message());
                    xml.writeCharacters(lines(failing));
                    xml.writeEndElement();
                } else if (!own.isEmpty()) {
                    xml.writeCharacters("\n    ");
                    xml.writeStartElement("system-out");
                    xml.writeCharacters(lines(own));
                    xml.writeEndElement();
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit XML: " + e.getMessage(), e);
        }
    }

    private static List<Finding> failing(List<Finding> findings, AgencyRule rule, Severity failOn) {
        return findings.stream().filter(f -> f.rule() == rule && f.severity().atLeast(failOn)).toList();
    }

    private static String lines(List<Finding> findings) {
        StringBuilder text = new StringBuilder("\n");
        for (Finding f : findings) {
            text.append(f.line() == null ? "register" : "line " + f.line()).append(f.code() == null ? "" : " " + f.code())
                    .append(": ").append(f.message()).append("\n  hint: ").append(f.hint()).append('\n');
        }
        return text.toString();
    }
}
