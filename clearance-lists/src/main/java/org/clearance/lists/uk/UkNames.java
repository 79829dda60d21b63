package org.clearance.lists.uk;

import org.clearance.lists.TextParts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clearance.model.Entity;
import org.clearance.model.Name;
import org.clearance.model.NameKind;

/**
 * The names of one UK entry as both UK lists give them: Name 1 to Name 5 (given and other names) and
 * Name 6 (the family name, or the whole name of an entity or ship), a name type and an alias quality,
 * plus names in a non-Latin script with their language. Names are built only at the end because the
 * entry's type (which decides whether Name 6 is a family name) may come after its names.
 */
final class UkNames {
    /**
     * Name types of the OFSI list (Alias Type) and the FCDO list (NameType), lower-cased. "Primary name
     * variation" is a spelling variant of the primary name, an alias in our terms; "Prime Alias" is the
     * pre-2022 OFSI spelling of "Primary name".
     */
    private static final Map<String, NameKind> TYPES = Map.of(
            "primary name", NameKind.PRIMARY,
            "prime alias", NameKind.PRIMARY,
            "primary name variation", NameKind.ALIAS,
            "aka", NameKind.ALIAS,
            "alias", NameKind.ALIAS,
            "fka", NameKind.FORMER);

    /**
     * ISO 639-1 codes of the languages the UK lists give for non-Latin names. A language not here
     * leaves the name without a code; the name itself is still kept.
     */
    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("arabic", "ar"), Map.entry("armenian", "hy"), Map.entry("belarusian", "be"),
            Map.entry("belarussian", "be"), Map.entry("bulgarian", "bg"), Map.entry("burmese", "my"),
            Map.entry("chinese", "zh"), Map.entry("farsi", "fa"), Map.entry("georgian", "ka"),
            Map.entry("greek", "el"), Map.entry("hebrew", "he"), Map.entry("japanese", "ja"),
            Map.entry("kazakh", "kk"), Map.entry("korean", "ko"), Map.entry("kyrgyz", "ky"),
            Map.entry("mongolian", "mn"), Map.entry("pashto", "ps"), Map.entry("persian", "fa"),
            Map.entry("russian", "ru"), Map.entry("serbian", "sr"), Map.entry("tajik", "tg"),
            Map.entry("thai", "th"), Map.entry("ukrainian", "uk"), Map.entry("urdu", "ur"));

    private record Parts(String given, String family, NameKind kind) {}

    private final List<Parts> latin = new ArrayList<>();
    private final List<Name> original = new ArrayList<>();
    private final Set<String> notes = new LinkedHashSet<>();

    /**
     * Adds a name from its parts: {@code given} holds Name 1 to Name 5, {@code family} Name 6.
     *
     * @return false when the parts hold no name at all
     */
    boolean add(String[] given, String family, String type, String quality) {
        String g = TextParts.join(" ", given);
        String f = family == null || family.isBlank() ? null : family.strip();
        if (g == null && f == null) {
            return false;
        }
        NameKind kind = type == null || type.isBlank() ? NameKind.ALIAS : TYPES.get(type.strip().toLowerCase(Locale.ROOT));
        if (kind == null) {
            notes.add("name type not understood: " + type.strip());
            kind = NameKind.ALIAS;
        }
        if (kind == NameKind.ALIAS && quality != null && quality.toLowerCase(Locale.ROOT).contains("low")) {
            kind = NameKind.WEAK_ALIAS;
        }
        latin.add(new Parts(g, f, kind));
        return true;
    }

    void addNonLatin(String full, String language) {
        if (full != null && !full.isBlank()) {
            String lang = language == null ? null : LANGUAGES.get(language.strip().toLowerCase(Locale.ROOT));
            original.add(new Name(full.strip(), NameKind.ORIGINAL_SCRIPT, null, null, lang));
        }
    }

    boolean isEmpty() {
        return latin.isEmpty() && original.isEmpty();
    }

    /**
     * Adds the names to the builder, primary first. A second "primary name" (OFSI has groups with
     * several) becomes an alias; when the source marks none, the first name stands in and a note
     * says so.
     */
    void addTo(Entity.Builder builder, boolean person) {
        List<Name> names = new ArrayList<>();
        for (Parts p : latin) {
            String full = TextParts.join(" ", p.given(), p.family());
            names.add(person ? new Name(full, p.kind(), p.given(), p.family(), null) : Name.of(full, p.kind()));
        }
        names.addAll(original);
        int primary = 0;
        while (primary < names.size() && names.get(primary).kind() != NameKind.PRIMARY) {
            primary++;
        }
        if (primary == names.size()) {
            primary = 0;
            builder.note("the source marks no name as primary; the first listed name stands in");
        }
        Name first = names.get(primary);
        builder.name(new Name(first.full(), NameKind.PRIMARY, first.given(), first.family(), first.lang()));
        Set<String> seen = new HashSet<>();
        seen.add(first.full());
        for (Name n : names) {
            if (seen.add(n.full())) {
                builder.name(n.kind() == NameKind.PRIMARY ? new Name(n.full(), NameKind.ALIAS, n.given(), n.family(), n.lang()) : n);
            }
        }
        notes.forEach(builder::note);
    }
}
