package org.tilmash.steps.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import net.sf.okapi.common.IParameters;
import net.sf.okapi.common.pipeline.IPipelineStep;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Okapi pipeline files ({@code .pln}), in the form Rainbow saves and loads them: a {@code <rainbowPipeline>} of
 * {@code <step class="...">} elements, each holding its parameters as {@code IParameters.toString()} writes them.
 * Steps are created by class name, as Rainbow does. (Rainbow's own reader lives in the Rainbow application, not in a
 * library we can depend on.)
 */
public final class PipelineFile {

    private PipelineFile() {
    }

    /** The steps of a pipeline file, created by class name through {@code loader}, with their parameters. */
    public static List<IPipelineStep> read(InputStream in, ClassLoader loader) throws IOException {
        NodeList elements;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            elements = factory.newDocumentBuilder().parse(in).getDocumentElement().getElementsByTagName("step");
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not an Okapi pipeline file: " + e.getMessage(), e);
        }
        List<IPipelineStep> steps = new ArrayList<>();
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            String className = element.getAttribute("class");
            IPipelineStep step;
            try {
                step = (IPipelineStep) Class.forName(className, true, loader).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IOException("cannot create the step " + className + ": " + e, e);
            }
            String parameters = element.getTextContent();
            IParameters params = step.getParameters();
            if (params != null && !parameters.isBlank()) {
                params.fromString(parameters);
            }
            steps.add(step);
        }
        return steps;
    }

    /** The pipeline file of the steps, as Rainbow writes it. */
    public static String format(List<IPipelineStep> steps) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<rainbowPipeline version=\"1\">");
        for (IPipelineStep step : steps) {
            out.append("<step class=\"").append(escape(step.getClass().getName())).append("\">");
            if (step.getParameters() != null) {
                out.append(escape(step.getParameters().toString()));
            }
            out.append("</step>\n");
        }
        return out.append("</rainbowPipeline>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
