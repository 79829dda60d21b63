package org.clearance.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.model.Entity;
import org.clearance.names.TextWords;
import org.clearance.supplychain.places.PlaceMention;
import org.clearance.supplychain.places.XinjiangPlaces;
import org.clearance.supplychain.sectors.SectorMention;
import org.clearance.supplychain.sectors.Sectors;

/**
 * Finds listed parties, Xinjiang places and UFLPA high-priority sectors in free text (news articles, invoices,
 * bills of lading; English, Chinese and the other scripts the name analysis reads). Offsets are UTF-16 indexes
 * into the scanned string, so {@code text.substring(m.start(), m.end())} is each mention's text. Parties never
 * overlap each other; a place or sector may lie inside a party's name ("Xinjiang" in "Xinjiang Public Security
 * Bureau"), as it says something of its own. Immutable and safe to share between threads once built.
 */
public final class TextScanner {
    private final PartyFinder parties;

    /**
     * @param entities the entries {@code index} was built from (their names make the dictionary of candidates)
     * @param index    scores candidates; its matches become party mentions
     * @param config   the matcher's configuration: its threshold decides what a match is
     */
    public TextScanner(Iterable<Entity> entities, MatchIndex index, MatchConfig config) {
        this.parties = new PartyFinder(new NameDictionary(entities), index, config);
    }

    /** Every mention in {@code text}, ordered by start offset, then kind, then end. */
    public List<Mention> scan(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>(parties.find(text, TextWords.of(text)));
        for (PlaceMention p : XinjiangPlaces.get().find(text)) {
            if (p.confidence() >= XinjiangPlaces.COUNTS) {
                String detail = p.level() + (p.prefecture().isEmpty() || p.prefecture().equals(p.placeChinese())
                        ? "" : " in " + p.prefecture());
                out.add(new Mention(Mention.Kind.PLACE, p.matchedText(), p.start(), p.end(), p.placeChinese(),
                        p.placeName(), p.confidence(), detail, List.of()));
            }
        }
        for (SectorMention s : Sectors.get().mentions(text)) {
            out.add(new Mention(Mention.Kind.SECTOR, s.matchedText(), s.start(), s.end(), s.sectorId(), s.sectorName(),
                    s.weight(), "phrase '" + s.phrase() + "'", List.of()));
        }
        out.sort(Comparator.comparingInt(Mention::start).thenComparing(Mention::kind).thenComparingInt(Mention::end));
        return List.copyOf(out);
    }
}
