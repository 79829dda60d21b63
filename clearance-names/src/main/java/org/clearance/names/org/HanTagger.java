package org.clearance.names.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clearance.names.chinese.ChineseNames;

/**
 * Tags a Chinese-character company name the way such names are built (place + trade name + industry
 * + legal form, 珠海 奔图 电子 有限公司). Brackets and punctuation split the name into segments
 * (新疆中泰(集团)有限责任公司); in each, a trailing legal form and leading places are taken off, then
 * generic words are found by longest match. A place is also recognised right after a generic word,
 * where a new part of the name starts (中国棉花集团河南物流园); elsewhere two characters that happen
 * to spell a city stay part of the trade name. A one-character generic word (厂) counts only at the end
 * of a segment, since single characters inside a trade name are rarely that word.
 */
final class HanTagger {
    private final OrgLexicon lex;

    HanTagger(OrgLexicon lex) {
        this.lex = lex;
    }

    /**
     * @param written the name as written; its words are looked up in simplified characters (電子 as 电子), as the tables
     *                write them, while each part keeps the characters written
     */
    List<OrgToken> tag(String written) {
        String simplified = ChineseNames.get().simplified(written);
        // a character whose simplified form is longer (or shorter) would move every offset after it: looked up as written
        String text = simplified.length() == written.length() ? simplified : written;
        List<OrgToken> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isNamePart(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isNamePart(text.charAt(end))) {
                end++;
            }
            tagSegment(text, i, end, out);
            i = end;
        }
        return out.stream().map(t -> new OrgToken(written.substring(t.start(), t.end()), t.kind(), t.legalFormClass(), t.weight(),
                t.start(), t.end())).toList();
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c);
    }

    private void tagSegment(String text, int start, int end, List<OrgToken> out) {
        OrgToken form = trailing(text, start, end, lex.hanForms);
        int stop = form == null ? end : form.start();
        int i = start;
        boolean placeAllowed = true;
        int otherStart = -1;
        while (i < stop) {
            OrgToken t = placeAllowed ? prefix(text, i, stop, lex.hanPlaces) : null;
            if (t == null) {
                t = genericAt(text, i, stop);
            }
            if (t == null && Character.isDigit(text.charAt(i))) {
                int j = i;
                while (j < stop && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                t = new OrgToken(text.substring(i, j), OrgTokenKind.NUMBER, null, lex.numberWeight, i, j);
            }
            if (t == null) {
                otherStart = otherStart < 0 ? i : otherStart;
                i++;
                placeAllowed = false;
                continue;
            }
            flushOther(text, otherStart, i, out);
            otherStart = -1;
            out.add(t);
            placeAllowed = t.kind() != OrgTokenKind.NUMBER;
            i = t.end();
        }
        flushOther(text, otherStart, stop, out);
        if (form != null) {
            out.add(form);
        }
    }

    private OrgToken genericAt(String text, int i, int stop) {
        OrgToken t = prefix(text, i, stop, lex.hanWords);
        if (t != null && t.end() - t.start() == 1 && t.end() != stop) {
            return null;
        }
        return t;
    }

    private void flushOther(String text, int from, int to, List<OrgToken> out) {
        if (from >= 0 && to > from) {
            out.add(new OrgToken(text.substring(from, to), OrgTokenKind.OTHER, null, lex.otherWeight, from, to));
        }
    }

    private OrgToken prefix(String text, int start, int stop, Map<String, LexEntry> table) {
        for (int len = Math.min(lex.maxHanLength, stop - start); len >= 1; len--) {
            String s = text.substring(start, start + len);
            LexEntry e = table.get(s);
            if (e != null) {
                return e.token(s, start, start + len);
            }
        }
        return null;
    }

    private OrgToken trailing(String text, int start, int end, Map<String, LexEntry> table) {
        for (int len = Math.min(lex.maxHanLength, end - start); len >= 1; len--) {
            String s = text.substring(end - len, end);
            LexEntry e = table.get(s);
            if (e != null) {
                return e.token(s, end - len, end);
            }
        }
        return null;
    }
}
