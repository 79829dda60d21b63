package org.clearance.lists.ftm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clearance.io.DateText;
import org.clearance.io.ListParseException;
import org.clearance.lists.IdentifierTypes;
import org.clearance.model.Address;
import org.clearance.model.Entity;
import org.clearance.model.Identifier;
import org.clearance.model.IdentifierType;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.PartialDate;
import org.clearance.model.Relation;
import org.clearance.model.Sanction;
import org.clearance.model.Schema;
import org.clearance.names.Scripts;

/**
 * Turns one FtM party entity, with the helper entities that link to it, into an {@link Entity}.
 * Properties the model has a field for go there; every other property is kept under its FtM name.
 */
final class FtmPartyMapper {
    /**
     * Properties this mapper turns into model fields; all others are kept as entity properties.
     * {@code flag} is deliberately absent: it becomes a country and stays a property, so that a
     * vessel's flag is not mistaken for any other country it is linked to.
     */
    private static final Set<String> MAPPED = Set.of(
            "name", "alias", "weakAlias", "previousName", "birthDate", "incorporationDate", "birthPlace",
            "nationality", "citizenship", "country", "jurisdiction", "address", "addressEntity", "gender",
            "position", "notes", "sourceUrl");

    private final String file;
    private final String dataset;
    private final FtmLinks links;

    FtmPartyMapper(String file, String dataset, FtmLinks links) {
        this.file = file;
        this.dataset = dataset;
        this.links = links;
    }

    Entity map(FtmRecord r, Schema schema) throws ListParseException {
        Entity.Builder b = Entity.builder(dataset, r.id(), schema);
        names(r, b);
        dates(r, b, "birthDate");
        dates(r, b, "incorporationDate");
        r.values("birthPlace").forEach(b::birthPlace);
        r.values("nationality").forEach(b::nationality);
        r.values("citizenship").forEach(b::nationality);
        r.values("country").forEach(b::country);
        r.values("jurisdiction").forEach(b::country);
        r.values("flag").forEach(b::country);
        addresses(r, b);
        identifiers(r, b);
        sanctions(r, b);
        gender(r, b);
        r.values("position").forEach(b::position);
        occupancies(r, b);
        relations(r, b);
        r.values("notes").forEach(b::note);
        List<String> urls = r.values("sourceUrl");
        if (!urls.isEmpty()) {
            b.sourceUrl(urls.get(0));
            // the model keeps one URL; further ones stay under the FtM name
            urls.subList(1, urls.size()).forEach(u -> b.property("sourceUrl", u));
        }
        for (Map.Entry<String, List<String>> e : r.properties().entrySet()) {
            if (!MAPPED.contains(e.getKey()) && !FtmVocabulary.IDENTIFIER_PROPERTIES.containsKey(e.getKey())) {
                e.getValue().forEach(v -> b.property(e.getKey(), v));
            }
        }
        return b.build();
    }

    /**
     * FtM gives a party several {@code name} values without saying which is primary; its caption is
     * the one OpenSanctions displays, so that one leads. The other names are the same name in other
     * languages: in another script they are original-script renderings, in Latin script aliases.
     */
    private void names(FtmRecord r, Entity.Builder b) throws ListParseException {
        List<String> names = r.values("name");
        String primary = r.caption() != null && (names.isEmpty() || names.contains(r.caption()))
                ? r.caption() : names.isEmpty() ? null : names.get(0);
        if (primary == null) {
            throw new ListParseException(file, r.line(), 0, "name", "party " + r.id() + " has no name and no caption");
        }
        Set<String> seen = new HashSet<>();
        addName(r, b, seen, primary, NameKind.PRIMARY);
        for (String n : names) {
            addName(r, b, seen, n, Scripts.isLatin(n) ? NameKind.ALIAS : NameKind.ORIGINAL_SCRIPT);
        }
        r.values("alias").forEach(n -> addName(r, b, seen, n, NameKind.ALIAS));
        r.values("weakAlias").forEach(n -> addName(r, b, seen, n, NameKind.WEAK_ALIAS));
        r.values("previousName").forEach(n -> addName(r, b, seen, n, NameKind.FORMER));
    }

    /**
     * Adds a name once, whatever kind it comes under first. FtM's firstName/lastName are not tied to
     * one name, so given and family are set only from values the name itself contains.
     */
    private static void addName(FtmRecord r, Entity.Builder b, Set<String> seen, String full, NameKind kind) {
        if (seen.add(full)) {
            b.name(new Name(full, kind, within(full, r.values("firstName")), within(full, r.values("lastName")), null));
        }
    }

    private static String within(String name, List<String> parts) {
        for (String p : parts) {
            if (name.contains(p)) {
                return p;
            }
        }
        return null;
    }

    /** FtM dates are ISO 8601, possibly truncated ({@code 1971}, {@code 1971-07}). */
    private static void dates(FtmRecord r, Entity.Builder b, String property) {
        for (String v : r.values(property)) {
            PartialDate d = DateText.parse(v, true);
            if (d != null) {
                b.birthDate(d);
            } else {
                b.note(property + ": " + v);
            }
        }
    }

