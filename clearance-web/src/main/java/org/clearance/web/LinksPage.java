package org.clearance.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.clearance.access.Caller;
import org.clearance.access.Role;
import org.clearance.api.ApiException;
import org.clearance.api.LoadedLists;
import org.clearance.api.Service;
import org.clearance.cases.AlertConflictException;
import org.clearance.cases.DecisionRefusedException;
import org.clearance.cases.LinkReviews;
import org.clearance.lists.DatasetCatalog;
import org.clearance.match.MatchIndex;
import org.clearance.match.links.Link;
import org.clearance.match.links.LinkDecision;
import org.clearance.match.links.LinkRule;
import org.clearance.match.links.PartyGroups;
import org.clearance.match.links.PartyMatch;
import org.clearance.model.Entity;

/**
 * {@code /links}: the parties listed by several lists, as the loaded index links them with the analysts' decisions:
 * counts per pair of lists and rule, the decisions and those waiting for a second person, and each party with its
 * listings and the rule and evidence of each link. Analysts propose to split a link or confirm a pair, approvers
 * (not the proposer) approve or reject ({@link LinkReviews}); an approval regroups the loaded index at once.
 */
record LinksPage(Service service, Guard guard, View view) {
    /** Parties per page: each shows its listings and links, a few lines each. */
    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    void register(Javalin app) {
        app.get("/links", guard.page(Role.SCREEN, (ctx, v) -> view.page(ctx, 200, "links", v, "lists", model(ctx, v.caller()))));
        app.post("/links/split", guard.page(Role.ANALYST, (ctx, v) -> propose(ctx, v.caller(), LinkDecision.Kind.SPLIT)));
        app.post("/links/confirm", guard.page(Role.ANALYST, (ctx, v) -> propose(ctx, v.caller(), LinkDecision.Kind.CONFIRM)));
        app.post("/links/decisions/{id}", guard.page(Role.APPROVER, (ctx, v) -> {
            String choice = ctx.formParam("approval");
            if (!"approve".equals(choice) && !"reject".equals(choice)) {
                throw new ApiException(400, view.messages().format("review_choose_approval"));
            }
            long id;
            try {
                id = Long.parseLong(ctx.pathParam("id"));
            } catch (NumberFormatException e) {
                throw new ApiException(404, view.messages().format("links_no_decision", ctx.pathParam("id")));
            }
            LinkReviews.LinkReview r = step(() -> reviews().approve(id, choice.equals("approve"), ctx.formParam("reason"), v.caller()));
            if (r.status() == LinkReviews.Status.APPROVED) {
                service.lists().index().decide(reviews().inEffect());
            }
            ctx.redirect("/links?dataset=" + r.leftDataset() + "#decisions", HttpStatus.SEE_OTHER);
        }));
    }

    private LinkReviews reviews() {
        return new LinkReviews(service.database());
    }

    private void propose(Context ctx, Caller caller, LinkDecision.Kind kind) {
        MatchIndex index = service.lists().index();
        Entity a = entry(index, ctx.formParam("left"));
        Entity b = entry(index, ctx.formParam("right"));
        step(() -> reviews().propose(a, b, kind, ctx.formParam("reason"), caller));
        ctx.redirect("/links?dataset=" + a.dataset() + "#decisions", HttpStatus.SEE_OTHER);
    }

    private Entity entry(MatchIndex index, String id) {
        String given = id == null ? "" : id.strip();
        return index.entity(given).orElseThrow(() -> new ApiException(400, view.messages().format("links_no_entry", given)));
    }

    /** A decision step, its refusals as the page's errors (shown as a page). */
    private static LinkReviews.LinkReview step(Supplier<LinkReviews.LinkReview> step) {
        try {
            return step.get();
        } catch (AlertConflictException e) {
            throw new ApiException(409, e.getMessage());
        } catch (DecisionRefusedException e) {
            throw new ApiException(403, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage());
        }
    }

