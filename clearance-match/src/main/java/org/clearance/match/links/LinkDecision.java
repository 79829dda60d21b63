package org.clearance.match.links;

import java.util.Objects;

/**
 * An analyst's decision on a pair of entries, approved by a second person: they are not one party ({@link Kind#SPLIT})
 * or they are ({@link Kind#CONFIRM}), whatever the rules find. The store keeps the decisions
 * ({@code clearance-cases}' {@code LinkReviews}); {@link Linker#decide} applies them after the rules.
 *
 * @param id    the decision's number in the store, for reports
 * @param left  the entry id that sorts first
 * @param right the other entry id
 */
public record LinkDecision(long id, String left, String right, Kind kind) {
    /** What the analyst decided. */
    public enum Kind {
        /** Not one party: the two entries are never in one group. */
        SPLIT,
        /** One party: the two entries are grouped while both are listed. */
        CONFIRM;

        /** The kind as the store, the API and the command line write it. */
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Kind ofWire(String wire) {
            for (Kind k : values()) {
                if (k.wire().equals(wire)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown link decision '" + wire + "'; use split or confirm");
        }
    }

    public LinkDecision {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(kind, "kind");
        if (left.compareTo(right) >= 0) {
            throw new IllegalArgumentException("decision ends out of order or equal: " + left + ", " + right);
        }
    }

    /** The decision on {@code a} and {@code b}, whichever order they come in. */
    public static LinkDecision of(long id, String a, String b, Kind kind) {
        return a.compareTo(b) < 0 ? new LinkDecision(id, a, b, kind) : new LinkDecision(id, b, a, kind);
    }
}
