package org.tilmash.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.pipeline.IPipelineStep;
import net.sf.okapi.common.pipelinedriver.PipelineDriver;
import net.sf.okapi.common.resource.TextFragment;
import org.tilmash.coverage.TranslatedPolicy;
import net.sf.okapi.steps.common.FilterEventsWriterStep;
import org.tilmash.steps.ToolVersion;
import org.tilmash.steps.pipeline.EachTextUnit;
import org.tilmash.steps.pipeline.PipelineDocument;
import org.tilmash.steps.pipeline.TilmashPipelineBuilder;
import org.tilmash.steps.read.DocumentFormat;
import org.tilmash.steps.read.DocumentReading;
import org.tilmash.steps.slots.Languages;
import org.tilmash.core.OutputTransaction;
import org.tilmash.tmx.memory.TranslationMemory;
import org.tilmash.steps.merge.ReturnedTargetsStep;
import org.tilmash.steps.merge.ReturnedXliff;
import org.tilmash.steps.merge.XliffMerge;
import org.tilmash.tmx.read.TmxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tilmash merge}: translated XLIFF back from a CAT tool into the TMX files and the memory. */
@Command(name = "merge", sortOptions = false, description = {
    "Merges the translations in XLIFF files returned from a CAT tool into the TMX files and the memory.",
    "Every target marked done (approved=\"yes\", or a state among --translated-states) goes into the TMX "
        + "files beside the XLIFF (NAME.kk-LANG.tmx, NAME.tmx), inline codes included, "
        + "and into the memory. Each unit's source is checked against the document named in <file original>, "
        + "segmented as 'run' does (give the same --srx/--no-repair): a file whose source no longer matches is "
        + "refused, naming the unit, and nothing is merged."})
final class MergeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.xlf", arity = "1..*")
    List<Path> files;

    @Option(names = "--documents", paramLabel = "DIR",
            description = {"Also write each translated document into DIR as NAME.LANG.EXT (page.ru.html, "
                + "report.en.docx), rebuilt by its format's Okapi filter with formatting, styles, tables, links and "
                + "footnotes as in the source. Units without a finished translation keep their Kazakh text."})
    Path documents;

    @Option(names = "--translated-states", paramLabel = "STATE,...",
            defaultValue = "translated,reviewed,final,signed-off",
            description = {"States whose non-empty target counts as done (XLIFF 1.2 and 2.x; 'none' = a 1.2 target "
                + "without state); approved=\"yes\" always counts, and a target identical to its source never does. "
                + "OmegaT 3.6 leaves every state as it was: give needs-translation for the XLIFF it returns. "
                + "Default: ${DEFAULT-VALUE}."})
    String translatedStates;

    @Mixin
    TmCommand.MemoryDirectory tm;

    @Mixin
    SegmentationOptions segmentation;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws TmxException {
        Set<String> doneStates;
        try {
            doneStates = TranslatedPolicy.parse(translatedStates).states();
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitCode.USAGE, e.getMessage());
        }
        List<ReturnedXliff> returned = new ArrayList<>();
        List<Map<String, TextFragment>> sources = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new UserError(ExitCode.BAD_INPUT, file + ": no such file");
            }
            ReturnedXliff xliff = ReturnedXliff.read(file, doneStates);
            Map<String, TextFragment> segments = segments(xliff);
            XliffMerge.verify(xliff, segments);
            returned.add(xliff);
            sources.add(segments);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (TranslationMemory memory = MemoryLocation.openForWriting(tm.directory);
                OutputTransaction outputs = new OutputTransaction()) {
            for (int i = 0; i < returned.size(); i++) {
                ReturnedXliff xliff = returned.get(i);
                XliffMerge.Outcome o = XliffMerge.apply(xliff, sources.get(i), memory, outputs,
                        ToolVersion.get());
                out.printf("%s: %s %d new, %d changed, %d unchanged translations merged; %d units not done%n",
                        o.xliff(), o.target().toBCP47(), o.added(), o.changed(), o.unchanged(), o.notDone());
                if (documents != null) {
                    writeDocument(xliff, outputs, out);
                }
            }
            outputs.commit();
        }
        out.flush();
        return ExitCode.OK;
    }

    /**
     * Writes {@code DIR/NAME.LANG.EXT}: the source document re-read as {@code run} read it, each paragraph given the
     * returned translations, written by its filter's own writer (Okapi's {@link FilterEventsWriterStep}).
     */
    private void writeDocument(ReturnedXliff xliff, OutputTransaction outputs, PrintWriter out) {
        Path original = original(xliff);
        Path output = documents.resolve(translatedName(original, xliff.target()));
        Path staged = outputs.stage(output);
        ReturnedTargetsStep targets = new ReturnedTargetsStep(xliff);
        List<IPipelineStep> steps = RunPipeline.builder(segmentation, !segmentation.noRepair).readingSteps();
        steps.add(targets);
        steps.add(new FilterEventsWriterStep());
        PipelineDriver driver = TilmashPipelineBuilder.driver(steps, null);
        try {
            TilmashPipelineBuilder.process(driver, new PipelineDocument(original, format(original).filterConfigId(),
                    Languages.KAZAKH, List.of(xliff.target()), List.of(), staged.toUri()));
        } finally {
            driver.destroy();
        }
        out.printf("%s: written; %d units without a finished translation kept their Kazakh text%n", output,
                targets.untranslated());
    }

    /** {@code NAME.LANG.EXT} for the source {@code NAME.kk.EXT}. */
    static String translatedName(Path original, LocaleId target) {
        String name = original.getFileName().toString();
        Matcher m = KAZAKH_NAME.matcher(name);
        if (m.matches()) {
            return m.group(1) + "." + target.getLanguage() + m.group(2);
        }
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name + "." + target.getLanguage()
                : name.substring(0, dot) + "." + target.getLanguage() + name.substring(dot);
    }

    private static final Pattern KAZAKH_NAME = Pattern.compile("(.*)\\.kk(\\.[^.]+)?");

    private static Path original(ReturnedXliff xliff) {
        Path original = Path.of(xliff.original());
        if (!Files.isRegularFile(original)) {
            throw new UserError(ExitCode.BAD_INPUT, xliff.file() + ": its source document " + original
                    + " is not there (merge runs where 'run' ran: <file original> is relative to that directory)");
        }
        return original;
    }

    private static DocumentFormat format(Path original) {
        return DocumentFormat.of(original).orElseThrow(() -> new UserError(ExitCode.BAD_INPUT,
                original + ": unknown document format"));
    }

    /** The segments of the document the XLIFF translates, with the ids {@code run} gives them. */
    private LinkedHashMap<String, TextFragment> segments(ReturnedXliff xliff) {
        Path original = original(xliff);
        DocumentFormat format = format(original);
        List<IPipelineStep> steps = RunPipeline.builder(segmentation, !segmentation.noRepair).unitSteps();
        LinkedHashMap<String, TextFragment> segments = new LinkedHashMap<>();
        steps.add(new EachTextUnit("Records the source of every segment unit by id, with its inline codes.", unit -> {
            if (unit.isTranslatable()) {
                segments.put(unit.getName(), unit.getSource().getUnSegmentedContentCopy());
            }
        }));
        PipelineDriver driver = TilmashPipelineBuilder.driver(steps, null);
        try {
            TilmashPipelineBuilder.process(driver,
                    new PipelineDocument(original, format.filterConfigId(), Languages.KAZAKH, Languages.TARGETS, List.of(), null));
        } finally {
            driver.destroy();
        }
        return segments;
    }
}
