package org.clearance.lists.un;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import org.clearance.io.DateText;
import org.clearance.io.InputRefusedException;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.io.SafeXml;
import org.clearance.io.Sniff;
import org.clearance.lists.BasicListFormat;
import org.clearance.lists.ListMetadata;
import org.clearance.model.Entity;

/**
 * The UN Security Council Consolidated List as XML ({@code consolidated.xml}, root
 * {@code CONSOLIDATED_LIST}, schema https://www.un.org/sc/resources/sc-sanctions.xsd): every individual
 * and entity under a Security Council sanctions regime, listed under {@code INDIVIDUALS} and
 * {@code ENTITIES}. Entities are keyed by the UN reference number ({@code QDi.001}).
 */
public final class UnConsolidatedXmlFormat extends BasicListFormat {
    public static final String ID = "un-consolidated-xml";
    public static final String DEFAULT_DATASET = "un_sc_sanctions";

    private static final String ROOT = "CONSOLIDATED_LIST";
    private static final Pattern GENERATED_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:T.*)?");

    public UnConsolidatedXmlFormat() {
        super(ID, "UN Security Council Consolidated List, XML (scsanctions.un.org consolidated.xml)", DEFAULT_DATASET);
    }

    @Override
    public boolean accepts(Sniff sniff) {
        return ROOT.equals(sniff.xmlRoot());
    }

    @Override
    public ListMetadata parse(ListInput input, String dataset, Consumer<Entity> sink)
            throws IOException, ListParseException {
        String file = input.name();
        UnEntityMapper mapper = new UnEntityMapper(file);
        try (InputStream in = input.open(); SafeXml.Reader xml = SafeXml.open(in, file)) {
            if (xml.nextTag() != XMLStreamConstants.START_ELEMENT || !ROOT.equals(xml.name())) {
                throw xml.error(null, "not a UN consolidated list: the root element is not " + ROOT);
            }
            LocalDate published = publicationDate(xml);
            UnRecordReader reader = new UnRecordReader(xml);
            Map<String, Long> seen = new HashMap<>();
            long count = 0;
            while (UnRecordReader.nextChild(xml, ROOT)) {
                String section = xml.name();
                if (!section.equals("INDIVIDUALS") && !section.equals("ENTITIES")) {
                    xml.skip();
                    continue;
                }
                while (UnRecordReader.nextChild(xml, section)) {
                    if (!xml.name().equals("INDIVIDUAL") && !xml.name().equals("ENTITY")) {
                        throw xml.error(xml.name(), "unexpected element in " + section);
                    }
                    UnRecord r = reader.read();
                    Entity e = mapper.map(r, dataset);
                    Long first = seen.putIfAbsent(e.sourceId(), r.line());
                    if (first != null) {
                        throw new ListParseException(file, r.line(), 0, "REFERENCE_NUMBER", "reference number "
                                + e.sourceId() + " is listed twice (first at line " + first + ")");
                    }
                    sink.accept(e);
                    count++;
                }
            }
            return new ListMetadata(published, -1, count);
        } catch (InputRefusedException e) {
            throw e.toParseException();
        }
    }

    private static LocalDate publicationDate(SafeXml.Reader xml) throws ListParseException {
        String generated = xml.attribute("dateGenerated");
        if (generated == null) {
            return null;
        }
        // the date as the UN writes it (UTC), without shifting it to the reader's zone
        Matcher m = GENERATED_DAY.matcher(generated.strip());
        LocalDate d = m.matches() ? DateText.parseFull(m.group(1), true) : null;
        if (d == null) {
            throw xml.error("dateGenerated", "not a date: " + generated);
        }
        return d;
    }
}
