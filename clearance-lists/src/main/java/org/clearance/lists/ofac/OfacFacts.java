package org.clearance.lists.ofac;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearance.io.DateText;
import org.clearance.lists.IdentifierTypes;
import org.clearance.model.Entity;
import org.clearance.model.Identifier;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.PartialDate;
import org.clearance.model.Relation;

/**
 * Reads the facts OFAC writes as labelled text: the remarks field of the legacy CSV ("a.k.a.
 * 'BNC'; DOB Jan 1958; POB Kashgar, China; National ID No. 65... (China); Linked To: XPCC.") and
 * the {@code idList} of the legacy XML, which mixes true identifiers with facts such as
 * "Website" or "Secondary sanctions risk:". One table serves both so that a fact reads the same
 * whichever file it came from.
 */
final class OfacFacts {
    /** How a labelled fact lands in the model. */
    private enum Target { PROPERTY, NOTE, GENDER, COUNTRY }

    private record Label(String prefix, Target target, String property) {}

    /**
     * Labels that are not identifiers, longest first at lookup. Property names are FollowTheMoney's.
     * Anything not listed here and carrying a value is read as an identifier.
     */
    private static final List<Label> LABELS = sortLongestFirst(List.of(
            new Label("Website", Target.PROPERTY, "website"),
            new Label("Email Address", Target.PROPERTY, "email"),
            new Label("Phone Number", Target.PROPERTY, "phone"),
            new Label("Telephone", Target.PROPERTY, "phone"),
            new Label("Fax", Target.PROPERTY, "phone"),
            new Label("Aircraft Model", Target.PROPERTY, "model"),
            new Label("Aircraft Operator", Target.PROPERTY, "operator"),
            new Label("Organization Established Date", Target.PROPERTY, "incorporationDate"),
            new Label("Organization Type:", Target.PROPERTY, "legalForm"),
            new Label("Vessel Year of Build", Target.PROPERTY, "buildDate"),
            new Label("Former Vessel Flag", Target.PROPERTY, "pastFlags"),
            new Label("Other Vessel Flag", Target.PROPERTY, "pastFlags"),
            new Label("Other Vessel Call Sign", Target.PROPERTY, "callSign"),
            new Label("Other Vessel Type", Target.PROPERTY, "type"),
            new Label("ISIN", Target.PROPERTY, "isinCode"),
            new Label("Equity Ticker", Target.PROPERTY, "ticker"),
            new Label("Issuer Name", Target.PROPERTY, "issuer"),
            new Label("Nationality of Registration", Target.COUNTRY, null),
            new Label("Gender", Target.GENDER, null),
            new Label("Secondary sanctions risk:", Target.NOTE, null),
            new Label("Target Type", Target.NOTE, null),
            new Label("Additional Sanctions Information -", Target.NOTE, null),
            new Label("Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions:", Target.NOTE, null),
            new Label("CAATSA Section 235 Information:", Target.NOTE, null),
            new Label("IFCA Determination -", Target.NOTE, null),
            new Label("Listing Date (CMIC)", Target.NOTE, null),
            new Label("Effective Date (CMIC)", Target.NOTE, null),
            new Label("Purchase/Sales For Divestment Date (CMIC)", Target.NOTE, null)));

    /** Labels that state dates or directives, never identifiers, whatever their exact wording. */
    private static final Pattern NOTE_WORDS = Pattern.compile("(?i)\\b(executive order|directive|information|sanctions|date)\\b");

