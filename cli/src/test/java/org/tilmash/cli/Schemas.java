package org.tilmash.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.tilmash.core.testing.TestData;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Validation against the official schemas, offline: the XLIFF 1.2 strict XSD and xml.xsd from Okapi's
 * okapi-lib-verification jar (Maven Central); the TMX 1.4b DTD (LISA OSCAR, now GALA) kept in the repository,
 * testdata/tmx/tmx14.dtd (see testdata/README.md). No schema is fetched from the network.
 */
final class Schemas {

    private static final String VERIFICATION = "/net/sf/okapi/lib/verification/";

    private Schemas() {
    }

    static void assertValidXliff12(Path file) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // xliff-core-1.2-strict.xsd imports http://www.w3.org/2001/xml.xsd: serve the jar's copy instead.
        factory.setResourceResolver((type, ns, publicId, systemId, base) ->
                systemId != null && systemId.endsWith("xml.xsd") ? input(VERIFICATION + "xml.xsd", systemId) : null);
        URL xsd = Schemas.class.getResource(VERIFICATION + "xliff-core-1.2-strict.xsd");
        Schema schema = factory.newSchema(xsd);
        List<String> errors = new ArrayList<>();
        var validator = schema.newValidator();
        validator.setErrorHandler(collecting(errors));
        validator.validate(new StreamSource(file.toFile()));
        assertTrue(errors.isEmpty(), file + " is not valid XLIFF 1.2 strict: " + errors);
    }

    /** Against the OASIS XLIFF 2 core schema (the 2.1 one, as okapi-lib-xliff2 ships it). */
    static void assertValidXliff2(Path file) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema schema = factory.newSchema(Schemas.class.getResource("/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd"));
        List<String> errors = new ArrayList<>();
        var validator = schema.newValidator();
        validator.setErrorHandler(collecting(errors));
        validator.validate(new StreamSource(file.toFile()));
        assertTrue(errors.isEmpty(), file + " is not valid XLIFF 2 core: " + errors);
    }

    static void assertValidTmx14(Path file) throws Exception {
        byte[] dtd = Files.readAllBytes(TestData.file("tmx/tmx14.dtd"));
        // Our TMX names no DTD (Java readers would try to open it); validate as if it declared tmx14.dtd.
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        int afterDeclaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        String withDoctype = xml.substring(0, afterDeclaration) + "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">"
                + xml.substring(afterDeclaration);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new ByteArrayInputStream(dtd)));
        List<String> errors = new ArrayList<>();
        builder.setErrorHandler(collecting(errors));
        builder.parse(new InputSource(new ByteArrayInputStream(withDoctype.getBytes(StandardCharsets.UTF_8))));
        assertTrue(errors.isEmpty(), file + " is not valid TMX 1.4b: " + errors);
    }

    private static ErrorHandler collecting(List<String> errors) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Warnings (e.g. unused DTD declarations) do not make a file invalid.
            }

            @Override
            public void error(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }
        };
    }

    private static LSInput input(String resource, String systemId) {
        return new ResourceInput(Schemas.class.getResourceAsStream(resource), systemId);
    }

    /** The minimum of {@link LSInput} a schema factory needs: a byte stream and its system id. */
    private record ResourceInput(InputStream stream, String systemId) implements LSInput {
        @Override public java.io.Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(java.io.Reader r) { }
        @Override public InputStream getByteStream() { return stream; }
        @Override public void setByteStream(InputStream s) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }
}
