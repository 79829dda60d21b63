package org.clearance.lists.eu;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * The EU Financial Sanctions Files (FSF) consolidated list, XML schema 1.1
 * ({@code xmlFullSanctionsList_1_1}): root {@code export} in namespace
 * {@code http://eu.europa.ec/fpi/fsd/export}, one {@code sanctionEntity} per entry whose facts sit in
 * the attributes of its {@code regulation}, {@code subjectType}, {@code nameAlias}, {@code citizenship},
 * {@code birthdate}, {@code identification} and {@code address} children. The entity id is
 * {@code logicalId}; see {@link EuEntityAssembler} for how names and listing dates are read.
 */
public final class EuFsfXmlFormat extends BasicListFormat {
    static final String NAMESPACE = "http://eu.europa.ec/fpi/fsd/export";

    public EuFsfXmlFormat() {
        super("eu-fsf-xml", "EU Financial Sanctions Files (FSF) consolidated list, XML 1.1 (European Commission)", "eu_fsf");
    }

    @Override
    public boolean accepts(Sniff sniff) {
        return "export".equals(sniff.xmlRoot()) && sniff.text().contains(NAMESPACE);
    }

    @Override
    public ListMetadata parse(ListInput input, String dataset, Consumer<Entity> sink)
            throws IOException, ListParseException {
        try (SafeXml.Reader xml = SafeXml.open(input.open(), input.name())) {
            if (xml.nextTag() != XMLStreamConstants.START_ELEMENT || !"export".equals(xml.name())) {
                throw xml.error(null, "not an EU FSF export: the root element must be <export>");
            }
            String generated = xml.attribute("generationDate");
            LocalDate published = DateText.parseFull(generated, true);
            long[] count = {0};
            XmlChildren.forEach(xml, name -> {
                if ("sanctionEntity".equals(name)) {
                    sink.accept(readEntity(xml, dataset, input.name()));
                    count[0]++;
                } else {
                    xml.skip();
                }
            });
            if (xml.nextTag() != XMLStreamConstants.END_DOCUMENT) {
                throw xml.error(null, "content after the end of <export>");
            }
            return new ListMetadata(published, -1, count[0]);
        } catch (InputRefusedException e) {
            throw e.toParseException();
        }
    }

    /**
     * Reads one sanctionEntity. Each fact's attributes are read before its children are walked
     * (Java evaluates the constructor arguments left to right, and {@code remarks} comes last).
     */
    private static Entity readEntity(SafeXml.Reader xml, String dataset, String file) throws ListParseException {
        long line = xml.line();
        String logicalId = attr(xml, "logicalId");
        if (logicalId == null) {
            throw xml.error("logicalId", "sanctionEntity without a logicalId");
        }
        EuEntityAssembler entity = new EuEntityAssembler(dataset, logicalId);
        entity.designation(attr(xml, "designationDate"), attr(xml, "designationDetails"),
                attr(xml, "euReferenceNumber"), attr(xml, "unitedNationId"));
        XmlChildren.forEach(xml, name -> {
            switch (name) {
                case "regulation" -> entity.regulation(readRegulation(xml));
                case "subjectType" -> {
                    entity.subjectType(attr(xml, "code"), attr(xml, "classificationCode"));
                    xml.skip();
                }
                case "nameAlias" -> entity.name(new EuFacts.NameAlias(attr(xml, "wholeName"), attr(xml, "firstName"),
                        attr(xml, "middleName"), attr(xml, "lastName"), attr(xml, "function"), attr(xml, "gender"),
                        attr(xml, "title"), attr(xml, "nameLanguage"), !"false".equals(attr(xml, "strong")),
                        remarks(xml, null)));
                case "citizenship" -> entity.citizenship(new EuFacts.Citizenship(attr(xml, "countryDescription"),
                        attr(xml, "countryIso2Code"), remarks(xml, null)));
                case "birthdate" -> entity.birthdate(new EuFacts.Birthdate(attr(xml, "birthdate"), attr(xml, "year"),
                        attr(xml, "monthOfYear"), attr(xml, "dayOfMonth"), attr(xml, "yearRangeFrom"),
                        attr(xml, "yearRangeTo"), "true".equals(attr(xml, "circa")), attr(xml, "city"),
                        attr(xml, "place"), attr(xml, "region"), attr(xml, "countryDescription"),
                        attr(xml, "countryIso2Code"), remarks(xml, null)));
                case "identification" -> entity.identification(readIdentification(xml));
                case "address" -> entity.address(new EuFacts.Address(attr(xml, "street"), attr(xml, "city"),
                        attr(xml, "zipCode"), attr(xml, "poBox"), attr(xml, "region"), attr(xml, "place"),
                        attr(xml, "countryDescription"), attr(xml, "countryIso2Code"), attr(xml, "contactInfo"),
                        remarks(xml, entity)));
                case "remark" -> entity.remark(xml.text());
                default -> xml.skip();
            }
        });
        if (!entity.hasName()) {
            throw new ListParseException(file, line, 0, "nameAlias",
                    "sanctionEntity " + logicalId + " has no name");
        }
        return entity.build();
    }

    private static EuFacts.Regulation readRegulation(SafeXml.Reader xml) throws ListParseException {
        String programme = attr(xml, "programme");
        String published = attr(xml, "publicationDate");
        String inForce = attr(xml, "entryIntoForceDate");
        String numberTitle = attr(xml, "numberTitle");
        String[] url = {attr(xml, "publicationUrl")};
        XmlChildren.forEach(xml, child -> {
            if ("publicationUrl".equals(child)) {
                url[0] = EuEntityAssembler.first(url[0], xml.text());
            } else {
                xml.skip();
            }
        });
        return new EuFacts.Regulation(programme, published, inForce, numberTitle, url[0]);
    }

    private static EuFacts.Identification readIdentification(SafeXml.Reader xml) throws ListParseException {
        List<String> flags = new ArrayList<>();
        for (var flag : EuFacts.IDENTIFICATION_FLAGS) {
            if ("true".equals(attr(xml, flag.getKey()))) {
                flags.add(flag.getValue());
            }
        }
        return new EuFacts.Identification(attr(xml, "identificationTypeCode"),
                attr(xml, "identificationTypeDescription"), attr(xml, "number"), attr(xml, "latinNumber"),
                attr(xml, "countryDescription"), attr(xml, "countryIso2Code"), attr(xml, "issuedBy"),
                attr(xml, "issuedDate"),
                attr(xml, "validFrom"), attr(xml, "validTo"), attr(xml, "nameOnDocument"), flags, remarks(xml, null));
    }

    /**
     * Reads the children of a fact element: its {@code remark}s (returned, joined) and, for addresses,
     * {@code contactInfo key/value} pairs (handed to the entity). Everything else in there repeats the
     * regulation ({@code regulationSummary}) and is skipped.
     */
    private static String remarks(SafeXml.Reader xml, EuEntityAssembler contacts) throws ListParseException {
        List<String> remarks = new ArrayList<>();
        XmlChildren.forEach(xml, child -> {
            if ("remark".equals(child)) {
                String t = xml.text();
                if (t != null) {
                    remarks.add(t);
                }
            } else if ("contactInfo".equals(child) && contacts != null) {
                contacts.contact(attr(xml, "key"), attr(xml, "value"));
                xml.skip();
            } else {
                xml.skip();
            }
        });
        return remarks.isEmpty() ? null : String.join("; ", remarks);
    }

    /** An attribute, or null when absent or blank: the EU writes {@code firstName=""} for "none". */
    private static String attr(SafeXml.Reader xml, String name) {
        String v = xml.attribute(name);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }
}
