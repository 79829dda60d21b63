package org.clearance.io;

import java.io.BufferedInputStream;
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

/**
 * StAX reading that never resolves external entities and refuses any DOCTYPE: no official list
 * carries one, and a DTD is how XXE and billion-laughs attacks arrive. Streaming keeps memory flat
 * however large the file.
 */
public final class SafeXml {
    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        FACTORY.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

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
        try {
            return new Reader(utf8 ? FACTORY.createXMLStreamReader(new Utf8Reader(buffered, file))
                    : FACTORY.createXMLStreamReader(buffered), file);
        } catch (XMLStreamException e) {
            throw error(file, e);
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
         * reader on its end element. Returns the trimmed text, or null when it is empty.
         */
        public String text() throws ListParseException {
            try {
                String t = xml.getElementText().strip();
                return t.isEmpty() ? null : t;
            } catch (XMLStreamException e) {
                throw SafeXml.error(file, e);
            }
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
