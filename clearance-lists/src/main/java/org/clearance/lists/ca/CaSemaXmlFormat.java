package org.clearance.lists.ca;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import org.clearance.io.InputRefusedException;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.io.SafeXml;
import org.clearance.io.Sniff;
import org.clearance.lists.BasicListFormat;
import org.clearance.lists.ListMetadata;
import org.clearance.model.Entity;

/**
 * Canada's Consolidated Canadian Autonomous Sanctions List as XML ({@code sema-lmes.xml}, Global Affairs
 * Canada): persons, entities and ships listed under the Special Economic Measures Act and the Justice for
 * Victims of Corrupt Foreign Officials Act. Root {@code data-set}, one flat {@code record} per listing.
 *
 * <p>The file carries no publication date and no count, so {@link ListMetadata} has neither; the latest
 * {@code DateOfListing} is not a publication date (delistings move no listing date), so the caller
 * supplies the date it downloaded the file.
 */
public final class CaSemaXmlFormat extends BasicListFormat {
    public static final String ID = "ca-sema-xml";
    public static final String DEFAULT_DATASET = "ca_sema";

    private static final String ROOT = "data-set";
    private static final String RECORD = "record";
    /** {@code data-set}/{@code record} are generic names; these fields are the list's own. */
    private static final Pattern OWN_FIELDS = Pattern.compile("<(?:DateOfListing|EntityOrShip|Schedule)>");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

    public CaSemaXmlFormat() {
        super(ID, "Global Affairs Canada, Consolidated Canadian Autonomous Sanctions List, XML (SEMA and JVCFOA)", DEFAULT_DATASET);
    }

    @Override
    public boolean accepts(Sniff sniff) {
        return ROOT.equals(sniff.xmlRoot()) && sniff.text().contains("<" + RECORD + ">")
                && OWN_FIELDS.matcher(sniff.text()).find();
    }

    @Override
    public ListMetadata parse(ListInput input, String dataset, Consumer<Entity> sink)
            throws IOException, ListParseException {
        String file = input.name();
        CaEntityMapper mapper = new CaEntityMapper(file);
        try (InputStream in = input.open(); SafeXml.Reader xml = SafeXml.open(in, file)) {
            if (xml.nextTag() != XMLStreamConstants.START_ELEMENT || !ROOT.equals(xml.name())) {
                throw xml.error(null, "not a Canadian autonomous sanctions list: the root element is not " + ROOT);
            }
            Map<String, Long> seen = new HashMap<>();
            long count = 0;
            while (nextChild(xml, ROOT)) {
                if (!RECORD.equals(xml.name())) {
                    throw xml.error(xml.name(), "unexpected element in " + ROOT);
                }
                CaRecord r = readRecord(xml);
                Entity e = mapper.map(r, dataset);
                Long first = seen.putIfAbsent(e.sourceId(), r.line());
                if (first != null) {
                    throw new ListParseException(file, r.line(), 0, "Item", "Country, Schedule and Item repeat the"
                            + " record at line " + first + " (id " + e.sourceId() + ")");
                }
                sink.accept(e);
                count++;
            }
            return ListMetadata.counted(count);
        } catch (InputRefusedException e) {
            throw e.toParseException();
        }
    }

    private static CaRecord readRecord(SafeXml.Reader xml) throws ListParseException {
        long line = xml.line();
        Map<String, String> fields = new LinkedHashMap<>();
        while (nextChild(xml, RECORD)) {
            String name = xml.name();
            String text = xml.text();
            if (text != null) {
                // pretty-printing and no-break spaces inside values are not data
                String v = WHITESPACE.matcher(text).replaceAll(" ").strip();
                if (!v.isEmpty()) {
                    fields.merge(name, v, (a, b) -> a + "; " + b);
                }
            }
        }
        return new CaRecord(line, fields);
    }

    private static boolean nextChild(SafeXml.Reader xml, String parent) throws ListParseException {
        int ev = xml.nextTag();
        if (ev == XMLStreamConstants.END_DOCUMENT) {
            throw xml.error(parent, "the file ends inside this element (truncated?)");
        }
        return ev == XMLStreamConstants.START_ELEMENT;
    }
}
