package org.clearance.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.clearance.access.Caller;
import org.clearance.access.Role;
import org.clearance.cases.Alert;
import org.clearance.cases.AlertConflictException;
import org.clearance.cases.AlertFilter;
import org.clearance.cases.AlertStatus;
import org.clearance.cases.CaseExport;
import org.clearance.cases.CaseJson;
import org.clearance.cases.CaseStore;
import org.clearance.cases.Decision;
import org.clearance.cases.DecisionRefusedException;
import org.clearance.cases.DelistingReviews;
import org.clearance.cases.Party;
import org.clearance.cases.Recorded;
import org.clearance.cases.SeenAlert;
import org.clearance.cases.UnknownAlertException;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchResult;
import org.clearance.match.links.PartyGroups;

/**
 * The case routes: parties screened and recorded, the alert queue, decisions with four eyes, and
 * exports. Decisions name the alert version they were taken on; a stale one is a 409.
 */
final class CaseRoutes {
    /**
     * Parties in one {@code POST /parties} at most: the same bound as queries in one match request,
     * for the same reason (one request stays a few seconds of screening).
     */
    static final int MAX_PARTIES = MatchRequest.MAX_QUERIES;
    /**
     * Hits recorded per party at most, as many as {@code /match} returns: a party with more hits
     * above the threshold has a name too common to review entry by entry, and needs more facts.
     */
    static final int MAX_HITS = MatchParams.MAX_LIMIT;
    /** Alerts in a queue page when the caller names no limit, and at most. */
    static final int DEFAULT_QUEUE = 50;
    static final int MAX_QUEUE = 1000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final CaseStore cases;
    private final Access access;
    private final Supplier<LoadedLists> lists;
    private final Supplier<PartyGroups> groups;
    private final DelistingReviews reviews;

    /**
     * @param lists  the loaded lists, or a 503 while they load (screening needs the index)
     * @param groups the parties the loaded lists link entries into, by which the queue gathers alerts
     */
    CaseRoutes(CaseStore cases, DelistingReviews reviews, Access access, Supplier<LoadedLists> lists,
            Supplier<PartyGroups> groups) {
        this.cases = cases;
        this.access = access;
        this.lists = lists;
        this.groups = groups;
        this.reviews = reviews;
    }