    private Map<String, Object> model(Context ctx, Caller caller) {
        LoadedLists lists = service.lists();
        MatchIndex index = lists.index();
        PartyGroups groups = index.groups();
        String dataset = ctx.queryParam("dataset");
        if (dataset != null && dataset.isBlank()) {
            dataset = null;
        }
        String only = dataset;
        Map<String, Map<LinkRule, Integer>> byPair = new TreeMap<>();
        for (Link l : groups.links()) {
            String a = datasetOf(index, l.left());
            String b = datasetOf(index, l.right());
            if (only == null || only.equals(a) || only.equals(b)) {
                String pair = a.compareTo(b) <= 0 ? a + " + " + b : b + " + " + a;
                byPair.computeIfAbsent(pair, k -> new EnumMap<>(LinkRule.class)).merge(l.rule(), 1, Integer::sum);
            }
        }
        List<Map<String, Object>> counts = new ArrayList<>();
        byPair.forEach((pair, rules) -> counts.add(Map.of("pair", pair,
                "total", rules.values().stream().mapToInt(Integer::intValue).sum(),
                "rules", List.of(LinkRule.values()).stream().map(r -> rules.getOrDefault(r, 0)).toList())));
        List<Map.Entry<String, List<String>>> shown = groups.groups().entrySet().stream()
                .filter(g -> only == null || g.getValue().stream().anyMatch(m -> only.equals(datasetOf(index, m)))).toList();
        int pages = Math.max(1, (shown.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(pages, Math.max(1, intParam(ctx.queryParam("page"))));
        boolean analyst = caller.role().allows(Role.ANALYST);
        List<Map<String, Object>> parties = new ArrayList<>();
        for (var g : shown.subList((page - 1) * PAGE_SIZE, Math.min(shown.size(), page * PAGE_SIZE))) {
            List<Map<String, Object>> listings = new ArrayList<>();
            for (String id : g.getValue()) {
                index.entity(id).ifPresent(e -> listings.add(listing(e)));
            }
            List<Map<String, Object>> links = new ArrayList<>();
            for (Link l : groups.linksOf(g.getKey())) {
                links.add(Map.of("left", l.left(), "right", l.right(), "rule", l.rule().id(), "rule_text", l.rule().description(),
                        "evidence", l.evidence(), "can_split", analyst));
            }
            parties.add(Map.of("id", g.getKey(), "listings", listings, "links", links));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("dataset", only);
        m.put("datasets", index.entities().stream().map(Entity::dataset).distinct().sorted()
                .map(d -> Map.of("id", d, "selected", d.equals(only))).toList());
        m.put("summary", view.messages().format("links_summary", shown.size(),
                shown.stream().mapToInt(g -> g.getValue().size()).sum()));
        m.put("rules", List.of(LinkRule.values()).stream().map(r -> Map.of("id", r.id(), "text", r.description())).toList());
        m.put("counts", counts);
        m.put("parties", parties);
        m.put("page", page);
        m.put("pages", pages);
        String base = "/links" + (only == null ? "" : "?dataset=" + only);
        String sep = only == null ? "?" : "&";
        m.put("prev_href", page > 1 ? base + sep + "page=" + (page - 1) : null);
        m.put("next_href", page < pages ? base + sep + "page=" + (page + 1) : null);
        m.put("can_propose", analyst);
        List<Map<String, Object>> decisions = decisions(caller);
        m.put("decisions", decisions);
        m.put("has_decisions", !decisions.isEmpty());
        return m;
    }

    private Map<String, Object> listing(Entity e) {
        PartyMatch.Listing l = new PartyMatch.Listing(e, null);
        Map<String, Object> x = new HashMap<>();
        x.put("dataset", DatasetCatalog.title(e.dataset()));
        x.put("dataset_id", e.dataset());
        x.put("id", e.id());
        x.put("href", Links.entity(e.id()));
        x.put("caption", e.caption());
        x.put("programmes", String.join(", ", l.programmes()));
        x.put("listed_on", l.listedOn() == null ? "" : l.listedOn().toString());
        return x;
    }

    private List<Map<String, Object>> decisions(Caller caller) {
        List<Map<String, Object>> out = new ArrayList<>();
        boolean approver = caller.role().allows(Role.APPROVER);
        for (LinkReviews.LinkReview r : reviews().all()) {
            boolean pending = r.status() == LinkReviews.Status.PENDING_APPROVAL;
            Map<String, Object> x = new HashMap<>();
            x.put("id", r.id());
            x.put("kind", r.kind().wire());
            x.put("left", r.left());
            x.put("right", r.right());
            x.put("left_href", Links.entity(r.left()));
            x.put("right_href", Links.entity(r.right()));
            x.put("status", r.status().wire());
            x.put("reason", r.reason());
            x.put("proposed", r.proposedBy() + ", " + AT.format(r.proposedAt()));
            x.put("decided", r.decidedBy() == null ? null : r.decidedBy() + ", " + AT.format(r.decidedAt()) + ": " + r.decidedReason());
            x.put("can_approve", pending && approver && !caller.name().equals(r.proposedBy()));
            x.put("own", pending && caller.name().equals(r.proposedBy()));
            x.put("action", "/links/decisions/" + r.id());
            out.add(x);
        }
        return out;
    }

    private static String datasetOf(MatchIndex index, String id) {
        return index.entity(id).map(Entity::dataset).orElse("?");
    }

    private static int intParam(String s) {
        try {
            return s == null ? 1 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
