package org.clearance.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clearance.api.LoadedLists;
import org.clearance.lists.DatasetCatalog;
import org.clearance.match.Feature;
import org.clearance.match.FeatureScore;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchResult;
import org.clearance.match.NameAlignment;
import org.clearance.match.Query;
import org.clearance.match.links.PartyMatch;
import org.clearance.model.Entity;
import org.clearance.names.NameText;
import org.clearance.names.Scripts;

/**
 * One screening result as the page shows it: the entry, its lists, the score against the threshold,
 * and why it matched in plain words: the query's and the entry's name with the parts that met
 * marked (from the matcher's own pairing, {@code MatchIndex.nameAlignment}), and whether birth date,
 * country and identifier agree, disagree or could not be compared (from the result's explanation).
 */
final class HitView {
    private final Messages messages;
    private final LoadedLists lists;
    private final ListingRows listings;

    HitView(Messages messages, LoadedLists lists) {
        this.messages = messages;
        this.lists = lists;
        this.listings = new ListingRows(messages);
    }

    /**
     * One party of the service's match answer: its best entry's result explained, and every listing of the party.
     *
     * @param party one party of the answer ({@code MatchAnswer.Response.parties})
     */
    Map<String, Object> of(Query query, ScreenPage.Form form, PartyMatch party) {
        MatchResult r = party.best();
        Entity entity = r.entity();
        String id = entity.id();
        Map<String, Object> m = new HashMap<>();
        m.put("id", id);
        m.put("href", "/lists/entities/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
        m.put("caption", entity.caption());
        m.put("schema", entity.schema().ftmName());
        long percent = ScreenPage.percent(r.score());
        m.put("percent", percent);
        m.put("match", r.match());
        m.put("verdict", messages.format(r.match() ? "screen_above" : "screen_below", ScreenPage.percent(MatchConfig.DEFAULT.threshold())));
        m.put("score_text", messages.format("screen_score", percent));
        m.put("datasets", party.datasets().stream().map(this::dataset).toList());
        m.put("listings", party.listings().stream().map(listings::of).toList());
        m.put("linked", party.listings().size() > 1);
        lists.index().nameAlignment(query, entity, MatchConfig.DEFAULT).ifPresent(a -> m.put("name", name(a)));
        m.put("evidence", evidence(form, r.explanation(), entity));
        return m;
    }

    private Map<String, Object> dataset(String id) {
        LocalDate published = lists.published().get(id);
        return Map.of("title", DatasetCatalog.title(id), "published",
                published == null ? messages.format("screen_date_unknown") : published.toString());
    }

    private Map<String, Object> name(NameAlignment a) {
        Set<String> queryParts = new HashSet<>();
        Set<String> listParts = new HashSet<>();
        List<String> pairs = new ArrayList<>();
        for (NameAlignment.Pair p : a.pairs()) {
            queryParts.addAll(parts(p.query()));
            listParts.addAll(parts(p.list()));
            pairs.add(p.similarity() >= 1.0 ? messages.format("screen_pair_same", part(p.query()), part(p.list()))
                    : messages.format("screen_pair_near", part(p.query()), part(p.list()), ScreenPage.percent(p.similarity())));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("query", marked(a.query().original(), queryParts));
        m.put("list", marked(a.list().original(), listParts));
        m.put("kind", messages.format("screen_kind_" + a.list().kind().toLowerCase(Locale.ROOT)));
        m.put("percent", ScreenPage.percent(a.score()));
        m.put("pairs", String.join("; ", pairs));
        if (!a.extraQuery().isEmpty()) {
            m.put("extra_query", messages.format("screen_extra_query", String.join(", ", a.extraQuery().stream().map(this::part).toList())));
        }
        if (!a.extraList().isEmpty()) {
            m.put("extra_list", messages.format("screen_extra_list", String.join(", ", a.extraList().stream().map(this::part).toList())));
        }
        if (a.numberMismatch() > 0) {
            m.put("numbers", messages.format("screen_number_mismatch", ScreenPage.percent(a.numberMismatch())));
        }
        if (a.partConflict() > 0) {
            m.put("conflict", messages.format("screen_part_conflict", ScreenPage.percent(a.partConflict())));
        }
        return m;
    }

    /** The comparable parts of one side of a pair: joined parts are written "hai+lun". */
    private static List<String> parts(String side) {
        return List.of(side.split("[+ ]"));
    }

    /** A comparable part in words: a legal form's class ({@code ~ltd}) says so. */
    private String part(String p) {
        return p.startsWith("~") ? messages.format("screen_legal_form", p.substring(1)) : p;
    }

    /**
     * A name as written, cut into words (each Han character one word, as the matcher reads them
     * syllable by syllable) and the separators between them; a word is marked when one of its
     * comparable parts met a part of the other name.
     */
    static List<Map<String, Object>> marked(String name, Set<String> met) {
        List<Map<String, Object>> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            boolean han = Scripts.isHan(cp);
            boolean word = han || Character.isLetterOrDigit(cp) || (inWord && isInWord(cp));
            if (run.length() > 0 && (word != inWord || han)) {
                out.add(segment(run.toString(), inWord, met));
                run.setLength(0);
            }
            run.appendCodePoint(cp);
            inWord = word;
            i += Character.charCount(cp);
            if (han) {
                out.add(segment(run.toString(), true, met));
                run.setLength(0);
                inWord = false;
            }
        }
        if (run.length() > 0) {
            out.add(segment(run.toString(), inWord, met));
        }
        return out;
    }

    /** Combining marks and apostrophes belong to the word they are in ("Ch'en", "Kade’er"). */
    private static boolean isInWord(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || cp == '\'' || cp == '’';
    }

    private static Map<String, Object> segment(String text, boolean word, Set<String> met) {
        boolean mark = word && NameText.tokens(text).stream().anyMatch(met::contains);
        return Map.of("text", text, "mark", mark);
    }

    /** Birth date, country and identifier: each agrees, disagrees, or could not be compared. */
    private List<Map<String, Object>> evidence(ScreenPage.Form form, List<FeatureScore> explanation, Entity entity) {
        Map<String, FeatureScore> explanations = new HashMap<>();
        explanation.forEach(f -> explanations.put(f.feature(), f));
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(row("dob", form.birthDate(), explanations,
                List.of(Feature.DOB_MATCH, Feature.DOB_DAY_MISMATCH, Feature.DOB_YEAR_MISMATCH), "dob_none"));
        out.add(row("country", form.country(), explanations, List.of(Feature.COUNTRY_MATCH, Feature.COUNTRY_MISMATCH), "country_none"));
        boolean entryHasIds = !entity.identifiers().isEmpty();
        out.add(row("identifier", form.identifier(), explanations, List.of(Feature.IDENTIFIER_MATCH),
                entryHasIds ? "identifier_other" : "identifier_none"));
        return out;
    }

    /**
     * @param features the explanation features of this evidence, each with its own sentence ({@code screen_<id>})
     * @param absent   the sentence when the party gave a value but the matcher compared nothing
     */
    private Map<String, Object> row(String what, String given, Map<String, FeatureScore> explanations, List<Feature> features,
            String absent) {
        String verdict = "unknown";
        String text = messages.format("screen_not_given");
        if (!given.isEmpty()) {
            text = messages.format("screen_" + absent, given);
            for (Feature f : features) {
                FeatureScore x = explanations.get(f.id());
                if (x != null) {
                    // yente's naming: a mismatch is the evidence against; a match or a shared identifier, for
                    verdict = f.id().endsWith("_mismatch") ? "disagree" : "agree";
                    text = messages.format("screen_" + f.id(), x.detail(), Math.abs(ScreenPage.percent(x.score())));
                }
            }
        }
        return Map.of("label", messages.format("screen_ev_" + what), "verdict", verdict,
                "verdict_text", messages.format("screen_verdict_" + verdict), "text", text);
    }
}