    void register(Javalin app) {
        // reading and deciding cases is review work; the store checks the approver's role and four eyes itself
        app.post("/parties", access.allow(Role.SCREEN, this::recordParties));
        app.get("/parties/{id}", access.allow(Role.ANALYST, ctx -> {
            var found = cases.party(ctx.pathParam("id"))
                    .orElseThrow(() -> new ApiException(404, "no party '" + ctx.pathParam("id") + "'"));
            ApiServer.json(ctx, 200, CaseJson.of(found));
        }));
        app.get("/parties/{id}/history", access.allow(Role.ANALYST, ctx -> {
            var found = cases.party(ctx.pathParam("id"))
                    .orElseThrow(() -> new ApiException(404, "no party '" + ctx.pathParam("id") + "'"));
            ApiServer.json(ctx, 200, PartyHistory.of(found, lists.get().store(), ListingView.day(ctx.queryParam("date"))));
        }));
        // a decision on a listed party: each of the alerts named, all of the party in the path
        app.post("/parties/{id}/decisions", access.allow(Role.ANALYST, ctx -> {
            Caller caller = Access.caller(ctx);
            JsonNode body = fields(ApiServer.body(ctx), Set.of("alerts", "decision", "reason"));
            List<SeenAlert> seen = seenAlerts(ctx.pathParam("id"), body);
            Decision decision = input(() -> Decision.parse(text(body, "decision")));
            ApiServer.json(ctx, 200, alertsJson(input(() -> cases.decide(seen, decision, text(body, "reason"), caller))));
        }));
        app.post("/parties/{id}/approval", access.allow(Role.APPROVER, ctx -> {
            Caller caller = Access.caller(ctx);
            JsonNode body = fields(ApiServer.body(ctx), Set.of("alerts", "approve", "reason"));
            List<SeenAlert> seen = seenAlerts(ctx.pathParam("id"), body);
            if (!body.path("approve").isBoolean()) {
                throw ApiException.badRequest("approve: required, true to confirm the true matches or false to send them back");
            }
            ApiServer.json(ctx, 200, alertsJson(input(() -> cases.approve(seen, body.get("approve").asBoolean(),
                    text(body, "reason"), caller))));
        }));
        app.get("/alerts", access.allow(Role.ANALYST, this::queue));
        app.get("/alerts/{id}", access.allow(Role.ANALYST, ctx -> {
            long id = alertId(ctx);
            var found = cases.alert(id).orElseThrow(() -> new ApiException(404, "no alert " + id));
            ApiServer.json(ctx, 200, CaseJson.of(found));
        }));
        app.post("/alerts/{id}/decisions", access.allow(Role.ANALYST, ctx -> {
            Caller caller = Access.caller(ctx);
            long id = alertId(ctx);
            JsonNode body = fields(ApiServer.body(ctx), Set.of("decision", "reason", "version"));
            Decision decision = input(() -> Decision.parse(text(body, "decision")));
            ApiServer.json(ctx, 200, CaseJson.of(input(() -> cases.decide(id, version(body), decision,
                    text(body, "reason"), caller))));
        }));
        app.post("/alerts/{id}/approval", access.allow(Role.APPROVER, ctx -> {
            Caller caller = Access.caller(ctx);
            long id = alertId(ctx);
            JsonNode body = fields(ApiServer.body(ctx), Set.of("approve", "reason", "version"));
            if (!body.path("approve").isBoolean()) {
                throw ApiException.badRequest("approve: required, true to confirm the true match or false to send it back");
            }
            ApiServer.json(ctx, 200, CaseJson.of(input(() -> cases.approve(id, version(body),
                    body.get("approve").asBoolean(), text(body, "reason"), caller))));
        }));
        app.get("/cases/export", access.allow(Role.ANALYST, this::export));
        app.get("/reviews", access.allow(Role.ANALYST, ctx -> {
            ObjectNode o = NODES.objectNode();
            var arr = o.putArray("reviews");
            reviews.open().forEach(r -> arr.addObject().put("id", r.id()).put("alert_id", r.alertId())
                    .put("party_id", r.partyId()).put("entity_id", r.entityId()).put("dataset", r.dataset())
                    .put("caption", r.caption()).put("reason", r.reason()).put("flagged_at", r.flaggedAt().toString()));
            ApiServer.json(ctx, 200, o);
        }));
        app.post("/reviews/{id}/done", access.allow(Role.ANALYST, ctx -> {
            Caller caller = Access.caller(ctx);
            long id = pathId(ctx, "review");
            JsonNode body = fields(ApiServer.body(ctx), Set.of("note"));
            input(() -> {
                reviews.done(id, text(body, "note"), caller);
                return null;
            });
            ApiServer.json(ctx, 200, NODES.objectNode().put("id", id).put("done_by", caller.name()));
        }));
        app.exception(AlertConflictException.class, (e, ctx) -> ApiServer.error(ctx, 409, e.getMessage()));
        app.exception(DecisionRefusedException.class, (e, ctx) -> ApiServer.error(ctx, 403, e.getMessage()));
        app.exception(UnknownAlertException.class, (e, ctx) -> ApiServer.error(ctx, 404, e.getMessage()));
    }

    /** One party ({@code {"id"?, "schema", "properties"}}) or a batch ({@code {"parties": [...]}}). */
    private void recordParties(Context ctx) throws Exception {
        ApiServer.json(ctx, 200, recordParties(ApiServer.body(ctx), Access.caller(ctx)));
    }

