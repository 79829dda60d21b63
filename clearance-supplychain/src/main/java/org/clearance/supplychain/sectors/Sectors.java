package org.clearance.supplychain.sectors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clearance.io.TsvResource;

/**
 * Classifies goods into the UFLPA high-priority sectors (cotton and apparel, silica-based products,
 * tomatoes, aluminium, PVC, seafood, steel, copper, lithium, caustic soda, red dates) from an HS code
 * or a product description in English or Chinese. The tables live in {@code sectors.tsv},
 * {@code hs-sectors.tsv} and {@code sector-words.tsv} next to this class, because the FLETF updates
 * the sectors every year. Loaded once; immutable and safe to share between threads.
 */
public final class Sectors {
    /** Descriptions are read up to this length: invoices and catalog entries are far shorter, and cost grows with length. */
    public static final int MAX_DESCRIPTION_CHARS = 100_000;
    /** Combined confidence stays below certainty: words are never proof of content. */
    private static final double MAX_WORD_CONFIDENCE = 0.99;

    private final Map<String, Sector> sectors = new LinkedHashMap<>();
    private final HsTable hs;
    private final WordTable words;

    private Sectors() {
        for (String[] r : TsvResource.rows(Sectors.class, "sectors.tsv")) {
            sectors.put(r[0], new Sector(r[0], r[1], Integer.parseInt(r[2]), r[3]));
        }
        hs = new HsTable(TsvResource.rows(Sectors.class, "hs-sectors.tsv"), sectors);
        words = new WordTable(TsvResource.rows(Sectors.class, "sector-words.tsv"), sectors.keySet());
    }

    private static final class Holder {
        static final Sectors INSTANCE = new Sectors();
    }

    /** The shared instance, loaded on first use. */
    public static Sectors get() {
        return Holder.INSTANCE;
    }

    /** Every high-priority sector, in the order the Strategy and its updates named them. */
    public List<Sector> all() {
        return List.copyOf(sectors.values());
    }

    /**
     * Whether {@code hs} is a well-formed HS 2022 code: 2, 4 or 6 digits (or an 8- to 10-digit national
     * line), dots, spaces or hyphens allowed between digits, in an existing chapter (01-97 without the
     * reserved 77) and not heading 00. The existence of each heading and subheading is not checked.
     */
    public static boolean isValidHs(String hs) {
        return HsCodes.digits(hs) != null;
    }

    /**
     * The sectors of the longest code in {@code hs-sectors.tsv} that is a prefix of {@code hs}
     * ("5205.11.0000" falls under the 5205 row, not the chapter 52 row). A heading or chapter with no
     * row of its own names the sector rows beneath it, at half their confidence ("3904" includes the
     * PVC subheadings, and also PTFE). Empty for invalid codes and codes of no sector.
     */
    public List<SectorHit> fromHsCode(String hs) {
        String digits = HsCodes.digits(hs);
        return digits == null ? List.of() : sorted(this.hs.lookup(digits, sectors::get));
    }

    /**
     * The sectors named by words in a product description, English or Chinese (simplified or
     * traditional). Evidence lists each matched phrase once with the offsets (in chars of
     * {@code text}) of its first occurrence and how often it occurs. False friends such as "cotton
     * candy", "solar eclipse" or 钢琴 (piano) do not count. Empty for null or blank text.
     */
    public List<SectorHit> fromDescription(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String cut = head(text);
        Map<String, Map<String, Evidence>> bySector = new LinkedHashMap<>();
        for (SectorMention m : mentions(cut)) {
            bySector.computeIfAbsent(m.sectorId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(m.phrase(), k -> new Evidence(m))
                    .count++;
        }
        List<SectorHit> out = new ArrayList<>();
        bySector.forEach((id, phrases) -> out.add(hit(id, phrases.values())));
        return sorted(out);
    }

    /**
     * Every occurrence of a sector phrase in {@code text}, in text order, with UTF-16 offsets into it; the same
     * matching as {@link #fromDescription} (false friends hidden) over the whole text, for scanning long documents
     * where each place matters. Empty for null or blank text.
     */
    public List<SectorMention> mentions(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        FoldedText folded = new FoldedText(text);
        List<SectorMention> out = new ArrayList<>();
        for (WordTable.Match m : words.find(folded.text)) {
            int start = folded.originalStart(m.start());
            int end = folded.originalEnd(m.end());
            Sector s = sectors.get(m.phrase().sectorId());
            out.add(new SectorMention(s.id(), s.name(), text.substring(start, end), start, end,
                    m.phrase().text(), m.phrase().weight()));
        }
        return List.copyOf(out);
    }

    /** The text up to {@link #MAX_DESCRIPTION_CHARS}, never splitting a code point. */
    private static String head(String text) {
        if (text.length() <= MAX_DESCRIPTION_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_DESCRIPTION_CHARS - 1)) ? MAX_DESCRIPTION_CHARS - 1 : MAX_DESCRIPTION_CHARS;
        return text.substring(0, end);
    }

    private SectorHit hit(String sectorId, Iterable<Evidence> phrases) {
        double miss = 1;
        StringBuilder ev = new StringBuilder();
        for (Evidence e : phrases) {
            SectorMention m = e.first;
            miss *= 1 - m.weight();
            if (ev.length() > 0) {
                ev.append("; ");
            }
            ev.append('\'').append(m.matchedText()).append("' at ").append(m.start()).append('-').append(m.end());
            if (e.count > 1) {
                ev.append(" (").append(e.count).append(" times)");
            }
        }
        Sector s = sectors.get(sectorId);
        return new SectorHit(s.id(), s.name(), ev.toString(), Math.min(MAX_WORD_CONFIDENCE, 1 - miss));
    }

    /** Strongest first; ties in the sectors' own order, so results are stable. */
    private List<SectorHit> sorted(List<SectorHit> hits) {
        List<String> order = new ArrayList<>(sectors.keySet());
        List<SectorHit> out = new ArrayList<>(hits);
        out.sort(Comparator.comparingDouble(SectorHit::confidence).reversed()
                .thenComparingInt(h -> order.indexOf(h.sectorId())));
        return List.copyOf(out);
    }

    /** The first occurrence of one phrase and how many times it occurred. */
    private static final class Evidence {
        final SectorMention first;
        int count;

        Evidence(SectorMention first) {
            this.first = first;
        }
    }
}
