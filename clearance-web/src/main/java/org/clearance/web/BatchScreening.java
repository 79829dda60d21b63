package org.clearance.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clearance.access.Caller;
import org.clearance.api.ApiException;
import org.clearance.api.Service;

/**
 * Screens the parties of a {@link BatchJob} through the service, in chunks the size of one API
 * request: without storing, each chunk is one {@code POST /match/default} (and one audit entry, as
 * the API writes for a request); with storing, one {@code POST /parties}, which keeps the parties and
 * opens alerts for their hits. A chunk the API refuses as bad input is retried party by party, so
 * one bad party is refused with the API's reason and the others are screened.
 */
final class BatchScreening {
    /** Parties per request: the API's own limit; a larger chunk would be refused with a 413. */
    static final int CHUNK = Service.MAX_QUERIES;
    /**
     * Matches kept per party at most, as {@code POST /parties} records them: both options then report
     * the same hits for the same file.
     */
    static final int MAX_HITS = Service.MAX_RESULTS;
    /** Screened against every list, as {@code POST /parties} screens. */
    static final String DATASET = "default";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, List<String>> PARAMS = Map.of("limit", List.of(Integer.toString(MAX_HITS)));

    private final Service service;

    BatchScreening(Service service) {
        this.service = service;
    }

    void run(BatchJob job, Caller caller) {
        job.started();
        List<PartyRow> rows = job.file().parties();
        try {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<PartyRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                try {
                    screen(job, chunk, caller).forEach(job::add);
                } catch (ApiException e) {
                    if (e.status() != 400) {
                        throw e;
                    }
                    for (PartyRow r : chunk) {
                        try {
                            screen(job, List.of(r), caller).forEach(job::add);
                        } catch (ApiException one) {
                            if (one.status() != 400) {
                                throw one;
                            }
                            job.refuse(new RowProblem(r.row(), null, one.getMessage()));
                        }
                    }
                }
            }
            job.done();
        } catch (RuntimeException e) {
            job.failed(e instanceof ApiException ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private List<BatchResult> screen(BatchJob job, List<PartyRow> chunk, Caller caller) {
        return job.storeParties() ? record(chunk, caller) : match(chunk, caller);
    }

    private List<BatchResult> match(List<PartyRow> chunk, Caller caller) {
        ObjectNode body = NODES.objectNode();
        ObjectNode queries = body.putObject("queries");
        chunk.forEach(r -> queries.set(key(r), PartyQuery.of(r)));
        JsonNode responses = service.match(DATASET, body, PARAMS, caller).path("responses");
        List<BatchResult> out = new ArrayList<>();
        for (PartyRow r : chunk) {
            // best first; an entry matched under several of its names counts once, as a stored party's alerts do
            Map<String, BatchHit> hits = new LinkedHashMap<>();
            for (JsonNode x : responses.path(key(r)).path("results")) {
                if (x.path("match").asBoolean()) {
                    hits.putIfAbsent(x.path("id").asText(), new BatchHit(x.path("id").asText(), x.path("caption").asText(),
                            x.path("datasets").path(0).asText(), x.path("score").asDouble(), 0, ""));
                }
            }
            out.add(new BatchResult(r, r.id(), List.copyOf(hits.values())));
        }
        return out;
    }

    private List<BatchResult> record(List<PartyRow> chunk, Caller caller) {
        ObjectNode body = NODES.objectNode();
        var parties = body.putArray("parties");
        chunk.forEach(r -> parties.add(PartyQuery.of(r)));
        JsonNode recorded = service.recordParties(body, caller).path("parties");
        List<BatchResult> out = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            JsonNode p = recorded.path(i);
            Map<Long, JsonNode> alerts = new HashMap<>();
            p.path("alerts").forEach(a -> alerts.put(a.path("id").asLong(), a));
            List<BatchHit> hits = new ArrayList<>();
            for (JsonNode x : p.path("raised")) {
                JsonNode a = alerts.getOrDefault(x.path("alert_id").asLong(), NODES.objectNode());
                hits.add(new BatchHit(x.path("entity_id").asText(), a.path("caption").asText(), a.path("dataset").asText(),
                        a.path("score").asDouble(), x.path("alert_id").asLong(), x.path("outcome").asText()));
            }
            hits.sort(Comparator.comparingDouble(BatchHit::score).reversed());
            out.add(new BatchResult(chunk.get(i), p.path("id").asText(), hits));
        }
        return out;
    }

    /** A query's key in a match request: its row, unique in the file. */
    private static String key(PartyRow r) {
        return "row" + r.row();
    }
}
