package org.clearance.match.links;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.clearance.match.Identifiers;
import org.clearance.model.Entity;
import org.clearance.model.Identifier;
import org.clearance.model.IdentifierType;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.PartialDate;
import org.clearance.model.Schema;
import org.clearance.names.Countries;

/**
 * The rules by which two entries of different lists are one party, with every threshold they use. A pair is
 * judged in the order of {@link LinkRule}: a cited UN reference, then a shared strong identifier, then names;
 * whatever the rule, one contradiction (birth years, gender, nationality or country, or two different numbers
 * of a kind a party holds only one of) refuses the link. Weak aliases never count, and a name alone never links:
 * names must agree with a birth year, a country, an identifier, or be an organisation's long name word for word.
 */
public final class LinkRules {
    /**
     * Names at or above this (the lower of the two directions, by the screening scorer) are near-identical: 'Erkin
     * Tuniyaz' and 'TUNIYAZ, Erken' score 0.98; a different given name or one more word scores below 0.90.
     */
    public static final double NAME_THRESHOLD = 0.95;
    /**
     * Entries sharing an identifier must also have names that a screening would call a match (the scorer's
     * default threshold): the UN lists the same two passports for Azim Aghajani and Ali Akbar Tabatabaei.
     */
    public static final double IDENTIFIER_NAME_FLOOR = 0.70;
    /** Words an organisation's name must have to link by {@link LinkRule#EXACT_NAME}: 'Ministry of Defence' is too few. */
    public static final int EXACT_NAME_MIN_PARTS = 4;
    /** The identifiers that name one party: a passport, national id, IMO, registration or tax number, LEI, SWIFT/BIC. */
    static final Set<IdentifierType> STRONG = EnumSet.of(IdentifierType.PASSPORT, IdentifierType.NATIONAL_ID,
            IdentifierType.IMO, IdentifierType.REGISTRATION, IdentifierType.USCC, IdentifierType.LEI,
            IdentifierType.TAX_ID, IdentifierType.SWIFT_BIC);
    /**
     * Kinds of number a party has one of, so that two different values contradict: a company's USCC or LEI, a
     * ship's IMO number. (People hold several passports, companies several registrations.)
     */
    static final Set<IdentifierType> ONE_PER_PARTY = EnumSet.of(IdentifierType.USCC, IdentifierType.LEI, IdentifierType.IMO);
    /** Ships change names and keep their IMO number: a shared IMO number links whatever the names. */
    static final Set<IdentifierType> NAME_FREE = EnumSet.of(IdentifierType.IMO);
    /** The FtM property in which the UN, EU and UK lists write a UN designation's reference number (QDi.001). */
    static final String UN_REFERENCE_PROPERTY = "unscId";

    private LinkRules() {}

    /** How alike two entries' names are: the lower score of the two directions; 0 when either has no name to compare. */
    @FunctionalInterface
    public interface NameScore {
        double score(Entity a, Entity b);
    }

    /** The outcome of judging a pair: a link, or why there is none. */
    public record Verdict(Link link, String refusal) {
        public boolean linked() {
            return link != null;
        }
    }

    /** Judges whether {@code a} and {@code b}, entries of different lists, are one party. */
    public static Verdict judge(Entity a, Entity b, NameScore names) {
        if (a.dataset().equals(b.dataset())) {
            return refused("same list: a list does not list one party twice");
        }
        if (!sameKind(a.schema(), b.schema())) {
            return refused("not the same kind of party: " + a.schema().ftmName() + " and " + b.schema().ftmName());
        }
        List<String> contradictions = contradictions(a, b);
        if (!contradictions.isEmpty()) {
            return refused("contradicts on " + String.join("; ", contradictions));
        }
        Set<String> un = unReferences(a);
        un.retainAll(unReferences(b));
        if (!un.isEmpty()) {
            return linked(a, b, LinkRule.UN_REFERENCE, "UN reference " + String.join(", ", un) + " on both");
        }
        List<String> shared = sharedIdentifiers(a, b);
        double name = -1;
        if (!shared.isEmpty()) {
            boolean nameFree = shared.stream().anyMatch(s -> NAME_FREE.stream().anyMatch(t -> s.startsWith(label(t) + " ")));
            name = names.score(a, b);
            if (nameFree || name >= IDENTIFIER_NAME_FLOOR) {
                return linked(a, b, LinkRule.SHARED_IDENTIFIER, String.join(", ", shared) + " on both; names " + format(name));
            }
            return refused(String.join(", ", shared) + " on both, but names only " + format(name)
                    + " (below " + format(IDENTIFIER_NAME_FLOOR) + ")");
        }
        name = names.score(a, b);
        if (name < NAME_THRESHOLD) {
            return refused("names " + format(name) + " (below " + format(NAME_THRESHOLD) + ") and nothing else shared");
        }
        if (a.schema() == Schema.PERSON) {
            String year = commonBirthYear(a, b);
            return year == null ? refused("names " + format(name) + " but no birth date on both")
                    : linked(a, b, LinkRule.NAME_AND_BIRTH_DATE, "names " + format(name) + "; born " + dates(a) + " and "
                            + dates(b) + " (" + year + ")");
        }
        Set<String> countries = countries(a);
        countries.retainAll(countries(b));
        if (!countries.isEmpty()) {
            return linked(a, b, LinkRule.NAME_AND_COUNTRY, "names " + format(name) + "; country " + String.join(", ", countries));
        }
        String same = sameName(a, b);
        int words = same.isEmpty() ? 0 : same.split(" ").length;
        if (words >= EXACT_NAME_MIN_PARTS) {
            return linked(a, b, LinkRule.EXACT_NAME, "the same name of " + words + " words: '" + same + "'");
        }
        return refused("names " + format(name) + " but no country on both and not the same long name");
    }

