package org.clearance.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clearance.cases.Alert;
import org.clearance.cases.AlertStatus;
import org.clearance.cases.DecisionEntry;
import org.clearance.cases.Party;
import org.clearance.lists.DatasetCatalog;

/**
 * Cases in the words and numbers the review pages show: status and decision labels, ages, scores,
 * times, a party's fields and a score's explanation, as maps for the templates. Every value stays
 * text that the templates escape.
 */
final class CaseView {
    private final Messages messages;
    private final DateTimeFormatter time;

    CaseView(Messages messages) {
        this.messages = messages;
        this.time = DateTimeFormatter.ofPattern(messages.format("review_time_pattern"), Locale.ROOT).withZone(ZoneOffset.UTC);
    }

    /** The alert as a row of the queue or of a party's other alerts. */
    Map<String, Object> row(Alert a, String query, Instant now) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", a.id());
        m.put("href", "/review/" + a.id() + query);
        m.put("caption", a.caption());
        m.put("dataset", a.dataset());
        m.put("dataset_title", DatasetCatalog.title(a.dataset()));
        m.put("score", score(a.score()));
        m.put("age", age(a.openedAt(), now));
        m.put("opened", time(a.openedAt()));
        m.put("status", status(a));
        m.put("status_class", statusClass(a.status()));
        return m;
    }

    /** Open (escalated), waiting for approval, closed as a false positive...: where the alert stands, in words. */
    String status(Alert a) {
        return switch (a.status()) {
            case OPEN -> a.decision() == null ? text("review_status_open") : text("review_status_escalated");
            case PENDING_APPROVAL -> text("review_status_pending_approval");
            case CLOSED -> a.decision() == null ? text("review_status_closed")
                    : messages.format("review_status_closed_as", decision(a.decision().wire()));
        };
    }

    static String statusClass(AlertStatus s) {
        return switch (s) {
            case OPEN -> "risk";
            case PENDING_APPROVAL -> "warn";
            case CLOSED -> "ok";
        };
    }

    /** A decision's wire name ({@code false_positive}, {@code approved}...) in words. */
    String decision(String wire) {
        return messages.all().getOrDefault("review_decision_" + wire, wire);
    }

    /** How long ago: hours under a day ("5 hours"), whole days from one day ("3 days"). */
    String age(Instant since, Instant now) {
        Duration d = Duration.between(since, now);
        return d.toDays() >= 1 ? messages.format("review_age_days", d.toDays())
                : messages.format("review_age_hours", Math.max(0, d.toHours()));
    }

    static String score(double s) {
        return String.format(Locale.ROOT, "%.2f", s);
    }

    String time(Instant at) {
        return time.format(at);
    }

    /** The party's first name, or its id when it has none; what names it in lists and headings. */
    static String partyName(Party p) {
        List<String> names = p.names();
        return names.isEmpty() ? p.id() : names.get(0);
    }

    /** The party's properties, each with its label and values: names first, then the rest in stored (alphabetical) order. */
    List<Map<String, Object>> properties(Party p) {
        List<Map<String, Object>> out = new ArrayList<>();
        p.properties().fields().forEachRemaining(e -> {
            List<String> values = new ArrayList<>();
            e.getValue().forEach(v -> values.add(v.asText()));
            Map<String, Object> row = Map.of("label", property(e.getKey()), "name", e.getKey(), "values", values);
            if (e.getKey().equals("name")) {
                out.add(0, row);
            } else {
                out.add(row);
            }
        });
        return out;
    }

    /** A party property's label ({@code birthDate}: "Birth date"); its FtM name when it has none. */
    String property(String name) {
        return messages.all().getOrDefault("review_prop_" + name, name);
    }

    /** The explanation stored with the alert: one row per feature, with its label, signed score and detail. */
    List<Map<String, Object>> explanation(Alert a) {
        List<Map<String, Object>> out = new ArrayList<>();
        a.explanation().fields().forEachRemaining(e -> {
            JsonNode f = e.getValue();
            double s = f.path("score").asDouble();
            out.add(Map.of("label", messages.all().getOrDefault("review_feature_" + e.getKey(), e.getKey()),
                    "feature", e.getKey(), "score", (s > 0 ? "+" : "") + score(s), "detail", f.path("detail").asText(""),
                    "negative", s < 0));
        });
        return out;
    }

    /** The decisions on an alert, oldest first. */
    List<Map<String, Object>> history(List<DecisionEntry> history) {
        return history.stream().map(d -> Map.<String, Object>of("actor", d.actor(), "role", d.role().id(),
                "at", time(d.at()), "decision", decision(d.decision()), "reason", d.reason())).toList();
    }

    /** The link to a list entry's page (built by the lists pages). */
    static String entityHref(String entityId) {
        return "/lists/entities/" + URLEncoder.encode(entityId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String text(String key) {
        return messages.format(key);
    }
}
