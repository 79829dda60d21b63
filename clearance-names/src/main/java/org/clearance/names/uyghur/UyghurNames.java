package org.clearance.names.uyghur;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clearance.names.Scripts;

/**
 * Uyghur personal names across their three written forms: Uyghur Latin (ULY) and other Latin
 * spellings, Uyghur Arabic script, and Chinese characters with their pinyin reading.
 *
 * <p>{@link #readings} and {@link #segmentHan} name the known elements of {@code name-elements.tsv}
 * by their canonical ULY reading (lower-case ASCII: ö, ü, é folded to o, u, e); {@link #skeleton}
 * is a phonetic key that lets names no table knows meet across ULY, English and pinyin spellings
 * (rules and reasons in {@code skeleton-rules.tsv}). Loaded once; immutable and thread-safe.
 */
public final class UyghurNames {
    private static final class Holder {
        static final UyghurNames INSTANCE = new UyghurNames(ElementTable.load(), Skeleton.load());
    }

    private final ElementTable table;
    private final Skeleton skeleton;
    private final HanSegmenter segmenter;

    private UyghurNames(ElementTable table, Skeleton skeleton) {
        this.table = table;
        this.skeleton = skeleton;
        this.segmenter = new HanSegmenter(table);
    }

    /** The shared instance (tables are read on first use). */
    public static UyghurNames get() {
        return Holder.INSTANCE;
    }

    /**
     * Canonical ULY readings of ONE name part written as a Latin spelling ("mehmet"), in Arabic
     * script, as one Han rendering ("买买提") or its pinyin, joined or spaced ("mai mai ti"):
     * all give ["memet"]. Empty when the part is no known element (or null).
     */
    public List<String> readings(String part) {
        if (part == null || part.isEmpty()) {
            return List.of();
        }
        if (Scripts.hasHan(part)) {
            return table.han(hanOnly(part));
        }
        String latin = containsArabic(part) ? UyghurScript.toLatin(part) : part;
        return table.latin(LatinFold.letters(latin));
    }

    /**
     * One name part as Uyghur Arabic script and as its usual Han rendering ("Mehmet" gives مەمەت and
     * 买买提), by its first reading; empty when the part is no known element. For writing test names in the
     * other forms a Uyghur name takes; screening reads them through {@link #readings}.
     */
    public List<String> writtenForms(String latinPart) {
        List<String> read = readings(latinPart);
        return read.isEmpty() ? List.of() : table.writtenForms(read.get(0));
    }

    /**
     * A whole Han-character Uyghur name ("艾尔肯·吐尼亚孜", "买买提明") cut into elements, each with
     * its canonical readings; a stretch no table knows gives one element whose only reading is
     * the {@link #skeleton} of its pinyin. Non-Han characters separate elements. Null or no Han
     * characters give an empty list.
     */
    public List<List<String>> segmentHan(String han) {
        if (han == null || han.isEmpty()) {
            return List.of();
        }
        List<List<String>> elements = new ArrayList<>();
        for (HanSegmenter.Piece piece : pieces(han)) {
            elements.add(piece.known() ? table.han(piece.han()) : List.of(skeleton.key(HanPinyin.of(piece.han()))));
        }
        return List.copyOf(elements);
    }

    /**
     * Whether Han text is Uyghur elements through and through: every stretch of it a known element, none read as
     * a mere skeleton. A foreign name transcribed in characters (萨勒曼 Salman) is not.
     */
    public boolean isKnownHan(String han) {
        List<HanSegmenter.Piece> pieces = pieces(han);
        return !pieces.isEmpty() && pieces.stream().allMatch(HanSegmenter.Piece::known);
    }

    /**
     * Whether no stretch of Han text is a known element: a word of a foreign name that Uyghurs do not share
     * (哈梅内伊 Khamenei), where {@link #segmentHan} has only a skeleton to give.
     */
    public boolean knowsNoneOf(String han) {
        return pieces(han).stream().noneMatch(HanSegmenter.Piece::known);
    }

    /** The Han runs of the text as known elements and unknown stretches; other characters separate runs. */
    private List<HanSegmenter.Piece> pieces(String han) {
        List<HanSegmenter.Piece> pieces = new ArrayList<>();
        int[] codePoints = han.codePoints().toArray();
        int start = 0;
        while (start < codePoints.length) {
            int end = start;
            while (end < codePoints.length && Scripts.isHan(codePoints[end])) {
                end++;
            }
            if (end > start) {
                pieces.addAll(segmenter.segment(Arrays.copyOfRange(codePoints, start, end)));
                start = end;
            } else {
                start++;
            }
        }
        return pieces;
    }

    /**
     * Phonetic key of one name part in Latin letters (ULY, English or Russian-style spelling, or
     * pinyin): "Tuniyaz" and "tuniyazi", "Erkin" and "aierken", "Memet" and "maimaiti" give one key.
     * Arabic-script text is read as ULY and Han characters as pinyin first; other letters are
     * ignored; null or empty gives "".
     */
    public String skeleton(String latinOrPinyin) {
        if (latinOrPinyin == null || latinOrPinyin.isEmpty()) {
            return "";
        }
        if (Scripts.hasHan(latinOrPinyin)) {
            return skeleton.key(HanPinyin.of(latinOrPinyin));
        }
        if (containsArabic(latinOrPinyin)) {
            return skeleton.key(UyghurScript.toLatin(latinOrPinyin));
        }
        return skeleton.key(latinOrPinyin);
    }

    private static String hanOnly(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Scripts::isHan).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean containsArabic(String text) {
        return text.codePoints().anyMatch(c -> UScript.getScript(c) == UScript.ARABIC);
    }
}