    private static final Pattern ALIAS = Pattern.compile("(?i)^(a\\.k\\.a\\.|f\\.k\\.a\\.|n\\.k\\.a\\.),?\\s*['\"](.+)['\"]\\.?$");
    private static final String ALT = "alt. ";
    private static final Pattern DOB = Pattern.compile("(?i)^DOB (.+)$");
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4}) to (\\d{4})");
    private static final Pattern POB = Pattern.compile("(?i)^POB (.+)$");
    private static final Pattern NATIONALITY = Pattern.compile("(?i)^nationality (.+)$");
    private static final Pattern CITIZEN = Pattern.compile("(?i)^citizen (.+)$");
    private static final Pattern LINKED = Pattern.compile("(?i)^\\(?Linked To: (.+?)\\)?\\.?$");
    /** "<label> <value> (<country>) <note>": the value is the first token with a digit. */
    private static final Pattern IDENT = Pattern.compile("^([^0-9:]+?)\\s+(\\S*\\d\\S*(?: \\S*\\d\\S*)*)(?:\\s+\\(([^)]+)\\))?\\s*(.*)$");
    /** A year range wider than this is no birth date worth matching on; it stays a note. */
    private static final int MAX_YEAR_RANGE = 10;

    private OfacFacts() {}

    private static List<Label> sortLongestFirst(List<Label> labels) {
        return labels.stream().sorted(Comparator.comparingInt((Label l) -> l.prefix().length()).reversed()).toList();
    }

    /** Reads an OFAC remarks field, one ";"-separated statement at a time. */
    static void readRemarks(String remarks, Entity.Builder b) {
        if (remarks == null || remarks.isBlank()) {
            return;
        }
        for (String part : remarks.split(";")) {
            String s = part.strip();
            if (s.endsWith(".") && !s.endsWith("a.k.a.") && s.length() > 1 && !s.matches(".*\\b[A-Z]\\.$")) {
                s = s.substring(0, s.length() - 1);
            }
            if (!s.isEmpty()) {
                readStatement(s, b);
            }
        }
    }

    private static void readStatement(String statement, Entity.Builder b) {
        // "alt." marks a second value of the same fact; the fact reads the same
        String s = statement.regionMatches(true, 0, ALT, 0, ALT.length()) ? statement.substring(ALT.length()) : statement;
        Matcher m = ALIAS.matcher(s);
        if (m.matches()) {
            b.name(m.group(2).strip(), aliasKind(m.group(1)));
            return;
        }
        if ((m = DOB.matcher(s)).matches()) {
            readBirthDate(m.group(1), s, b);
            return;
        }
        if ((m = POB.matcher(s)).matches()) {
            b.birthPlace(m.group(1));
            return;
        }
        if ((m = NATIONALITY.matcher(s)).matches() || (m = CITIZEN.matcher(s)).matches()) {
            b.nationality(m.group(1));
            return;
        }
        if ((m = LINKED.matcher(s)).matches()) {
            b.relation(new Relation("linked to", m.group(1).strip(), null));
            return;
        }
        for (Label l : LABELS) {
            if (s.regionMatches(true, 0, l.prefix(), 0, l.prefix().length())) {
                apply(l, s, s.substring(l.prefix().length()).strip(), b);
                return;
            }
        }
        Matcher id = IDENT.matcher(s);
        if (id.matches() && !NOTE_WORDS.matcher(id.group(1)).find() && !id.group(1).endsWith(":")) {
            b.identifier(new Identifier(IdentifierTypes.classify(id.group(1)), id.group(1).strip(), id.group(2),
                    id.group(3), id.group(4).isBlank() ? null : id.group(4).strip()));
            return;
        }
        b.note(statement);
    }

    /** Adds one fact from a legacy XML {@code idList/id} entry. */
    static void readId(String type, String number, String country, String issued, String expires, Entity.Builder b) {
        if (type == null || number == null) {
            return;
        }
        for (Label l : LABELS) {
            if (type.equalsIgnoreCase(l.prefix()) || type.regionMatches(true, 0, l.prefix(), 0, l.prefix().length())) {
                apply(l, type + " " + number, number, b);
                return;
            }
        }
        if (NOTE_WORDS.matcher(type).find() || type.endsWith(":") || type.endsWith("-")) {
            b.note(type + " " + number);
            return;
        }
        String note = null;
        if (issued != null || expires != null) {
            note = (issued != null ? "issued " + issued : "") + (issued != null && expires != null ? ", " : "")
                    + (expires != null ? "expires " + expires : "");
        }
        b.identifier(new Identifier(IdentifierTypes.classify(type), type, number, country, note));
    }

    private static void apply(Label l, String statement, String value, Entity.Builder b) {
        switch (l.target()) {
            case PROPERTY -> b.property(l.property(), value);
            case NOTE -> b.note(statement);
            case GENDER -> b.gender(value.toLowerCase(Locale.ROOT));
            case COUNTRY -> b.country(value);
        }
    }

    static NameKind aliasKind(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        return t.startsWith("f") ? NameKind.FORMER : NameKind.ALIAS;
    }

    /** Reads "17 Jan 1958", "circa 1960" or "1958 to 1962"; what is no date stays a note. */
    static void readBirthDate(String text, String statement, Entity.Builder b) {
        PartialDate d = DateText.parse(text, true);
        if (d != null) {
            b.birthDate(d);
            return;
        }
        Matcher r = YEAR_RANGE.matcher(text);
        if (r.find()) {
            int from = Integer.parseInt(r.group(1));
            int to = Integer.parseInt(r.group(2));
            if (to >= from && to - from <= MAX_YEAR_RANGE) {
                for (int y = from; y <= to; y++) {
                    b.birthDate(PartialDate.ofYear(y));
                }
                return;
            }
        }
        b.note(statement);
    }

    /** Splits an OFAC individual's "FAMILY, Given" name into its parts. */
    static Name personName(String full, NameKind kind) {
        int comma = full.indexOf(',');
        if (comma < 0) {
            return new Name(full, kind, null, null, null);
        }
        String family = full.substring(0, comma).strip();
        String given = full.substring(comma + 1).strip();
        return new Name(full, kind, given.isEmpty() ? null : given, family.isEmpty() ? null : family, null);
    }
}
