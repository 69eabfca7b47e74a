package org.tilmash.coverage;

import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML (the Ant/Surefire dialect every CI understands): one test suite per target language with one test case
 * per file, failing when that file is below the language's minimum, plus a "(total)" case that is the gate itself;
 * a suite "invalid files" holds one erroring case per file that could not be read.
 */
final class JunitReport implements ReportWriter {
    static final String TOTAL = "(total)";

    @Override
    public String render(CoverageReport report, GateResult gate) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            newline(x, 0);
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "tilmash coverage");
            for (Map.Entry<String, LanguageCoverage> language : report.totals().entrySet()) {
                languageSuite(x, report, gate, language.getKey());
            }
            for (LanguageVerdict verdict : gate.verdicts()) {
                if (verdict.units() == 0) {
                    absentLanguageSuite(x, verdict);
                }
            }
            if (!report.invalidFiles().isEmpty()) {
                invalidSuite(x, report);
            }
            newline(x, 0);
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            // writing to a StringWriter cannot fail for I/O reasons; this would be a JDK bug
            throw new IllegalStateException(e);
        }
        return out + "\n";
    }

    private static void languageSuite(XMLStreamWriter x, CoverageReport report, GateResult gate, String tag)
            throws XMLStreamException {
        Optional<LanguageVerdict> verdict = gate.verdicts().stream().filter(v -> v.threshold().matches(tag))
                .findFirst();
        long tests = 0;
        long failures = 0;
        for (FileCoverage file : report.files()) {
            LanguageCoverage c = file.languages().get(tag);
            if (c != null) {
                tests++;
                failures += "below".equals(ReportTables.fileStatus(gate, tag, c)) ? 1 : 0;
            }
        }
        boolean totalFails = verdict.isPresent() && !verdict.get().passed();
        suiteStart(x, "coverage " + tag, tests + 1, failures + (totalFails ? 1 : 0), 0);
        for (FileCoverage file : report.files()) {
            LanguageCoverage c = file.languages().get(tag);
            if (c == null) {
                continue;
            }
            caseStart(x, tag, file.file().toString());
            if ("below".equals(ReportTables.fileStatus(gate, tag, c))) {
                Threshold t = gate.thresholdFor(tag).orElseThrow();
                failure(x, Percent.format(c.percent(gate.basis())) + "% of " + gate.basis().label()
                        + " translated, below the minimum " + Percent.format(t.minPercent()) + "% for "
                        + t.language(), c.translated(gate.basis()) + "/" + c.total(gate.basis()) + " "
                        + gate.basis().label() + " translated in " + file.file());
            }
            caseEnd(x);
        }
        caseStart(x, tag, TOTAL);
        if (totalFails) {
            failure(x, verdict.get().describe(), verdict.get().describe());
        }
        caseEnd(x);
        suiteEnd(x);
    }

    private static void absentLanguageSuite(XMLStreamWriter x, LanguageVerdict verdict) throws XMLStreamException {
        suiteStart(x, "coverage " + verdict.threshold().language(), 1, 1, 0);
        caseStart(x, verdict.threshold().language(), TOTAL);
        failure(x, verdict.describe(), verdict.describe());
        caseEnd(x);
        suiteEnd(x);
    }

    private static void invalidSuite(XMLStreamWriter x, CoverageReport report) throws XMLStreamException {
        suiteStart(x, "invalid files", report.invalidFiles().size(), 0, report.invalidFiles().size());
        for (InvalidFile invalid : report.invalidFiles()) {
            caseStart(x, "invalid", invalid.file().toString());
            newline(x, 3);
            x.writeStartElement("error");
            x.writeAttribute("message", invalid.message());
            x.writeCharacters(invalid.describe());
            x.writeEndElement();
            caseEnd(x);
        }
        suiteEnd(x);
    }

    private static void suiteStart(XMLStreamWriter x, String name, long tests, long failures, long errors)
            throws XMLStreamException {
        newline(x, 1);
        x.writeStartElement("testsuite");
        x.writeAttribute("name", name);
        x.writeAttribute("tests", String.valueOf(tests));
        x.writeAttribute("failures", String.valueOf(failures));
        x.writeAttribute("errors", String.valueOf(errors));
        x.writeAttribute("skipped", "0");
    }

    private static void suiteEnd(XMLStreamWriter x) throws XMLStreamException {
        newline(x, 1);
        x.writeEndElement();
    }

    private static void caseStart(XMLStreamWriter x, String suite, String name) throws XMLStreamException {
        newline(x, 2);
        x.writeStartElement("testcase");
        x.writeAttribute("classname", "coverage." + suite);
        x.writeAttribute("name", name);
    }

    private static void caseEnd(XMLStreamWriter x) throws XMLStreamException {
        x.writeEndElement();
    }

    private static void failure(XMLStreamWriter x, String message, String body) throws XMLStreamException {
        newline(x, 3);
        x.writeStartElement("failure");
        x.writeAttribute("message", message);
        x.writeAttribute("type", "coverage");
        x.writeCharacters(body);
        x.writeEndElement();
        newline(x, 2);
    }

    private static void newline(XMLStreamWriter x, int depth) throws XMLStreamException {
        x.writeCharacters("\n" + "  ".repeat(depth));
    }
}
