package org.clearance.supplychain.places;

import java.util.ArrayList;
import java.util.List;
import org.clearance.names.TextWords;
import org.clearance.names.TextWords.Word;
import org.clearance.names.Scripts;

/**
 * Finds Xinjiang places (the region, its prefectures and counties, the XPCC "Bingtuan" and its divisions and
 * cities) in supplier addresses and free text, in Han characters, pinyin, English, Uyghur Latin and Uyghur
 * Arabic script. Street names ("Xinjiang Road", 乌鲁木齐路) are not places, and an address in another province
 * whose only Xinjiang word is a street or company name is not in Xinjiang. Thread-safe; data loaded once.
 */
public final class XinjiangPlaces {
    private static final XinjiangPlaces INSTANCE = new XinjiangPlaces(new PlaceIndex());
    /** A mention this sure counts as placing the party (or the text) in Xinjiang; below it the words likely mean something else. */
    public static final double COUNTS = 0.6;
    /**
     * Against another named province or country only an unambiguous form counts: "Aksu, Pavlodar Region,
     * Kazakhstan" is the Kazakh town.
     */
    private static final double SURE = 0.9;
    /** An ambiguous form next to a sure Xinjiang place is read as that place ("Ili" in "Ili, Xinjiang"). */
    private static final double CONTEXT_CONFIDENCE = 0.8;
    /** Company-name words are looked for this far (chars) after a Han place name. */
    private static final int HAN_COMPANY_REACH = 20;

    private final PlaceIndex index;

    private XinjiangPlaces(PlaceIndex index) {
        this.index = index;
    }

    /** The shared instance. */
    public static XinjiangPlaces get() {
        return INSTANCE;
    }