    /** Screens and stores one party or a batch, opening alerts for their hits; the answer of {@code POST /parties}. */
    JsonNode recordParties(JsonNode body, Caller caller) {
        if (!body.isObject()) {
            throw ApiException.badRequest("the body must be a party {\"id\", \"schema\", \"properties\"} or {\"parties\": [...]}");
        }
        boolean batch = body.has("parties");
        List<JsonNode> given = new ArrayList<>();
        if (batch) {
            fields(body, Set.of("parties"));
            if (!body.get("parties").isArray() || body.get("parties").isEmpty()) {
                throw ApiException.badRequest("parties: must be a non-empty list of parties");
            }
            if (body.get("parties").size() > MAX_PARTIES) {
                throw new ApiException(413, "parties: " + body.get("parties").size() + " parties in one request; at most "
                        + MAX_PARTIES + " (send several requests)");
            }
            body.get("parties").forEach(given::add);
        } else {
            given.add(body);
        }
        // every party is checked before any is screened, so a bad one stores nothing
        List<Party> parties = new ArrayList<>();
        List<QueryMapper.Mapped> queries = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String at = batch ? "parties[" + i + "]" : "party";
            JsonNode p = given.get(i);
            queries.add(QueryMapper.mapAt(at, p));
            JsonNode id = p.path("id");
            if (!id.isMissingNode() && !id.isNull() && !id.isTextual()) {
                throw ApiException.badRequest(at + ".id: must be a string");
            }
            parties.add(input(() -> Party.of(id.isTextual() ? id.asText() : null, p.get("schema").asText(),
                    p.get("properties")), at + "."));
        }
        var out = NODES.arrayNode();
        record(parties, queries, caller).forEach(r -> out.add(view(r)));
        if (batch) {
            ObjectNode o = NODES.objectNode();
            o.set("parties", out);
            return o;
        }
        return out.get(0);
    }

    /** Screens and stores parties given inside the JVM as {@code POST /parties} does a batch of them. */
    List<Recorded> recordParties(List<PartyExample> given, Caller caller) {
        if (given.size() > MAX_PARTIES) {
            throw new ApiException(413, "parties: " + given.size() + " parties in one request; at most " + MAX_PARTIES);
        }
        List<Party> parties = new ArrayList<>();
        List<QueryMapper.Mapped> queries = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String at = "parties[" + i + "]";
            PartyExample p = given.get(i);
            queries.add(QueryMapper.map(at, p));
            parties.add(input(() -> Party.of(p.id(), p.schema().ftmName(), p.json().get("properties")), at + "."));
        }
        return record(parties, queries, caller);
    }

    /** Every party checked, each is screened against every list and recorded with its hits. */
    private List<Recorded> record(List<Party> parties, List<QueryMapper.Mapped> queries, Caller caller) {
        LoadedLists l = lists.get();
        List<Recorded> out = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            List<MatchResult> results = l.index().match(queries.get(i).query(), MatchConfig.DEFAULT, MAX_HITS,
                    DatasetCollections.all());
            out.add(cases.record(parties.get(i), results, caller.actor()));
        }
        return out;
    }

    private static ObjectNode view(Recorded r) {
        ObjectNode o = CaseJson.of(r.party());
        var arr = o.putArray("raised");
        r.raised().forEach(x -> arr.addObject().put("entity_id", x.entityId()).put("alert_id", x.alertId())
                .put("outcome", x.outcome().wire()));
        return o;
    }

    private void queue(Context ctx) throws Exception {
        for (String p : ctx.queryParamMap().keySet()) {
            if (!Set.of("status", "dataset", "limit", "by").contains(p)) {
                throw ApiException.badRequest("unknown parameter '" + p + "'; parameters: status, dataset, limit, by");
            }
        }
        String by = ctx.queryParam("by");
        if (by != null && !by.equals("alert") && !by.equals("party")) {
            throw ApiException.badRequest("by: '" + by + "' is not alert or party");
        }
        String status = ctx.queryParam("status");
        String dataset = ctx.queryParam("dataset");
        AlertFilter filter = new AlertFilter(status == null ? null : input(() -> AlertStatus.parse(status), "status: "),
                dataset == null ? null : DatasetCollections.requireDataset("dataset", dataset),
                MatchParams.limit(ctx.queryParam("limit"), DEFAULT_QUEUE, MAX_QUEUE));
        ObjectNode o = NODES.objectNode();
        if ("party".equals(by)) {
            // one row per stored party and listed party, its alerts on the party's listings together
            var arr = o.putArray("parties");
            cases.queueByParty(filter, groups.get()::groupId).forEach(r -> arr.add(CaseJson.of(r)));
        } else {
            var arr = o.putArray("alerts");
            cases.queue(filter).forEach(a -> arr.add(CaseJson.of(a)));
        }
        o.put("limit", filter.limit());
        ApiServer.json(ctx, 200, o);
    }

    private void export(Context ctx) throws Exception {
        String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
        if (!format.equals("csv") && !format.equals("json")) {
            throw ApiException.badRequest("format: '" + format + "' is not csv or json");
        }
        ctx.status(200).contentType(format.equals("csv") ? "text/csv; charset=utf-8" : "application/json")
                .header("Content-Disposition", "attachment; filename=\"cases." + format + "\"");
        Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        CaseExport export = new CaseExport(cases);
        if (format.equals("csv")) {
            export.csv(w);
        } else {
            export.json(w);
        }
        w.flush();
    }

    /**
     * The {@code alerts} of a decision on a party, {@code [{"id", "version"}, ...]}: each as read, each of the party
     * named in the path (an alert of another party is a 400, an unknown one a 404).
     */
    /**
     * The most alerts one decision on a listed party names: one per listing, and a party is listed by a few dozen lists
     * at most; the bound keeps a body of repeated ids from costing a lookup each before it is refused.
     */
    static final int MAX_ALERTS_PER_DECISION = 100;

    private List<SeenAlert> seenAlerts(String partyId, JsonNode body) {
        JsonNode given = body.path("alerts");
        if (!given.isArray() || given.isEmpty()) {
            throw ApiException.badRequest("alerts: required, the party's alerts decided, [{\"id\", \"version\"}, ...] as read");
        }
        if (given.size() > MAX_ALERTS_PER_DECISION) {
            throw ApiException.badRequest("alerts: at most " + MAX_ALERTS_PER_DECISION + " in one decision, " + given.size()
                    + " given");
        }
        List<SeenAlert> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            JsonNode a = given.get(i);
            String at = "alerts[" + i + "]";
            if (!a.isObject() || a.size() != 2 || !a.path("id").isIntegralNumber() || !a.path("version").isIntegralNumber()
                    || !a.path("version").canConvertToInt()) {
                throw ApiException.badRequest(at + ": must be {\"id\", \"version\"}, the alert's id and its version as read "
                        + "(whole numbers)");
            }
            long id = a.get("id").asLong();
            int version = a.get("version").asInt();
            if (out.stream().anyMatch(seen -> seen.id() == id)) {
                throw ApiException.badRequest(at + ": alert " + id + " is named twice");
            }
            String of = cases.alert(id).orElseThrow(() -> new UnknownAlertException(id)).alert().partyId();
            if (!of.equals(partyId)) {
                throw ApiException.badRequest(at + ": alert " + id + " is of party '" + of + "', not '" + partyId + "'");
            }
            out.add(new SeenAlert(id, version));
        }
        return out;
    }

    private static ObjectNode alertsJson(List<Alert> decided) {
        ObjectNode o = NODES.objectNode();
        var arr = o.putArray("alerts");
        decided.forEach(a -> arr.add(CaseJson.of(a)));
        return o;
    }

    private static long alertId(Context ctx) {
        return pathId(ctx, "alert");
    }

    private static long pathId(Context ctx, String what) {
        String id = ctx.pathParam("id");
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(what + " id: '" + id + "' is not a number");
        }
    }

    /** The body as an object with only the given fields. */
    private static JsonNode fields(JsonNode body, Set<String> allowed) {
        if (!body.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object with " + String.join(", ", allowed.stream().sorted().toList()));
        }
        for (var it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw ApiException.badRequest("unknown field '" + f + "'; fields: " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        return body;
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.path(field);
        if (!v.isTextual()) {
            throw ApiException.badRequest(field + ": required, a string");
        }
        return v.asText();
    }

    private static int version(JsonNode body) {
        JsonNode v = body.path("version");
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw ApiException.badRequest("version: required, the alert's version as read (a whole number)");
        }
        return v.asInt();
    }

    private static <T> T input(Supplier<T> work) {
        return input(work, "");
    }

    /** Runs {@code work}, turning the store's refusal of a value into a 400 that names the field. */
    private static <T> T input(Supplier<T> work, String at) {
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(at + e.getMessage());
        }
    }
}
