package org.clearance.lists;

import javax.xml.stream.XMLStreamConstants;
import org.clearance.io.ListParseException;
import org.clearance.io.SafeXml;

/** Walks the child elements of the element the reader stands on, one handler call per child. */
public final class XmlChildren {
    /** Reads one child element; it must consume the child entirely (text(), skip() or a nested walk). */
    public interface Handler {
        void child(String name) throws ListParseException;
    }

    private XmlChildren() {}

    /** Calls the handler for each child of the current start element and returns on its end element. */
    public static void forEach(SafeXml.Reader xml, Handler handler) throws ListParseException {
        while (true) {
            int ev = xml.nextTag();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (ev == XMLStreamConstants.END_DOCUMENT) {
                throw xml.error(null, "file ends inside an element (truncated?)");
            }
            handler.child(xml.name());
        }
    }
}
