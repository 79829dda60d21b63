package org.clearance.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clearance.access.Caller;
import org.clearance.access.Role;
import org.clearance.api.ApiException;
import org.clearance.api.LoadedLists;
import org.clearance.api.Service;
import org.clearance.cases.Alert;
import org.clearance.cases.AlertCase;
import org.clearance.cases.AlertConflictException;
import org.clearance.cases.AlertStatus;
import org.clearance.cases.CaseStore;
import org.clearance.cases.Decision;
import org.clearance.cases.DecisionEntry;
import org.clearance.cases.DecisionRefusedException;
import org.clearance.cases.Party;
import org.clearance.cases.PartyCase;
import org.clearance.cases.SeenAlert;
import org.clearance.match.links.PartyGroups;
import org.clearance.match.links.PartyMatch;
import org.clearance.store.ListStore;
import org.clearance.store.ListingHistory;

/**
 * {@code /review/{id}}: one alert with its party, list entry, score explanation, history, every listing of the
 * listed party (the entries of other lists linked to its entry, as the screening page shows them, each with the
 * party's alert on it) and the party's other alerts, and the forms that decide it (analysts) or approve a proposed
 * true match (a different approver: four eyes). A decision applies to each alert of the party on the listed party
 * (its row in the queue), not to this alert alone, each alert decided and audited in its own right. Each form sends
 * the versions of the alerts the page showed; when someone decided meanwhile the store refuses it, and the page says so beside the form (htmx swaps
 * the error answer into it), leaving the form as it was, so the reason typed is not lost.
 */
record AlertPage(Service service, Guard guard, View view, CaseView cases, ListingRows listingRows) {
    /** The hidden field with how many decisions the page showed: tells "decided meanwhile" from other changes. */
    static final String SEEN = "seen";
    /** The hidden fields naming the row's other alerts a form decides with the page's, each {@code id:version}. */
    static final String ALSO = "also";

