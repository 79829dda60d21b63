package org.clearance.lists;

import java.io.InputStream;
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

    /** A reader over the stream that throws at a DOCTYPE. */
    public static Reader open(InputStream in, String file) throws ListParseException {
        try {
            return new Reader(FACTORY.createXMLStreamReader(in), file);
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
        if (e.getNestedException() instanceof InputRefusedException r) {
            return r.toParseException();
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
