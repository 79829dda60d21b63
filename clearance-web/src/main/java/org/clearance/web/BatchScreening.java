package org.clearance.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clearance.access.Caller;
import org.clearance.api.ApiException;
import org.clearance.api.MatchAnswer;
import org.clearance.api.MatchParams;
import org.clearance.api.MatchRequest;
import org.clearance.api.PartyExample;
import org.clearance.api.Service;
import org.clearance.cases.Alert;
import org.clearance.cases.Raised;
import org.clearance.cases.Recorded;
import org.clearance.match.MatchResult;
import org.clearance.model.Entity;

/**
 * Screens the parties of a {@link BatchJob} through the service, in chunks the size of one API
 * request: without storing, each chunk is screened as one {@code POST /match/default} (and one audit
 * entry, as the API writes for a request); with storing, as one {@code POST /parties}, which keeps the parties and
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

    private static final MatchParams PARAMS = MatchParams.DEFAULT.withLimit(MAX_HITS);

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
        Map<String, PartyExample> queries = new LinkedHashMap<>();
        chunk.forEach(r -> queries.put(key(r), PartyQuery.of(r)));
        MatchAnswer answer = service.match(DATASET, MatchRequest.of(queries), PARAMS, caller);
        List<BatchResult> out = new ArrayList<>();
        for (PartyRow r : chunk) {
            // best first; an entry matched under several of its names counts once, as a stored party's alerts do
            Map<String, BatchHit> hits = new LinkedHashMap<>();
            for (MatchResult x : answer.responses().get(key(r)).results()) {
                if (x.match()) {
                    Entity e = x.entity();
                    hits.putIfAbsent(e.id(), new BatchHit(e.id(), e.caption(), e.dataset(), x.score(), 0, ""));
                }
            }
            out.add(new BatchResult(r, r.id(), List.copyOf(hits.values())));
        }
        return out;
    }

    private List<BatchResult> record(List<PartyRow> chunk, Caller caller) {
        List<Recorded> recorded = service.recordParties(chunk.stream().map(PartyQuery::of).toList(), caller);
        List<BatchResult> out = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            Recorded p = recorded.get(i);
            Map<Long, Alert> alerts = new HashMap<>();
            p.party().alerts().forEach(a -> alerts.put(a.id(), a));
            List<BatchHit> hits = new ArrayList<>();
            for (Raised x : p.raised()) {
                Alert a = alerts.get(x.alertId());
                hits.add(new BatchHit(x.entityId(), a == null ? "" : a.caption(), a == null ? "" : a.dataset(),
                        a == null ? 0 : a.score(), x.alertId(), x.outcome().wire()));
            }
            hits.sort(Comparator.comparingDouble(BatchHit::score).reversed());
            out.add(new BatchResult(chunk.get(i), p.party().party().id(), hits));
        }
        return out;
    }

    /** A query's key in a match request: its row, unique in the file. */
    private static String key(PartyRow r) {
        return "row" + r.row();
    }
}
