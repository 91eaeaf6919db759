package vn.dvhc.remap.workbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.util.XMLHelper;

/**
 * Pull parsers for the parts of a workbook: no DTDs, no external entities (POI's hardened factory). The bytes are
 * decoded here, strictly, and not by the parser: the JDK's parser prints "[Fatal Error] …" on stderr when it meets
 * a malformed byte, before it throws. A part is UTF-8 unless a byte-order mark says UTF-16 (ECMA-376 allows both).
 */
final class Xml {

    private static final XMLInputFactory FACTORY = XMLHelper.newXMLInputFactory();

    private Xml() {
    }

    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        try {
            BufferedInputStream bytes = new BufferedInputStream(in, 1 << 16);
            Charset charset = charset(bytes);
            return FACTORY.createXMLStreamReader(new InputStreamReader(bytes, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        } catch (IOException e) {
            throw new XMLStreamException("cannot read the part: " + e.getMessage(), e);
        }
    }

    /** A parser's complaint in one line: {@code XML line 1 column 65: bytes that are not UTF-8 text}. */
    static String describe(XMLStreamException e) {
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        String what;
        if (cause instanceof CharacterCodingException) {
            what = "bytes that are not UTF-8 text";
        } else {
            String message = e.getMessage() == null ? "" : e.getMessage();
            int at = message.indexOf("Message: ");
            what = at >= 0 ? message.substring(at + "Message: ".length()) : message;
        }
        Location where = e.getLocation();
        return where == null || where.getLineNumber() < 0 ? "XML: " + what
                : "XML line " + where.getLineNumber() + " column " + where.getColumnNumber() + ": " + what;
    }

    // The byte-order mark, skipped; UTF-8 without one.
    private static Charset charset(BufferedInputStream bytes) throws IOException {
        bytes.mark(3);
        int b0 = bytes.read();
        int b1 = bytes.read();
        int b2 = bytes.read();
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        bytes.reset();
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
            // The UTF-16 decoder reads the mark and takes its byte order from it.
            return StandardCharsets.UTF_16;
        }
        return StandardCharsets.UTF_8;
    }
}
