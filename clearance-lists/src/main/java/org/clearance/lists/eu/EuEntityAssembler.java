package org.clearance.lists.eu;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clearance.io.DateText;
import org.clearance.lists.TextParts;
import org.clearance.model.Address;
import org.clearance.model.Entity;
import org.clearance.model.Identifier;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.PartialDate;
import org.clearance.model.Sanction;
import org.clearance.model.Schema;
import org.clearance.names.Scripts;

/**
 * Collects the facts of one EU FSF {@code sanctionEntity} (from the XML or from the CSV rows that
 * share an {@code Entity_LogicalId}) and builds the entity.
 *
 * <p>Decisions the EU leaves to the reader:
 * <ul>
 *   <li>The EU marks no name as primary. The first strong name in Latin script is taken as primary
 *       (the EU lists the English form first); names the EU marks {@code strong="false"} are weak
 *       aliases, names in another script are original-script renderings with their language.</li>
 *   <li>One sanction per programme. Its listing date is the entity's {@code designationDate} when the
 *       EU gives one, else the earliest publication (or, lacking it, entry-into-force) date of that
 *       programme's regulations: later regulations of a programme amend a listing, they do not
 *       make it.</li>
 *   <li>The EU reference number and the UN id go into the FtM properties {@code authorityId} and
 *       {@code unscId}; the source URL is the first regulation's Official Journal link.</li>
 * </ul>
 */
final class EuEntityAssembler {
    static final String AUTHORITY = "European Union";

    /** What the EU writes where it does not know a country ({@code countryIso2Code="00"}, "UNKNOWN"). */
    private static final Set<String> UNKNOWN_COUNTRY = Set.of("00", "UNKNOWN");

    private static final Map<String, String> GENDERS = Map.of("m", "male", "male", "male", "f", "female", "female", "female");

    private final Entity.Builder builder;
    private final Map<String, EuFacts.NameAlias> names = new LinkedHashMap<>();
    private final Set<EuFacts.Regulation> regulations = new LinkedHashSet<>();
    private final Set<String> notes = new LinkedHashSet<>();
    private boolean schemaKnown;
    private String designationDate;
    private String designationDetails;

    EuEntityAssembler(String dataset, String logicalId) {
        this.builder = Entity.builder(dataset, logicalId, Schema.LEGAL_ENTITY);
    }

    void subjectType(String code, String classificationCode) {
        if (schemaKnown || (code == null && classificationCode == null)) {
            return;
        }
        Schema s = EuCodes.subjectType(code, classificationCode);
        if (s == null) {
            note("subject type not understood: " + TextParts.join(" / ", code, classificationCode));
        } else {
            builder.schema(s);
            schemaKnown = true;
        }
    }

    void designation(String date, String details, String euReferenceNumber, String unitedNationId) {
        designationDate = first(designationDate, date);
        designationDetails = first(designationDetails, details);
        builder.property("authorityId", euReferenceNumber);
        builder.property("unscId", unitedNationId);
    }

    void regulation(EuFacts.Regulation regulation) {
        if (regulation.programme() != null || regulation.numberTitle() != null || regulation.publicationDate() != null) {
            regulations.add(regulation);
        }
    }

    void name(EuFacts.NameAlias alias) {
        String full = first(alias.wholeName(), TextParts.join(" ", alias.firstName(), alias.middleName(), alias.lastName()));
        if (full != null) {
            names.putIfAbsent(full, alias);
        }
        if (alias.gender() != null) {
            String g = GENDERS.get(alias.gender().toLowerCase(Locale.ROOT));
            if (g != null) {
                builder.gender(g);
            } else {
                note("gender not understood: " + alias.gender());
            }
        }
        builder.position(alias.function());
        builder.property("title", alias.title());
        note(alias.remark());
    }

    void birthdate(EuFacts.Birthdate b) {
        String written = b.date() != null ? b.date() : TextParts.join("-", b.year(), b.month(), b.day());
        PartialDate date = b.date() != null ? DateText.parse(b.date(), true) : fromParts(b.year(), b.month(), b.day());
        if (date != null) {
            builder.birthDate(date);
            if (b.circa()) {
                note("birth date " + date + " is approximate (circa)");
            }
        } else if (written != null) {
            note("birth date not understood: " + written);
        } else if (b.yearRangeFrom() != null || b.yearRangeTo() != null) {
            note("born between " + orQuestion(b.yearRangeFrom()) + " and " + orQuestion(b.yearRangeTo()));
        }
        builder.birthPlace(TextParts.join(", ", b.place(), b.city(), b.region(), country(b.country(), b.countryIso2())));
        note(b.remark());
    }

    void citizenship(EuFacts.Citizenship c) {
        builder.nationality(country(c.country(), c.countryIso2()));
        note(c.remark());
    }

    void identification(EuFacts.Identification id) {
        String value = first(id.number(), id.latinNumber());
        if (value == null) {
            note(TextParts.join(": ", "identification without a number", first(id.typeDescription(), id.typeCode())));
            return;
        }
        String label = first(id.typeDescription(), id.typeCode());
        List<String> parts = new ArrayList<>();
        if (id.latinNumber() != null && !id.latinNumber().equals(value)) {
            parts.add("Latin-script number " + id.latinNumber());
        }
        addLabelled(parts, "issued by ", id.issuedBy());
        addLabelled(parts, "issued ", id.issuedDate());
        addLabelled(parts, "valid from ", id.validFrom());
        addLabelled(parts, "valid to ", id.validTo());
        addLabelled(parts, "name on document: ", id.nameOnDocument());
        parts.addAll(id.flags());
        addLabelled(parts, "", id.remark());
        builder.identifier(new Identifier(EuCodes.identificationType(id.typeCode(), label), label, value,
                country(id.country(), id.countryIso2()), parts.isEmpty() ? null : String.join("; ", parts)));
    }