    void register(Javalin app) {
        app.get("/review/{id}", guard.page(Role.ANALYST, (ctx, v) -> {
            QueueQuery q = QueueQuery.of(ctx, view.messages());
            view.page(ctx, 200, "review-alert", v, "review", model(find(ctx), q, v.caller()));
        }));
        app.get("/review/{id}/next", guard.page(Role.ANALYST, (ctx, v) -> {
            QueueQuery q = QueueQuery.of(ctx, view.messages());
            Alert current = find(ctx).alert();
            Set<Long> sameRow = new HashSet<>();
            rowOf(current, service.groups()).forEach(o -> sameRow.add(o.id()));
            var next = store().nextOpen(current, q.dataset(), sameRow);
            ctx.redirect(next.map(a -> "/review/" + a.id() + q.query()).orElse("/review" + q.query() + "&done=1"),
                    HttpStatus.SEE_OTHER);
        }));
        app.post("/review/{id}/decision", guard.page(Role.ANALYST, (ctx, v) -> {
            String choice = ctx.formParam("decision");
            Decision decision;
            try {
                decision = Decision.parse(choice == null ? "" : choice);
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, view.messages().format("review_choose_decision"));
            }
            long id = id(ctx);
            List<SeenAlert> seen = seen(ctx, id);
            decided(ctx, id, () -> store().decide(seen, decision, reason(ctx), v.caller()));
        }));
        app.post("/review/{id}/approval", guard.page(Role.APPROVER, (ctx, v) -> {
            String choice = ctx.formParam("approval");
            if (!"approve".equals(choice) && !"reject".equals(choice)) {
                throw new ApiException(400, view.messages().format("review_choose_approval"));
            }
            long id = id(ctx);
            List<SeenAlert> seen = seen(ctx, id);
            decided(ctx, id, () -> store().approve(seen, choice.equals("approve"), reason(ctx), v.caller()));
        }));
    }

    private CaseStore store() {
        return service.cases();
    }

    private Map<String, Object> model(AlertCase k, QueueQuery q, Caller caller) {
        Alert a = k.alert();
        Party p = k.party();
        Instant now = Instant.now();
        Map<String, Object> m = new HashMap<>(cases.row(a, q.query(), now));
        m.put("version", a.version());
        m.put("seen", k.history().size());
        m.put("entity_id", a.entityId());
        m.put("entity_href", CaseView.entityHref(a.entityId()));
        m.put("closed_reason", a.closedReason());
        m.put("updated", cases.time(a.updatedAt()));
        m.put("party", CaseView.partyName(p));
        m.put("party_id", p.id());
        m.put("party_schema", p.schema());
        m.put("properties", cases.properties(p));
        m.put("explanation", cases.explanation(a));
        m.put("changes_party", a.changes().party().isEmpty() ? null : String.join(", ",
                a.changes().party().stream().map(cases::property).toList()));
        m.put("changes_entry", a.changes().entry().isEmpty() ? null : String.join(", ", a.changes().entry()));
        m.put("changed", !a.changes().party().isEmpty() || !a.changes().entry().isEmpty());
        m.put("history", cases.history(k.history()));
        // one read of the loaded lists, so that the row and its listings come from the same links
        Optional<LoadedLists> loaded = service.loaded();
        PartyGroups groups = loaded.map(l -> l.index().groups()).orElse(PartyGroups.none());
        List<Alert> row = rowOf(a, groups);
        Set<Long> inRow = new HashSet<>();
        row.forEach(o -> inRow.add(o.id()));
        m.put("others", store().party(p.id()).map(PartyCase::alerts).orElse(List.of()).stream()
                .filter(o -> !inRow.contains(o.id())).map(o -> cases.row(o, q.query(), now)).toList());
        m.put("listings", loaded.map(l -> listings(l, groups.groupId(a.entityId()), row, q)).orElse(List.of()));
        m.put("alert_column", true);
        // the forms decide the row's other alerts in the state the page shows, with this one
        List<String> alsoOpen = also(row, a, o -> o.status() == AlertStatus.OPEN);
        List<String> alsoPending = also(row, a, o -> o.status() == AlertStatus.PENDING_APPROVAL
                && !caller.name().equals(o.proposedBy()));
        m.put("also_open", alsoOpen);
        m.put("deciding_more", !alsoOpen.isEmpty());
        m.put("also_pending", alsoPending);
        m.put("approving_more", !alsoPending.isEmpty());
        m.put("queue_href", "/review" + q.query());
        m.put("next_href", "/review/" + a.id() + "/next" + q.query());
        m.put("action", "/review/" + a.id());
        m.put("query", q.query());
        m.put("alert_keys", true);
        boolean pending = a.status() == AlertStatus.PENDING_APPROVAL;
        boolean own = pending && caller.name().equals(a.proposedBy());
        m.put("can_decide", a.status() == AlertStatus.OPEN && caller.role().allows(Role.ANALYST));
        m.put("can_approve", pending && !own && caller.role().allows(Role.APPROVER));
        m.put("waiting", pending ? view.messages().format(own ? "review_own_proposal"
                : caller.role().allows(Role.APPROVER) ? "review_waiting_for_you" : "review_waiting", a.proposedBy()) : null);
        return m;
    }

    /** The party's alerts on the listed party of {@code a}'s entry, {@code a} among them: its row in the queue. */
    private List<Alert> rowOf(Alert a, PartyGroups groups) {
        String group = groups.groupId(a.entityId());
        return store().party(a.partyId()).map(PartyCase::alerts).orElse(List.of(a)).stream()
                .filter(o -> groups.groupId(o.entityId()).equals(group)).toList();
    }

    /**
     * Every listing of the listed party: the entries of its group in the loaded lists, each with the party's alert on
     * it where there is one, then the entries of the row's alerts that no current list holds (delisted: "delisted on
     * D", by the stored versions), in their last listed form.
     */
    private List<Map<String, Object>> listings(LoadedLists loaded, String group, List<Alert> row, QueueQuery q) {
        Map<String, Alert> alertOn = new HashMap<>();
        row.forEach(o -> alertOn.put(o.entityId(), o));
        List<Map<String, Object>> out = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (String id : loaded.index().groups().members(group)) {
            loaded.index().entity(id).ifPresent(e -> {
                Alert o = alertOn.get(id);
                out.add(listing(new PartyMatch.Listing(e, o == null ? null : o.score()), null, o, q));
                shown.add(id);
            });
        }
        ListStore store = loaded.store();
        for (Alert o : row) {
            if (!shown.contains(o.entityId())) {
                store.entity(o.entityId()).ifPresent(se -> out.add(listing(new PartyMatch.Listing(se.entity(), o.score()),
                        store.history(o.entityId()).flatMap(ListingHistory::delisted).orElse(null), o, q)));
            }
        }
        return out;
    }

    private Map<String, Object> listing(PartyMatch.Listing l, LocalDate delisted, Alert alert, QueueQuery q) {
        Map<String, Object> x = listingRows.of(l, delisted);
        if (alert != null) {
            x.put("alert", Map.of("alert_href", "/review/" + alert.id() + q.query(), "alert_status", cases.status(alert),
                    "alert_class", CaseView.statusClass(alert.status())));
        }
        return x;
    }

    /** The row's alerts but {@code a} that the form decides with it, as {@code id:version} values of {@code also}. */
    private static List<String> also(List<Alert> row, Alert a, java.util.function.Predicate<Alert> decidable) {
        return a.status() == AlertStatus.CLOSED ? List.of() : row.stream().filter(o -> o.id() != a.id()).filter(decidable)
                .map(o -> o.id() + ":" + o.version()).toList();
    }

    /**
     * The alerts a form decides: the page's alert at the version it showed, and the row's others it showed
     * ({@code also}, {@code id:version}).
     */
    private List<SeenAlert> seen(Context ctx, long id) {
        List<SeenAlert> out = new ArrayList<>();
        out.add(new SeenAlert(id, version(ctx)));
        for (String also : ctx.formParams(ALSO)) {
            String[] f = also.split(":", -1);
            try {
                out.add(new SeenAlert(Long.parseLong(f[0]), Integer.parseInt(f[1])));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new ApiException(400, view.messages().format("review_bad_version"));
            }
        }
        return out;
    }

    private AlertCase find(Context ctx) {
        long id = id(ctx);
        return store().alert(id).orElseThrow(() -> new ApiException(404, view.messages().format("review_no_alert", String.valueOf(id))));
    }

    /**
     * Runs a decision and answers it: the browser is sent to the alert's page, now in its new state.
     * A refused decision is an error, which htmx shows beside the form (a plain post: as a page).
     */
    private void decided(Context ctx, long id, Runnable decision) {
        try {
            decision.run();
        } catch (AlertConflictException e) {
            throw new ApiException(409, conflict(ctx, id));
        } catch (DecisionRefusedException e) {
            throw new ApiException(403, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage()); // a reason over the store's length
        }
        String page = "/review/" + id + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        if (ctx.header("HX-Request") != null) {
            ctx.status(200).header("HX-Redirect", page);
        } else {
            ctx.redirect(page, HttpStatus.SEE_OTHER);
        }
    }

    /** Who decided since the page was shown, or, when no one did (monitoring closed or reopened it), what it is now. */
    private String conflict(Context ctx, long id) {
        AlertCase now = store().alert(id).orElseThrow(() -> new ApiException(404, view.messages().format("review_no_alert", String.valueOf(id))));
        List<DecisionEntry> history = now.history();
        int seen = history.size();
        try {
            seen = Integer.parseInt(ctx.formParam(SEEN));
        } catch (NumberFormatException e) {
            // a form without the count: say what the alert is now rather than who changed it
        }
        if (seen >= 0 && seen < history.size()) {
            DecisionEntry last = history.get(history.size() - 1);
            return view.messages().format("review_conflict_decided", last.actor(), last.role().id(),
                    cases.decision(last.decision()), cases.time(last.at()));
        }
        return view.messages().format("review_conflict_changed", cases.status(now.alert()));
    }

    private long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new ApiException(404, view.messages().format("review_no_alert", ctx.pathParam("id")));
        }
    }

    private int version(Context ctx) {
        try {
            return Integer.parseInt(ctx.formParam("version"));
        } catch (NumberFormatException e) {
            throw new ApiException(400, view.messages().format("review_bad_version"));
        }
    }

    /** The reason typed; a blank one is refused here, in the page's words, before the store would. */
    private String reason(Context ctx) {
        String r = ctx.formParam("reason");
        if (r == null || r.isBlank()) {
            throw new ApiException(400, view.messages().format("review_reason_required"));
        }
        return r.strip();
    }
}
