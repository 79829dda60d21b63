package org.clearance.scan;

import java.util.List;
import java.util.Objects;

/**
 * One thing found in a text: a listed party, a Xinjiang place or a UFLPA high-priority sector.
 *
 * @param kind      what was found
 * @param text      the text as written, {@code input.substring(start, end)}
 * @param start     UTF-16 offset (Java {@code String} index) of the first char in the scanned text
 * @param end       UTF-16 offset after the last char
 * @param reference for a party the list entry's id ({@code us_ofac_sdn-29220}); for a place its official Chinese
 *                  name (阿克苏地区); for a sector its id ({@code cotton_apparel})
 * @param caption   for a party the entry's caption, for a place its usual name, for a sector its name
 * @param score     0..1: a party's match score, a place's confidence, a sector phrase's weight
 * @param detail    why: a party's score explanation, a place's level, the sector phrase that matched
 * @param also      for a party, the other list entries that match the same words (one person on several lists);
 *                  empty otherwise
 */
public record Mention(Kind kind, String text, int start, int end, String reference, String caption, double score,
        String detail, List<String> also) {
    /** What a mention is of. */
    public enum Kind { PARTY, PLACE, SECTOR }

    public Mention {
        Objects.requireNonNull(kind, "kind");
        also = List.copyOf(also);
    }

    /** Whether the two mentions share at least one char. */
    boolean overlaps(Mention o) {
        return start < o.end && o.start < end;
    }
}