    private void addresses(FtmRecord r, Entity.Builder b) {
        List<Address> linked = new ArrayList<>();
        for (String ref : r.values("addressEntity")) {
            FtmRecord a = links.address(ref);
            if (a == null) {
                b.property("addressEntity", ref); // not in this file: keep the reference
            } else {
                linked.add(address(a));
            }
        }
        linked.forEach(b::address);
        // a party usually repeats its linked addresses as plain text: keep only the ones not already linked
        Set<String> linkedText = new HashSet<>();
        linked.forEach(a -> linkedText.add(a.full().toLowerCase(Locale.ROOT)));
        for (String text : r.values("address")) {
            if (!linkedText.contains(text.toLowerCase(Locale.ROOT))) {
                b.address(new Address(text, null, null, null, null, null));
            }
        }
    }

    private static Address address(FtmRecord a) {
        String street = join(", ", a.first("street"), a.first("street2"));
        Address parts = Address.of(street, a.first("city"), a.first("region") != null ? a.first("region") : a.first("state"),
                a.first("postalCode"), a.first("country"));
        String full = a.first("full") != null ? a.first("full") : parts.full();
        return new Address(full, parts.street(), parts.city(), parts.region(), parts.postalCode(), parts.country());
    }

    private void identifiers(FtmRecord r, Entity.Builder b) {
        for (Map.Entry<String, IdentifierType> e : FtmVocabulary.IDENTIFIER_PROPERTIES.entrySet()) {
            for (String v : r.values(e.getKey())) {
                b.identifier(new Identifier(e.getValue(), e.getKey(), v, null, null));
            }
        }
        for (FtmRecord doc : links.documentsOf(r)) {
            String number = doc.first("number");
            if (number == null) {
                b.note(doc.schema() + " " + doc.id() + " without a number");
                continue;
            }
            String label = doc.first("type") != null ? doc.first("type") : doc.schema();
            IdentifierType type = "Passport".equals(doc.schema()) ? IdentifierType.PASSPORT : IdentifierTypes.classify(label);
            String note = join("; ", prefixed("authority ", doc.first("authority")),
                    prefixed("issued ", doc.first("startDate")), prefixed("expires ", doc.first("endDate")));
            b.identifier(new Identifier(type, label, number, doc.first("country"), note));
        }
    }

    /**
     * FtM {@code listingDate} is when the party was listed, {@code startDate} when the measure took
     * effect; the model's listing date prefers the former. Dates without a day cannot be a
     * LocalDate and are kept in a note, as is an end date (a lifted sanction is still a fact).
     */
    private void sanctions(FtmRecord r, Entity.Builder b) {
        for (FtmRecord s : links.sanctionsOf(r)) {
            String program = s.first("program") != null ? s.first("program") : s.first("programId");
            String authority = join("; ", s.values("authority").toArray(String[]::new));
            String listed = s.first("listingDate") != null ? s.first("listingDate") : s.first("startDate");
            LocalDate listedOn = listed == null ? null : DateText.parseFull(listed, true);
            String reason = join("\n", s.values("reason").toArray(String[]::new));
            b.sanction(new Sanction(authority, program, listedOn, reason));
            String what = "sanction " + (program != null ? program : s.id());
            if (listed != null && listedOn == null) {
                b.note(what + ": listed " + listed);
            }
            if (s.first("endDate") != null) {
                b.note(what + ": ended " + s.first("endDate"));
            }
        }
    }

    /** FtM genders are {@code male}, {@code female} and {@code other}; the model knows the first two. */
    private static void gender(FtmRecord r, Entity.Builder b) {
        String chosen = null;
        for (String g : r.values("gender")) {
            String l = g.toLowerCase(Locale.ROOT);
            if (chosen == null && (l.equals("male") || l.equals("female"))) {
                chosen = l;
            } else {
                b.property("gender", g);
            }
        }
        b.gender(chosen);
    }

    private void occupancies(FtmRecord r, Entity.Builder b) {
        for (FtmRecord o : links.occupanciesOf(r)) {
            for (String post : o.values("post")) {
                FtmRecord p = links.position(post);
                if (p != null && p.first("name") != null) {
                    b.position(p.first("name"));
                }
            }
        }
    }

    private void relations(FtmRecord r, Entity.Builder b) {
        for (FtmLinks.LinkEnd end : links.linksOf(r)) {
            String other = links.partyId(end.otherId());
            if (other == null) {
                // the other end is not a party of this file: its FtM id is all the file says of it
                b.relation(new Relation(end.kind(), end.otherId(), null));
            } else {
                String caption = links.caption(other);
                b.relation(new Relation(end.kind(), caption != null ? caption : other, Entity.idFor(dataset, other)));
            }
        }
    }

    private static String prefixed(String prefix, String value) {
        return value == null ? null : prefix + value;
    }

    private static String join(String sep, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (sb.length() > 0) {
                    sb.append(sep);
                }
                sb.append(p.strip());
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