    /**
     * Every mention of a Xinjiang place in {@code text}, in text order, with offsets into {@code text};
     * street names are left out. Null or empty text gives an empty list.
     */
    public List<PlaceMention> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return find(text, TextWords.of(text));
    }

    private List<PlaceMention> find(String text, List<Word> words) {
        List<PlaceMention> raw = new ArrayList<>();
        List<Boolean> boostable = new ArrayList<>();
        for (Hit h : hits(text, words, true)) {
            PlaceIndex.Entry e = h.entry();
            if (e.place() != null && !isStreet(text, words, h)) {
                raw.add(new PlaceMention(text.substring(h.start(), h.end()), h.start(), h.end(), e.place().chinese(),
                        e.place().name(), e.place().level(), e.place().prefecture(), e.confidence()));
                boostable.add(e.boostable());
            }
        }
        boolean sure = raw.stream().anyMatch(m -> m.confidence() >= CONTEXT_CONFIDENCE);
        List<PlaceMention> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            PlaceMention m = raw.get(i);
            out.add(sure && boostable.get(i) && m.confidence() < CONTEXT_CONFIDENCE ? withConfidence(m) : m);
        }
        return out;
    }

    /**
     * Whether an address places the party in Xinjiang: it names a Xinjiang place with confidence, and when
     * it also names another province or city of China (or a neighbouring country), an unambiguous Xinjiang
     * place that is not just part of a company name ("Xinjiang Tianye (Shanghai) Trading, Pudong, Shanghai"
     * is not in Xinjiang).
     */
    public boolean inXinjiang(String address) {
        if (address == null || address.isEmpty()) {
            return false;
        }
        List<Word> words = TextWords.of(address);
        List<PlaceMention> found = find(address, words).stream().filter(m -> m.confidence() >= COUNTS).toList();
        if (found.isEmpty()) {
            return false;
        }
        boolean elsewhere = hits(address, words, false).stream().anyMatch(h -> !isStreet(address, words, h));
        return !elsewhere || found.stream().anyMatch(m -> m.confidence() >= SURE && !inCompanyName(address, words, m));
    }

    private static PlaceMention withConfidence(PlaceMention m) {
        return new PlaceMention(m.matchedText(), m.start(), m.end(), m.placeChinese(), m.placeName(), m.level(),
                m.prefecture(), CONTEXT_CONFIDENCE);
    }

    /** A form found at [start, end) covering words [first, last]; entry is null for non-Xinjiang regions. */
    private record Hit(int start, int end, int first, int last, PlaceIndex.Entry entry, String form) {}

    /** Leftmost-longest matches of Xinjiang forms ({@code xinjiang}) or of other Chinese regions. */
    private List<Hit> hits(String text, List<Word> words, boolean xinjiang) {
        List<Hit> out = new ArrayList<>();
        int maxWords = xinjiang ? index.maxLatinWords : index.maxOtherLatinWords;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.han()) {
                hanHits(w, i, xinjiang, out);
                continue;
            }
            StringBuilder key = new StringBuilder();
            Hit best = null;
            for (int j = i; j < words.size() && j - i < maxWords && !words.get(j).han(); j++) {
                if (j > i) {
                    key.append(' ');
                }
                key.append(words.get(j).key());
                String k = key.toString();
                PlaceIndex.Entry e = xinjiang ? index.latin.get(k) : null;
                if (e != null || !xinjiang && index.otherLatin.contains(k)) {
                    best = new Hit(w.start(), words.get(j).end(), i, j, e, k);
                }
            }
            if (best != null) {
                out.add(best);
                i = best.last();
            }
        }
        return out;
    }

    private void hanHits(Word run, int wordIndex, boolean xinjiang, List<Hit> out) {
        String s = run.key();
        int max = xinjiang ? index.maxHan : index.maxOtherHan;
        for (int i = 0; i < s.length();) {
            int len = Math.min(max, s.length() - i);
            for (; len >= 2; len--) {
                String k = s.substring(i, i + len);
                PlaceIndex.Entry e = xinjiang ? index.han.get(k) : null;
                if (e != null || !xinjiang && index.otherHan.contains(k)) {
                    out.add(new Hit(run.start() + i, run.start() + i + len, wordIndex, wordIndex, e, k));
                    break;
                }
            }
            i += len >= 2 ? len : 1;
        }
    }

    /**
     * A name right before a road word (Xinjiang Road, 新疆中路, Urumqi Middle Rd) names a street; a form ending
     * in an administrative word (阿克苏市南大街, Aksu City Road) still names the place.
     */
    private boolean isStreet(String text, List<Word> words, Hit h) {
        String last = h.form().substring(h.form().lastIndexOf(' ') + 1);
        if (index.is("admin", last) || index.is("admin", h.form().substring(h.form().length() - 1))) {
            return false;
        }
        int p = h.end();
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        if (p < text.length() && Scripts.isHan(text.codePointAt(p))) {
            return hanRoadAt(text, p);
        }
        int next = h.last() + 1;
        if (next >= words.size() || words.get(next).han() || !onlySpaces(text, h.end(), words.get(next).start())) {
            return false;
        }
        String k = words.get(next).key();
        if (index.is("road", k)) {
            return true;
        }
        return index.is("direction", k) && next + 1 < words.size() && !words.get(next + 1).han()
                && index.is("road", words.get(next + 1).key());
    }

    private boolean hanRoadAt(String text, int p) {
        int q = p;
        for (int n = 0; n < 2 && q < text.length() && index.is("direction", text.substring(q, q + 1)); n++) {
            q++;
        }
        for (int len = 2; len >= 1; len--) {
            if (q + len <= text.length() && index.is("road", text.substring(q, q + len))) {
                return true;
            }
        }
        return false;
    }

    /** A comma, semicolon or line break: where one part of an address ends. */
    private static boolean hasBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '\n' || c == '\uff0c') {
                return true;
            }
        }
        return false;
    }

    private static boolean onlySpaces(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the mention starts a company name: a company word follows it before the address goes on
     * (a comma in Latin text; a 省/市/路/号... character in Han text).
     */
    private boolean inCompanyName(String text, List<Word> words, PlaceMention m) {
        if (Scripts.isHan(m.matchedText().codePointAt(0))) {
            int to = Math.min(text.length(), m.end() + HAN_COMPANY_REACH);
            for (int i = m.end(); i < to; i++) {
                String c = text.substring(i, i + 1);
                if (index.is("address", c)) {
                    return false;
                }
                if (i + 2 <= to && index.is("company", text.substring(i, i + 2)) || index.is("company", c)) {
                    return true;
                }
            }
            return false;
        }
        int gapFrom = m.end();
        for (Word w : words) {
            if (w.start() < m.end()) {
                continue;
            }
            if (hasBreak(text, gapFrom, w.start())) {
                return false;
            }
            if (index.is("company", w.key())) {
                return true;
            }
            gapFrom = w.end();
        }
        return false;
    }
}
