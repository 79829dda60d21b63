package org.clearance.lists.uk;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import org.clearance.io.DateText;
import org.clearance.io.InputRefusedException;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.io.SafeXml;
import org.clearance.io.Sniff;
import org.clearance.lists.BasicListFormat;
import org.clearance.lists.ListMetadata;
import org.clearance.lists.XmlChildren;
import org.clearance.model.Entity;

/**
 * The UK Sanctions List published by the FCDO, XML ({@code UK_Sanctions_List.xml}): root
 * {@code Designations} with a {@code DateGenerated} (dd/mm/yyyy) and one {@code Designation} per
 * designated person, entity or ship ({@code ArrayOfFinalDesignation} / {@code FinalDesignation} in
 * earlier files). Ships become vessels with their IMO numbers. See {@link FcdoDesignation} for the
 * entity id.
 */
public final class UkFcdoXmlFormat extends BasicListFormat {
    private static final Set<String> ROOTS = Set.of("Designations", "ArrayOfFinalDesignation");

    private static final Set<String> RECORDS = Set.of("Designation", "FinalDesignation");

    public UkFcdoXmlFormat() {
        super("uk-fcdo-xml", "UK Sanctions List, XML (Foreign, Commonwealth & Development Office)", UkLists.DATASET);
    }

    @Override
    public boolean accepts(Sniff sniff) {
        String root = sniff.xmlRoot();
        return root != null && ROOTS.contains(root) && sniff.text().contains("<UniqueID>");
    }

    @Override
    public ListMetadata parse(ListInput input, String dataset, Consumer<Entity> sink)
            throws IOException, ListParseException {
        try (SafeXml.Reader xml = SafeXml.open(input.open(), input.name())) {
            if (xml.nextTag() != XMLStreamConstants.START_ELEMENT || !ROOTS.contains(xml.name())) {
                throw xml.error(null, "not a UK Sanctions List: the root element must be <Designations>");
            }
            LocalDate[] published = {null};
            long[] count = {0};
            XmlChildren.forEach(xml, name -> {
                if (RECORDS.contains(name)) {
                    sink.accept(FcdoDesignation.read(xml, input.name(), dataset));
                    count[0]++;
                } else if ("DateGenerated".equals(name)) {
                    String text = xml.text();
                    published[0] = DateText.parseFull(text, true);
                    if (text != null && published[0] == null) {
                        throw xml.error(name, "not a date: " + text);
                    }
                } else {
                    xml.skip();
                }
            });
            if (xml.nextTag() != XMLStreamConstants.END_DOCUMENT) {
                throw xml.error(null, "content after the end of the root element");
            }
            return new ListMetadata(published[0], -1, count[0]);
        } catch (InputRefusedException e) {
            throw e.toParseException();
        }
    }
}
