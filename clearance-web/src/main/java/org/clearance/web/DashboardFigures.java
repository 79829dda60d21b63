package org.clearance.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clearance.cases.CaseFigures;
import org.clearance.lists.DatasetCatalog;

/**
 * What the dashboard's charts show, read once per request: open alerts by list, decisions per day
 * and the age of each list. The same figures feed the charts (as JSON) and their text alternatives
 * (tables and summaries in the page), so what a screen reader hears is what the chart draws.
 *
 * @param openByList open alerts per dataset, most first
 * @param days       the days of the decisions chart, oldest first
 * @param decisions  one series per kind of decision, a count per day
 * @param freshness  the age of each dataset's current version, oldest first
 */
record DashboardFigures(List<ListCount> openByList, List<LocalDate> days, List<Series> decisions,
        List<ListFreshness.Age> freshness) {
    /** Days the decisions chart covers, today included: a month shows the weekly rhythm and any backlog. */
    static final int DECISION_DAYS = 30;

    /**
     * The kinds of entry in the decision history, in the order the chart stacks them: the three
     * decisions, then the approver's answers to a proposed true match. Kinds outside this list (from a
     * later version) are still charted, after these.
     */
    static final List<String> DECISION_KINDS = List.of("false_positive", "true_match", "escalate", "approved", "rejected");

    private static final ObjectMapper JSON = new ObjectMapper();

    record ListCount(String dataset, String title, long open) {}

    record Series(String kind, String label, List<Long> counts) {
        long total() {
            return counts.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** One row of the decisions table: a day and its count of each kind, in the series' order. */
    record DayRow(LocalDate day, List<Long> counts, long total) {}

    DashboardFigures {
        openByList = List.copyOf(openByList);
        days = List.copyOf(days);
        decisions = List.copyOf(decisions);
        freshness = List.copyOf(freshness);
    }

    static DashboardFigures read(CaseFigures cases, List<ListFreshness.Age> freshness, LocalDate today, Messages messages) {
        List<ListCount> open = cases.openAlertsByDataset().entrySet().stream()
                .map(e -> new ListCount(e.getKey(), DatasetCatalog.title(e.getKey()), e.getValue()))
                .sorted((a, b) -> Long.compare(b.open(), a.open())).toList();
        List<CaseFigures.DecisionDay> perDay = cases.decisionsPerDay(today.minusDays(DECISION_DAYS - 1L), today);
        Set<String> kinds = new LinkedHashSet<>(DECISION_KINDS);
        perDay.forEach(d -> kinds.addAll(d.byDecision().keySet()));
        List<Series> series = new ArrayList<>();
        for (String kind : kinds) {
            String key = "dashboard_decision_" + kind;
            String label = messages.all().containsKey(key) ? messages.format(key) : kind;
            series.add(new Series(kind, label, perDay.stream().map(d -> d.byDecision().getOrDefault(kind, 0L)).toList()));
        }
        // oldest first: the list most in need of an update leads
        List<ListFreshness.Age> byAge = freshness.stream()
                .sorted(Comparator.comparingLong(ListFreshness.Age::days).reversed()).toList();
        return new DashboardFigures(open, perDay.stream().map(CaseFigures.DecisionDay::day).toList(), series, byAge);
    }

    List<DayRow> dayRows() {
        List<DayRow> rows = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            int day = i;
            List<Long> counts = decisions.stream().map(s -> s.counts().get(day)).toList();
            rows.add(new DayRow(days.get(i), counts, counts.stream().mapToLong(Long::longValue).sum()));
        }
        return rows;
    }

    long decisionsTotal() {
        return decisions.stream().mapToLong(Series::total).sum();
    }

    /** The one-sentence summaries the charts carry as their accessible names. */
    Map<String, String> summaries(Messages messages) {
        String open = openByList.isEmpty() ? messages.format("dashboard_no_open")
                : messages.format("dashboard_summary_open", openByList.stream().map(c -> c.title() + " " + c.open())
                        .collect(Collectors.joining(", ")));
        List<DayRow> rows = dayRows();
        String decided = messages.format("dashboard_summary_decisions", decisionsTotal(), DECISION_DAYS,
                rows.isEmpty() ? 0 : rows.get(rows.size() - 1).total());
        String fresh = messages.format("dashboard_summary_freshness", freshness.stream()
                .map(a -> a.title() + " " + a.days()).collect(Collectors.joining(", ")));
        return Map.of("open", open, "decisions", decided, "freshness", fresh);
    }

    /** The figures for the charts' script, with the texts it shows (titles, axis names) so it holds no text itself. */
    ObjectNode json(Messages messages) {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode open = o.putArray("open_by_list");
        openByList.forEach(c -> open.addObject().put("dataset", c.dataset()).put("title", c.title()).put("open", c.open()));
        ObjectNode d = o.putObject("decisions");
        days.forEach(day -> d.withArray("days").add(day.toString()));
        ArrayNode series = d.putArray("series");
        for (Series s : decisions) {
            ObjectNode x = series.addObject().put("kind", s.kind()).put("label", s.label());
            s.counts().forEach(x.putArray("counts")::add);
        }
        ObjectNode f = o.putObject("freshness").put("stale_after_days", ListFreshness.STALE_AFTER_DAYS);
        ArrayNode lists = f.putArray("lists");
        freshness.forEach(a -> lists.addObject().put("dataset", a.dataset()).put("title", a.title())
                .put("published", a.version().publicationDate().toString()).put("age_days", a.days()).put("stale", a.stale())
                .put("fetched_days", a.fetchedDays()));
        ObjectNode t = o.putObject("texts");
        t.put("open_title", messages.format("dashboard_open_by_list"));
        t.put("open_axis", messages.format("dashboard_axis_alerts"));
        t.put("open_none", messages.format("dashboard_no_open"));
        t.put("decisions_title", messages.format("dashboard_decisions_per_day", DECISION_DAYS));
        t.put("decisions_axis", messages.format("dashboard_axis_decisions"));
        t.put("day_axis", messages.format("dashboard_axis_day"));
        t.put("freshness_title", messages.format("dashboard_freshness"));
        t.put("freshness_axis", messages.format("dashboard_axis_days"));
        t.put("published_series", messages.format("dashboard_series_published"));
        t.put("fetched_series", messages.format("dashboard_series_fetched"));
        t.put("list_axis", messages.format("dashboard_axis_list"));
        t.put("stale_line", messages.format("dashboard_stale_line", ListFreshness.STALE_AFTER_DAYS));
        return o;
    }
}