    /**
     * What {@link #mayLinkByName} reads of an entry, worked out once: every entry is paired with twenty others.
     *
     * @param years      birth years
     * @param countries  as {@link #countries}
     * @param longNames  names (no weak alias) of at least {@link #EXACT_NAME_MIN_PARTS} words, folded as {@link #sameName} folds them
     */
    record Profile(Entity entity, Set<Integer> years, Set<String> countries, Set<String> longNames) {
        static Profile of(Entity e) {
            Set<Integer> years = new HashSet<>();
            e.birthDates().forEach(d -> years.add(d.year()));
            Set<String> longNames = new HashSet<>();
            for (Name n : e.names()) {
                String f = fold(n.full());
                if (n.kind() != NameKind.WEAK_ALIAS && f.split(" ").length >= EXACT_NAME_MIN_PARTS) {
                    longNames.add(f);
                }
            }
            return new Profile(e, years, LinkRules.countries(e), longNames);
        }
    }

    /**
     * Whether a name rule could link the pair, by what costs no name scoring: the same kind of party, no birth
     * year or country in disagreement, and for people a birth year in common, for others a country in common or a
     * long name alike. The pairs it lets through are judged in full by {@link #judge}.
     */
    static boolean mayLinkByName(Profile a, Profile b) {
        Schema sa = a.entity().schema();
        if (!sameKind(sa, b.entity().schema())) {
            return false;
        }
        boolean sharedCountry = a.countries().stream().anyMatch(b.countries()::contains);
        if (!a.countries().isEmpty() && !b.countries().isEmpty() && !sharedCountry) {
            return false;
        }
        if (sa == Schema.PERSON) {
            return a.years().stream().anyMatch(b.years()::contains);
        }
        return sharedCountry || a.longNames().stream().anyMatch(b.longNames()::contains);
    }

    /**
     * Whether the two can be one party: people only with people, and other kinds each with its own, an entity
     * of unknown kind (OFAC's) with any organisation.
     */
    static boolean sameKind(Schema a, Schema b) {
        if (a == Schema.PERSON || b == Schema.PERSON) {
            return a == b;
        }
        return a.canMatch(b) && b.canMatch(a);
    }

    /** What the two entries say differently of one party: disjoint birth years, genders, nationalities, countries, one-per-party numbers. */
    static List<String> contradictions(Entity a, Entity b) {
        List<String> out = new ArrayList<>();
        if (!a.birthDates().isEmpty() && !b.birthDates().isEmpty() && commonBirthYear(a, b) == null) {
            out.add("birth dates " + dates(a) + " vs " + dates(b));
        }
        if (a.gender() != null && b.gender() != null && !a.gender().equalsIgnoreCase(b.gender())) {
            out.add("gender " + a.gender() + " vs " + b.gender());
        }
        Set<String> ca = countries(a);
        Set<String> cb = countries(b);
        if (!ca.isEmpty() && !cb.isEmpty() && ca.stream().noneMatch(cb::contains)) {
            out.add((a.schema() == Schema.PERSON ? "nationality " : "country ") + ca + " vs " + cb);
        }
        for (IdentifierType t : ONE_PER_PARTY) {
            Set<String> va = values(a, t);
            Set<String> vb = values(b, t);
            if (!va.isEmpty() && !vb.isEmpty() && va.stream().noneMatch(vb::contains)) {
                out.add(label(t) + " " + String.join("/", va) + " vs " + String.join("/", vb));
            }
        }
        return out;
    }

