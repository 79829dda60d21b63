package org.clearance.lists.ofac;

import javax.xml.stream.XMLStreamConstants;
import org.clearance.io.ListParseException;
import org.clearance.io.SafeXml;

/** Walks the children of the current element with a {@link SafeXml.Reader}. */
final class EnhancedXml {
    /** Consumes one child start element fully: reads its text, walks it, or skips it. */
    @FunctionalInterface
    interface Child {
        void on(String name) throws ListParseException;
    }

    private EnhancedXml() {}

    /** Calls {@code child} for each child of the current element and returns on its end tag. */
    static void children(SafeXml.Reader x, Child child) throws ListParseException {
        while (true) {
            int ev = x.nextTag();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                child.on(x.name());
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                return;
            } else {
                throw x.error(null, "file ends inside an element (truncated?)");
            }
        }
    }

    /** The reference of the current element ({@code refId} attribute and text); leaves it on its end tag. */
    static EnhancedRecord.Ref ref(SafeXml.Reader x, String idAttribute) throws ListParseException {
        String id = x.attribute(idAttribute);
        return new EnhancedRecord.Ref(id, x.text());
    }

    static boolean bool(SafeXml.Reader x) throws ListParseException {
        return "true".equalsIgnoreCase(x.text());
    }
}
