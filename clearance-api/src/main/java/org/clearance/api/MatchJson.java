package org.clearance.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clearance.match.FeatureScore;
import org.clearance.match.MatchResult;
import org.clearance.match.links.PartyMatch;

/** A {@link MatchAnswer} in yente's response shape: the only place a screening becomes JSON for a caller. */
final class MatchJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MatchJson() {}

    /** @param asked the request's queries as the caller wrote them, which each response echoes */
    static ObjectNode of(MatchAnswer answer, JsonNode asked, LoadedLists lists) {
        ObjectNode out = NODES.objectNode();
        ObjectNode responses = out.putObject("responses");
        answer.responses().forEach((k, a) -> {
            ObjectNode resp = responses.putObject(k);
            resp.put("status", 200);
            // one result per party, as yente answers with merged entities
            resp.set("total", total(a.parties().size()));
            resp.set("query", asked.get(k));
            var arr = resp.putArray("results");
            a.parties().forEach(p -> arr.add(result(lists, p.best(), p)));
            var unscored = resp.putArray("unscored");
            a.unscored().forEach(unscored::add);
        });
        out.set("matcher", Algorithms.describe());
        out.put("limit", answer.limit());
        return out;
    }

    /**
     * A party found, as yente writes a merged entity: the best entry's properties and id, {@code datasets} every list
     * that lists the party, {@code referents} the ids of its other entries; and, Clearance's own, {@code listings}:
     * each entry with its list, name as listed, programmes, listing date and its own score (null when the screening
     * did not reach it).
     */
    private static ObjectNode result(LoadedLists lists, MatchResult r, PartyMatch party) {
        ObjectNode o = EntityView.of(r.entity(), lists.published().get(r.entity().dataset()));
        var datasets = o.putArray("datasets");
        party.datasets().forEach(datasets::add);
        var referents = o.putArray("referents");
        party.listings().stream().map(l -> l.entity().id()).filter(id -> !id.equals(r.entity().id())).forEach(referents::add);
        o.put("party_id", party.groupId());
        var listings = o.putArray("listings");
        for (PartyMatch.Listing l : party.listings()) {
            ObjectNode x = listings.addObject();
            x.put("dataset", l.entity().dataset()).put("entity_id", l.entity().id()).put("caption", l.entity().caption());
            var programs = x.putArray("programs");
            l.programmes().forEach(programs::add);
            if (l.listedOn() == null) {
                x.putNull("listed_on");
            } else {
                x.put("listed_on", l.listedOn().toString());
            }
            if (l.score() == null) {
                x.putNull("score");
            } else {
                x.put("score", Math.round(l.score() * 10000) / 10000.0);
            }
        }
        o.put("score", r.score());
        o.put("match", r.match());
        ObjectNode features = o.putObject("features");
        ObjectNode explanations = o.putObject("explanations");
        for (FeatureScore f : r.explanation()) {
            features.put(f.feature(), f.score());
            explanations.putObject(f.feature()).put("score", f.score()).put("detail", f.detail());
        }
        return o;
    }

    /** yente's shape for the number of results, also used by {@code /search}. */
    static JsonNode total(int n) {
        return NODES.objectNode().put("value", n).put("relation", "eq");
    }
}
