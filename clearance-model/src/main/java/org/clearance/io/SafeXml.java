package org.clearance.io;

import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.clearance.model.EntityLimits;

/**
 * StAX reading that never resolves external entities and refuses any DOCTYPE: no official list
 * carries one, and a DTD is how XXE and billion-laughs attacks arrive. Streaming keeps memory flat
 * however large the file: text arrives in pieces (the parser does not coalesce it), an element's text
 * is refused past {@link EntityLimits#MAX_TEXT_CHARS}, and a stretch of the file without markup
 * ({@code <} or {@code >}) past {@link #MAX_RUN_CHARS} is refused before the parser holds it, which bounds
 * attribute values, which the parser reads whole.
 */
public final class SafeXml {
    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        FACTORY.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        FACTORY.setProperty(XMLInputFactory.IS_COALESCING, false);
    }

    /**
     * Characters between two markup delimiters: twice the longest text, so that an element's text past
     * the limit is refused by {@link Reader#text()}, which names the element, before this catches it.
     */
    static final int MAX_RUN_CHARS = 2 * EntityLimits.MAX_TEXT_CHARS;

    private SafeXml() {}

    /** The XML declaration's encoding, if any; the first bytes are ASCII in every encoding we decode as UTF-8. */
    private static final Pattern DECLARED_ENCODING = Pattern.compile("^<\\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']");
    private static final int DECLARATION_BYTES = 256;

    /**
     * A reader over the stream that throws at a DOCTYPE. UTF-8 files (nearly every list) are decoded
     * by {@link Utf8Reader}, so that a bad byte is reported like in any other format, with its line and
     * column and without the JDK parser's own stderr print; other declared encodings go to the parser.
     */
    public static Reader open(InputStream in, String file) throws ListParseException, IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(DECLARATION_BYTES);
        byte[] head = buffered.readNBytes(DECLARATION_BYTES);
        buffered.reset();
        Matcher m = DECLARED_ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
        boolean utf16 = head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE));
        boolean utf8 = !utf16 && (!m.find() || m.group(1).equalsIgnoreCase("UTF-8") || m.group(1).equalsIgnoreCase("UTF8"));
        java.io.Reader text;
        if (utf8) {
            text = new Utf8Reader(buffered, file);
        } else {
            String encoding = utf16 ? "UTF-16" : m.group(1);
            if (!supported(encoding)) {
                throw new ListParseException(file, 1, 0, null, "the XML declaration names an unknown encoding '" + encoding + "'");
            }
            text = new InputStreamReader(buffered, Charset.forName(encoding));
        }
        try {
            return new Reader(FACTORY.createXMLStreamReader(new MarkupRuns(text, file)), file);
        } catch (XMLStreamException e) {
            throw error(file, e);
        }
    }

    /** Whether the JDK decodes {@code name}; a name no charset may have ("-0-UTF-8") is unknown too, not an exception. */
    private static boolean supported(String name) {
        try {
            return Charset.isSupported(name);
        } catch (java.nio.charset.IllegalCharsetNameException e) {
            return false;
        }
    }

    /** Refuses a stretch of text without markup past {@link #MAX_RUN_CHARS}, counting lines to say where. */
    private static final class MarkupRuns extends FilterReader {
        private final String file;
        private long line = 1;
        private long run;

        MarkupRuns(java.io.Reader in, String file) {
            super(in);
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            for (int i = off; i < off + n; i++) {
                char c = buffer[i];
                if (c == '<' || c == '>') {
                    run = 0;
                } else if (++run > MAX_RUN_CHARS) {
                    throw new InputRefusedException(file, line, 0, String.format(
                            "more than %,d characters without markup (a text or attribute value that long is refused)",
                            MAX_RUN_CHARS));
                } else if (c == '\n') {
                    line++;
                }
            }
            return n;
        }
    }

    static ListParseException error(String file, XMLStreamException e) {
        Location loc = e.getLocation();
        String msg = e.getMessage() == null ? "malformed XML" : e.getMessage();
        // the JDK prefixes "ParseError at [row,col]:[l,c]\nMessage: " which the location already says
        int m = msg.indexOf("Message: ");
        if (m >= 0) {
            msg = msg.substring(m + 9);
        }
        for (Throwable t = e; t != null; t = t instanceof XMLStreamException x && x.getNestedException() != null
                ? x.getNestedException() : t.getCause()) {
            if (t instanceof InputRefusedException r) {
                return r.toParseException();
            }
        }
        return new ListParseException(file, loc == null ? 0 : loc.getLineNumber(),
                loc == null ? 0 : loc.getColumnNumber(), null, "malformed XML: " + msg.strip(), e);
    }

    /**
     * A thin wrapper over {@link XMLStreamReader} that turns StAX errors into located
     * {@link ListParseException}s and reads element text.
     */
    public static final class Reader implements AutoCloseable {
        private final XMLStreamReader xml;
        private final String file;

        Reader(XMLStreamReader xml, String file) {
            this.xml = xml;
            this.file = file;
        }

        /** Moves to the next start or end element; returns its event type, or END_DOCUMENT. */
        public int nextTag() throws ListParseException {
            try {
                while (xml.hasNext()) {
                    int ev = xml.next();
                    if (ev == XMLStreamConstants.DTD) {
                        throw new ListParseException(file, line(), column(), null,
                                "XML with a DOCTYPE is refused (no official list has one; DTDs carry XXE and entity-expansion attacks)");
                    }
                    if (ev == XMLStreamConstants.START_ELEMENT || ev == XMLStreamConstants.END_ELEMENT) {
                        return ev;
                    }
                }
                return XMLStreamConstants.END_DOCUMENT;
            } catch (XMLStreamException e) {
                throw SafeXml.error(file, e);
            }
        }

        /** The local name of the current element. */
        public String name() {
            return xml.getLocalName();
        }

        /** An attribute of the current start element by local name, or null. */
        public String attribute(String localName) {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (xml.getAttributeLocalName(i).equals(localName)) {
                    return xml.getAttributeValue(i);
                }
            }
            return null;
        }

        /**
         * Reads the text of the current start element, which must hold only text, and leaves the
         * reader on its end element. Returns the trimmed text, or null when it is empty. Text past
         * {@link EntityLimits#MAX_TEXT_CHARS} is refused as it arrives, naming the element.
         */
        public String text() throws ListParseException {
            String element = name();
            StringBuilder text = new StringBuilder();
            try {
                for (int ev = xml.next(); ev != XMLStreamConstants.END_ELEMENT; ev = xml.next()) {
                    switch (ev) {
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                            if (text.length() + xml.getTextLength() > EntityLimits.MAX_TEXT_CHARS) {
                                throw error(element, String.format("the text runs past %,d characters, the limit for one text",
                                        EntityLimits.MAX_TEXT_CHARS));
                            }
                            text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                        case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> { }
                        case XMLStreamConstants.START_ELEMENT -> throw error(element,
                                "text expected, found the element <" + name() + ">");
                        default -> throw error(element, "file ends inside an element (truncated?)");
                    }
                }
            } catch (XMLStreamException e) {
                throw SafeXml.error(file, e);
            }
            String t = text.toString().strip();
            return t.isEmpty() ? null : t;
        }

        /** Skips the current start element with everything inside it. */
        public void skip() throws ListParseException {
            int depth = 1;
            while (depth > 0) {
                int ev = nextTag();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else {
                    throw new ListParseException(file, line(), column(), name(), "file ends inside an element (truncated?)");
                }
            }
        }

        public long line() {
            Location l = xml.getLocation();
            return l == null ? 0 : l.getLineNumber();
        }

        public long column() {
            Location l = xml.getLocation();
            return l == null ? 0 : l.getColumnNumber();
        }

        /** An error at the current position. */
        public ListParseException error(String field, String problem) {
            return new ListParseException(file, line(), column(), field, problem);
        }

        @Override
        public void close() {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // closing a reader that failed: the first error is the one to report
            }
        }
    }
}