    /**
     * The countries an entry places the party in, as ISO codes: a person's nationalities (a residence abroad
     * does not contradict one), an organisation's nationalities and countries.
     */
    static Set<String> countries(Entity e) {
        Set<String> out = new TreeSet<>();
        for (String c : e.nationalities()) {
            addCountry(out, c);
        }
        if (e.schema() != Schema.PERSON) {
            for (String c : e.countries()) {
                addCountry(out, c);
            }
        }
        return out;
    }

    private static void addCountry(Set<String> out, String text) {
        String code = Countries.code(text);
        if (code != null) {
            out.add(code);
        }
    }

    /**
     * A birth year both entries give, or null. Lists that agree on a year often disagree on the month (Canada
     * writes Erkin Tuniyaz 1961-01, OFAC Dec 1961), so the year is what two lists are held to.
     */
    static String commonBirthYear(Entity a, Entity b) {
        for (PartialDate x : a.birthDates()) {
            for (PartialDate y : b.birthDates()) {
                if (x.year() == y.year()) {
                    return String.valueOf(x.year());
                }
            }
        }
        return null;
    }

    /** The strong identifiers written on both, as 'passport 6620505', compared as screening compares them. */
    static List<String> sharedIdentifiers(Entity a, Entity b) {
        Set<String> out = new LinkedHashSet<>();
        for (Identifier x : a.identifiers()) {
            if (!STRONG.contains(x.type())) {
                continue;
            }
            Set<String> vx = Identifiers.comparable(List.of(x.value()));
            for (Identifier y : b.identifiers()) {
                if (STRONG.contains(y.type()) && family(x.type()) == family(y.type())
                        && Identifiers.comparable(List.of(y.value())).stream().anyMatch(vx::contains)) {
                    out.add(label(x.type()) + " " + x.value());
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The comparable keys of an entry's strong identifiers, each prefixed by its family: what pairs are blocked on. */
    static Set<String> identifierKeys(Entity e) {
        Set<String> out = new LinkedHashSet<>();
        for (Identifier i : e.identifiers()) {
            if (STRONG.contains(i.type())) {
                for (String v : Identifiers.comparable(List.of(i.value()))) {
                    out.add(family(i.type()).name() + ":" + v);
                }
            }
        }
        return out;
    }

    /**
     * Registration, tax, USCC and LEI numbers are one family: lists file the same company number under any of these
     * labels. Passports, national ids, IMO numbers and SWIFT/BIC codes are each their own.
     */
    private static IdentifierType family(IdentifierType t) {
        return switch (t) {
            case USCC, LEI, TAX_ID, REGISTRATION -> IdentifierType.REGISTRATION;
            default -> t;
        };
    }

    /** The UN reference numbers an entry cites, upper case. */
    static Set<String> unReferences(Entity e) {
        Set<String> out = new TreeSet<>();
        for (String v : e.properties().getOrDefault(UN_REFERENCE_PROPERTY, List.of())) {
            out.add(v.trim().toUpperCase(Locale.ROOT));
        }
        return out;
    }

    private static Set<String> values(Entity e, IdentifierType t) {
        Set<String> out = new TreeSet<>();
        for (Identifier i : e.identifiers()) {
            if (i.type() == t) {
                String c = Identifiers.comparable(i.value());
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** The longest name (not a weak alias) both entries write word for word, ignoring case and punctuation; empty when none. */
    private static String sameName(Entity a, Entity b) {
        String best = "";
        for (Name x : a.names()) {
            for (Name y : b.names()) {
                if (x.kind() == NameKind.WEAK_ALIAS || y.kind() == NameKind.WEAK_ALIAS) {
                    continue;
                }
                String fx = fold(x.full());
                if (!fx.isEmpty() && fx.equals(fold(y.full())) && fx.length() > best.length()) {
                    best = fx;
                }
            }
        }
        return best;
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static String dates(Entity e) {
        return e.birthDates().stream().map(PartialDate::toString).reduce((x, y) -> x + "/" + y).orElse("");
    }

    private static String label(IdentifierType t) {
        return switch (t) {
            case SWIFT_BIC -> "SWIFT/BIC";
            case IMO, LEI, USCC -> t.name();
            default -> t.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static String format(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    private static Verdict linked(Entity a, Entity b, LinkRule rule, String evidence) {
        return new Verdict(Link.of(a.id(), b.id(), rule, evidence), null);
    }

    private static Verdict refused(String why) {
        return new Verdict(null, why);
    }
}