    void address(EuFacts.Address a) {
        String country = country(a.country(), a.countryIso2());
        String poBox = a.poBox() == null || a.poBox().toLowerCase(Locale.ROOT).contains("box") ? a.poBox() : "PO Box " + a.poBox();
        String full = TextParts.join(", ", a.street(), poBox, a.place(), a.city(), a.zipCode(), a.region(), country);
        if (full != null) {
            builder.address(new Address(full, a.street(), a.city(), a.region(), a.zipCode(), country));
        }
        if (a.contactInfo() != null) {
            note("contact: " + a.contactInfo());
        }
        note(a.remark());
    }

    /** A contact detail the XML gives as {@code <contactInfo key="PHONE" value="..."/>}. */
    void contact(String key, String value) {
        if (value == null) {
            return;
        }
        switch (key == null ? "" : key.toUpperCase(Locale.ROOT)) {
            case "PHONE" -> builder.property("phone", value);
            case "EMAIL" -> builder.property("email", value);
            case "WEB", "WEBSITE" -> builder.property("website", value);
            default -> note(TextParts.join(": ", key, value));
        }
    }

    void remark(String remark) {
        note(remark);
    }

    boolean hasName() {
        return !names.isEmpty();
    }

    Entity build() {
        addNames();
        addSanctions();
        notes.forEach(builder::note);
        return builder.build();
    }

    private void addNames() {
        String primary = null;
        for (Map.Entry<String, EuFacts.NameAlias> e : names.entrySet()) {
            if (e.getValue().strong() && Scripts.isLatin(e.getKey())) {
                primary = e.getKey();
                break;
            }
        }
        if (primary == null) {
            primary = names.keySet().iterator().next();
        }
        builder.name(toName(primary, names.get(primary), NameKind.PRIMARY));
        for (Map.Entry<String, EuFacts.NameAlias> e : names.entrySet()) {
            if (!e.getKey().equals(primary)) {
                EuFacts.NameAlias a = e.getValue();
                NameKind kind = !a.strong() ? NameKind.WEAK_ALIAS
                        : Scripts.isLatin(e.getKey()) ? NameKind.ALIAS : NameKind.ORIGINAL_SCRIPT;
                builder.name(toName(e.getKey(), a, kind));
            }
        }
    }

    private static Name toName(String full, EuFacts.NameAlias a, NameKind kind) {
        String lang = a.language() == null ? null : a.language().toLowerCase(Locale.ROOT);
        return new Name(full, kind, TextParts.join(" ", a.firstName(), a.middleName()), a.lastName(), lang);
    }

    private void addSanctions() {
        LocalDate designated = DateText.parseFull(designationDate, true);
        if (designationDate != null && designated == null) {
            note("designation date not understood: " + designationDate);
        }
        Map<String, LocalDate> listedOn = new LinkedHashMap<>();
        String sourceUrl = null;
        for (EuFacts.Regulation r : regulations) {
            String programme = first(r.programme(), r.numberTitle());
            LocalDate d = DateText.parseFull(first(r.publicationDate(), r.entryIntoForceDate()), true);
            listedOn.merge(programme == null ? "" : programme, d == null ? LocalDate.MAX : d,
                    (x, y) -> x.isBefore(y) ? x : y);
            if (r.numberTitle() != null) {
                note("regulation " + r.numberTitle() + (r.programme() == null ? "" : " (" + r.programme() + ")"));
            }
            sourceUrl = first(sourceUrl, r.publicationUrl());
        }
        builder.sourceUrl(sourceUrl);
        if (listedOn.isEmpty()) {
            listedOn.put("", LocalDate.MAX);
        }
        listedOn.forEach((programme, date) -> builder.sanction(new Sanction(AUTHORITY,
                programme.isEmpty() ? null : programme,
                designated != null ? designated : date.equals(LocalDate.MAX) ? null : date,
                designationDetails)));
    }

    private void note(String text) {
        if (text != null && !text.isBlank()) {
            notes.add(text.strip());
        }
    }

    private static String country(String description, String iso2) {
        if (description != null && !UNKNOWN_COUNTRY.contains(description.toUpperCase(Locale.ROOT))) {
            return description;
        }
        return iso2 != null && !UNKNOWN_COUNTRY.contains(iso2.toUpperCase(Locale.ROOT)) ? iso2 : null;
    }

    private static PartialDate fromParts(String year, String month, String day) {
        if (year == null) {
            return null;
        }
        try {
            return new PartialDate(Integer.parseInt(year.strip()), month == null ? 0 : Integer.parseInt(month.strip()),
                    day == null || month == null ? 0 : Integer.parseInt(day.strip()));
        } catch (IllegalArgumentException e) {
            return null; // "19xx", month 13: kept as a note by the caller
        }
    }

    private static void addLabelled(List<String> parts, String label, String value) {
        if (value != null) {
            parts.add(label + value);
        }
    }

    private static String orQuestion(String s) {
        return s == null ? "?" : s;
    }

    static String first(String a, String b) {
        return a != null ? a : b;
    }
}
