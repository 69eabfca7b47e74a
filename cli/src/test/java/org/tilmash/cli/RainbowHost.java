package org.tilmash.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import net.sf.okapi.common.IParameters;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.FilterConfigurationMapper;
import net.sf.okapi.common.pipeline.IPipelineStep;
import net.sf.okapi.common.pipelinedriver.BatchItemContext;
import net.sf.okapi.common.pipelinedriver.PipelineDriver;
import net.sf.okapi.common.plugins.PluginItem;
import net.sf.okapi.common.plugins.PluginsManager;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.plaintext.PlainTextFilter;

/**
 * What Rainbow does with our plugin bundle, in a JVM whose class path holds Okapi and its libraries but no tilmash
 * class, no Jackson and no OpenNLP ({@link PluginBundleIT} starts it): discovers the dropins folder with Okapi's
 * PluginsManager, lists the steps, creates each by class name with its default parameters, then runs the shipped
 * pipeline file, its steps created by class name, on a document and its two translations. Uses only Okapi's API:
 * tilmash classes are reached through the plugin class loader.
 *
 * <p>Arguments: DROPINS SOURCE RU EN OUTPUT_URI GENERATED. Prints one line per step and connector found.
 */
public final class RainbowHost {

    private RainbowHost() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        PluginsManager plugins = new PluginsManager();
        plugins.discover(Path.of(args[0]).toFile(), true);
        ClassLoader loader = plugins.getClassLoader();
        for (String name : plugins.getList(PluginItem.TYPE_IPIPELINESTEP)) {
            IPipelineStep step = (IPipelineStep) Class.forName(name, true, loader).getDeclaredConstructor()
                    .newInstance();
            IParameters params = step.getParameters();
            if (params != null) {
                params.reset();
                String saved = params.toString();
                params.fromString(saved);
                if (!saved.equals(params.toString())) {
                    throw new IllegalStateException(name + ": parameters do not round-trip");
                }
            }
            out.println("step " + name + " | " + step.getName() + " | " + step.getDescription());
        }
        for (String name : plugins.getList(PluginItem.TYPE_IQUERY)) {
            out.println("connector " + name);
        }
        List<IPipelineStep> steps;
        try (InputStream pln = loader.getResourceAsStream("org/tilmash/steps/pipeline/tilmash.pln")) {
            Method read = Class.forName("org.tilmash.steps.pipeline.PipelineFile", true, loader)
                    .getMethod("read", InputStream.class, ClassLoader.class);
            @SuppressWarnings("unchecked")
            List<IPipelineStep> read0 = (List<IPipelineStep>) read.invoke(null, pln, loader);
            steps = read0;
        }
        for (IPipelineStep step : steps) {
            if (step.getClass().getName().endsWith(".ReportStep")) {
                step.getParameters().setString("generated", args[5]);
            }
        }
        PipelineDriver driver = new PipelineDriver();
        FilterConfigurationMapper filters = new FilterConfigurationMapper();
        filters.addConfigurations(PlainTextFilter.class.getName());
        driver.setFilterConfigurationMapper(filters);
        steps.forEach(driver::addStep);
        LocaleId kazakh = LocaleId.fromBCP47("kk-KZ");
        LocaleId russian = LocaleId.fromBCP47("ru-RU");
        RawDocument source = document(args[1], kazakh, russian);
        BatchItemContext item = new BatchItemContext(source, Path.of(args[4]).toAbsolutePath().toUri(), "UTF-8");
        item.add(document(args[2], russian, kazakh), null, "UTF-8");
        item.add(document(args[3], LocaleId.fromBCP47("en-US"), kazakh), null, "UTF-8");
        driver.addBatchItem(item);
        driver.processBatch();
        driver.destroy();
    }

    private static RawDocument document(String file, LocaleId language, LocaleId target) {
        RawDocument document = new RawDocument(Path.of(file).toUri(), "UTF-8", language, target);
        document.setFilterConfigId("okf_plaintext");
        return document;
    }
}
