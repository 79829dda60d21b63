package org.clearance.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clearance.access.Caller;
import org.clearance.audit.AuditLog;
import org.clearance.cases.CaseStore;
import org.clearance.cases.Recorded;
import org.clearance.match.links.PartyGroups;
import org.clearance.store.Database;

/**
 * What the service offers to what is served beside it on the same port (the web application): the
 * same screening, case recording and audit as the API's routes, so that a page and an API call of
 * the same work give the same answer and leave the same audit entry.
 */
public final class Service {
    /** Queries in one {@link #match} and parties in one {@link #recordParties} at most, as the API takes them. */
    public static final int MAX_QUERIES = MatchRequest.MAX_QUERIES;
    /** Results per query at most ({@code limit}), as the API returns them and {@code POST /parties} records them. */
    public static final int MAX_RESULTS = MatchParams.MAX_LIMIT;

    private final ApiServer server;
    private final Database db;
    private final CaseStore cases;
    private final CaseRoutes caseRoutes;
    private final AuditLog audit;

    Service(ApiServer server, Database db, CaseStore cases, CaseRoutes caseRoutes, AuditLog audit) {
        this.server = server;
        this.db = db;
        this.cases = cases;
        this.caseRoutes = caseRoutes;
        this.audit = audit;
    }

    /** The loaded lists; an {@link ApiException} 503 while they load. */
    public LoadedLists lists() {
        return server.ready();
    }

    /** The loaded lists; empty while they load. */
    public Optional<LoadedLists> loaded() {
        return server.loaded();
    }

    /** The parties the loaded lists link entries into; none while they load (see {@code ApiServer.groups}). */
    public PartyGroups groups() {
        return server.groups();
    }

    public Database database() {
        return db;
    }

    public CaseStore cases() {
        return cases;
    }

    /** The metrics at {@code /metrics}, where pages add their gauges. */
    public Metrics metrics() {
        return server.metrics();
    }

    /**
     * Screens as {@code POST /match/{dataset}} does, with the same checks, answer and audit entry.
     *
     * @throws ApiException when the request is malformed, as the route answers it
     */
    public MatchAnswer match(String dataset, MatchRequest request, MatchParams params, Caller caller) {
        Set<String> scope = DatasetCollections.resolve(dataset);
        return match(dataset, scope, request, params, caller, params.queryString(), request.queriesJson(), lists());
    }

    /**
     * {@code POST /match/{dataset}} at the HTTP edge: the body and parameters read into the typed request
     * (path, parameters, body, then readiness checked in that order), the answer written as yente's JSON.
     * The audit entry keeps the query string and the queries as the caller wrote them.
     */
    ObjectNode match(String dataset, JsonNode body, Map<String, List<String>> params, Caller caller) {
        Set<String> scope = DatasetCollections.resolve(dataset);
        MatchParams p = MatchParams.of(params);
        MatchRequest request = MatchRequest.read(body);
        LoadedLists l = lists();
        JsonNode asked = body.get("queries");
        MatchAnswer answer = match(dataset, scope, request, p, caller, queryString(params), asked, l);
        return MatchJson.of(answer, asked, l);
    }

    private MatchAnswer match(String dataset, Set<String> scope, MatchRequest request, MatchParams params, Caller caller,
            String queryString, JsonNode asked, LoadedLists l) {
        MatchAnswer answer = Screening.match(l, scope, request, params);
        audit.append(caller.actor(), "screen", "match/" + dataset, ScreeningRecord.of(queryString, asked, l, answer));
        return answer;
    }

    /** Screens and stores parties as {@code POST /parties} does, opening alerts for their hits. */
    public List<Recorded> recordParties(List<PartyExample> parties, Caller caller) {
        return caseRoutes.recordParties(parties, caller);
    }

    private static String queryString(Map<String, List<String>> params) {
        StringBuilder s = new StringBuilder();
        params.forEach((k, vs) -> vs.forEach(v -> s.append(s.length() == 0 ? "" : "&").append(k).append('=').append(v)));
        return s.length() == 0 ? null : s.toString();
    }
}
