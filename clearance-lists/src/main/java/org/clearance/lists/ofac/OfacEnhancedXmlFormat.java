package org.clearance.lists.ofac;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.function.Consumer;
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
import org.clearance.model.PartialDate;

/**
 * OFAC's Enhanced XML ({@code SDN_ENHANCED.XML}, {@code CONS_ENHANCED.XML}): root {@code sanctionsData}
 * in the {@code .../exports/ENHANCED_XML} namespace of the Sanctions List Service.
 *
 * <p>The file is a reference-value design: {@code referenceValues} and {@code featureTypes} come
 * first and map ids to texts (countries, alias types, scripts, document and feature types), then
 * each {@code entity} refers to them. One streaming pass keeps that table (a few hundred values)
 * and maps each entity as soon as its end tag is read. Entity ids are OFAC's own ({@code ent_num}
 * / {@code uid} of the legacy files), so entities keep the same id across OFAC formats.
 */
public final class OfacEnhancedXmlFormat extends BasicListFormat {
    static final String ROOT = "sanctionsData";
    static final String NAMESPACE_MARK = "/exports/ENHANCED_XML";
    static final String CONSOLIDATED_DATASET = "us_ofac_cons";
    static final String SDN_DATASET = "us_ofac_sdn";

    /** The publication filter OFAC writes when the file is the non-SDN consolidated list. */
    private static final Pattern CONSOLIDATED_FILTER =
            Pattern.compile("<(?:\\w+:)?sanctionsList\\b[^>]*>\\s*Consolidated List\\s*</");

    public OfacEnhancedXmlFormat() {
        super("ofac-enhanced-xml", "US Treasury OFAC Enhanced XML (SDN_ENHANCED.XML / CONS_ENHANCED.XML)", null);
    }

    @Override
    public boolean accepts(Sniff sniff) {
        if (!ROOT.equals(sniff.xmlRoot())) {
            return false;
        }
        String text = sniff.text();
        int start = text.indexOf(ROOT);
        int end = text.indexOf('>', start);
        return end > start && text.substring(start, end).contains(NAMESPACE_MARK);
    }

    @Override
    public String defaultDataset(Sniff sniff) {
        String text = sniff.text();
        int start = text.indexOf("publicationInfo");
        int end = text.indexOf("publicationInfo", start + 1);
        if (start < 0 || end < 0) {
            return SDN_DATASET;
        }
        return CONSOLIDATED_FILTER.matcher(text.substring(start, end)).find() ? CONSOLIDATED_DATASET : SDN_DATASET;
    }

    @Override
    public ListMetadata parse(ListInput input, String dataset, Consumer<Entity> sink)
            throws IOException, ListParseException {
        EnhancedReferences refs = new EnhancedReferences();
        EnhancedEntityMapper mapper = new EnhancedEntityMapper(input.name(), dataset, refs);
        LocalDate published = null;
        long count = 0;
        try (InputStream in = input.open(); SafeXml.Reader x = SafeXml.open(in, input.name())) {
            if (x.nextTag() != XMLStreamConstants.START_ELEMENT || !ROOT.equals(x.name())) {
                throw x.error(null, "not an OFAC Enhanced XML file: the root element is not " + ROOT);
            }
            int ev;
            while ((ev = x.nextTag()) != XMLStreamConstants.END_DOCUMENT) {
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (x.name()) {
                    case "dataAsOf" -> published = publicationDate(x);
                    case "referenceValue" -> referenceValue(x, refs);
                    case "featureType" -> featureType(x, refs);
                    case "entity" -> {
                        sink.accept(mapper.map(new EnhancedEntityReader(x).read()));
                        count++;
                    }
                    default -> {
                        // containers (publicationInfo, referenceValues, entities, ...): descend into them
                    }
                }
            }
        } catch (InputRefusedException e) {
            throw e.toParseException();
        }
        return new ListMetadata(published, -1, count);
    }

    private static LocalDate publicationDate(SafeXml.Reader x) throws ListParseException {
        String text = x.text();
        PartialDate d = DateText.parse(text, true);
        if (d == null || !d.hasDay()) {
            throw x.error("dataAsOf", "not a date: " + text);
        }
        return LocalDate.of(d.year(), d.month(), d.day());
    }

    private static void referenceValue(SafeXml.Reader x, EnhancedReferences refs) throws ListParseException {
        String refId = x.attribute("refId");
        String[] v = new String[3]; // type, value, isoCode
        EnhancedXml.children(x, c -> {
            switch (c) {
                case "type" -> v[0] = x.text();
                case "value" -> v[1] = x.text();
                case "isoCode" -> v[2] = x.text();
                default -> x.skip();
            }
        });
        if (refId != null) {
            refs.add(refId, new EnhancedReferences.Value(v[0], v[1], v[2]));
        }
    }

    private static void featureType(SafeXml.Reader x, EnhancedReferences refs) throws ListParseException {
        String id = x.attribute("featureTypeId");
        String[] type = new String[1];
        EnhancedXml.children(x, c -> {
            if (c.equals("type")) {
                type[0] = x.text();
            } else {
                x.skip();
            }
        });
        if (id != null && type[0] != null) {
            refs.addFeatureType(id, type[0]);
        }
    }
}
