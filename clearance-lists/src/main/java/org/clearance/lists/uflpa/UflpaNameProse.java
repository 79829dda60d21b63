package org.clearance.lists.uflpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the prose of a "Name of Entity" cell on the DHS UFLPA Entity List page. DHS writes structure
 * into that cell in words, and a screener needs it taken apart:
 * <ul>
 *   <li>aliases: "X (and one alias: Y)", "X (including two aliases: Y; and Z)", "X (also known as A; B;
 *       and C)", "X also known as Y";</li>
 *   <li>former names, kept apart: "X (formerly known as Y)", "(also known as A; and formerly known as B)";</li>
 *   <li>named subsidiaries, each listed in its own right: "X and its eight Zhuhai-based subsidiaries,
 *       which include A; B; and C" (or "A, B, and C"), "X and its subsidiary Y";</li>
 *   <li>parties listed without a name, kept as a note: "X and its subordinate and affiliated entities",
 *       "X, and Subsidiaries", "X and its subsidiaries".</li>
 * </ul>
 * Brackets that are no such phrase belong to the name: "Hoshine Silicon Industry (Shanshan) Co., Ltd".
 * Where DHS announces a number ("two aliases", "eight subsidiaries"), the list is split the way that
 * yields that number; if none does, the names read are kept and a note says so.
 */
final class UflpaNameProse {
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20));

    /** Where the entity's own names end and the parties listed with it begin. */
    private static final Pattern TAIL = Pattern.compile("(?i),?\\s+and\\s+(?=its\\s|subsidiaries\\b)");
    private static final Pattern SUBORDINATES = Pattern.compile("(?i)its\\s+subordinate\\s+and\\s+affiliated\\s+entities\\.?");
    private static final Pattern SUBSIDIARIES = Pattern.compile(
            "(?i)(?:its\\s+)?(?:(\\w+)\\s+)?(?:([\\w-]+)-based\\s+)?subsidiar(y|ies)\\b"
                    + "(?:,?\\s*(?:which\\s+include|including|namely)\\b|:)?\\s*(.*)");

    /** A phrase that introduces aliases or former names; group 1 is a count, group 3 marks former names. */
    private static final Pattern MARKER = Pattern.compile("(?i)(?:[;,]\\s*)?(?:\\band\\s+)?"
            + "(?:(?:and|including)\\s+(\\w+)\\s+alias(?:es)?\\s*:|(also\\s+known\\s+as|a\\.k\\.a\\.)"
            + "|(formerly\\s+known\\s+as|f\\.k\\.a\\.))\\s*");

    /** Company-form words that follow a comma inside one name: "Co., Ltd.". */
    private static final Pattern NAME_SUFFIX = Pattern.compile(
            "(?i)(?:ltd|limited|inc|llc|plc|s\\.?a|co|corp|gmbh|jsc|llp)\\.?");
    private static final Pattern LIST_AND = Pattern.compile("^(?i:and)\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private UflpaNameProse() {}

    static UflpaNames parse(String cell) {
        String text = SPACES.matcher(cell).replaceAll(" ").strip();
        List<String> notes = new ArrayList<>();
        List<UflpaNames> subsidiaries = new ArrayList<>();
        int tail = topLevelMatch(TAIL, text);
        String head = text;
        if (tail >= 0) {
            Matcher m = TAIL.matcher(text);
            m.find(tail);
            head = text.substring(0, tail);
            readTail(text.substring(m.end()).strip(), subsidiaries, notes);
        }
        Names names = readHead(head, notes);
        return new UflpaNames(names.primary, names.aliases, names.former, subsidiaries, notes);
    }

    private record Names(String primary, List<String> aliases, List<String> former) {}

    /**
     * The entity's name and the alias phrases after it. Bracket groups are stepped over whole, so a
     * bracket inside a name or an alias ("(Shanshan)") never ends it.
     */
    private static Names readHead(String head, List<String> notes) {
        List<String> aliases = new ArrayList<>();
        List<String> former = new ArrayList<>();
        StringBuilder after = new StringBuilder();
        int first = -1;
        int i = 0;
        while (i < head.length()) {
            if (head.charAt(i) == '(') {
                int close = closing(head, i);
                String inside = head.substring(i + 1, Math.min(close, head.length()));
                if (MARKER.matcher(inside).lookingAt()) {
                    readMarked(inside, aliases, former, notes);
                    first = first < 0 ? i : first;
                } else if (first >= 0) {
                    after.append(head, i, Math.min(close + 1, head.length()));
                }
                i = close + 1;
                continue;
            }
            if (first >= 0) {
                after.append(head.charAt(i));
            }
            i++;
        }
        if (first >= 0) {
            if (!after.toString().isBlank()) {
                notes.add("Also in the name cell: " + after.toString().strip());
            }
            return new Names(trimName(head.substring(0, first)), aliases, former);
        }
        int bare = topLevelMatch(MARKER, head);
        if (bare > 0) {
            readMarked(head.substring(bare), aliases, former, notes);
            return new Names(trimName(head.substring(0, bare)), aliases, former);
        }
        return new Names(trimName(head), aliases, former);
    }

    /** Reads "also known as A; B; and formerly known as C" into aliases and former names. */
    private static void readMarked(String text, List<String> aliases, List<String> former, List<String> notes) {
        Matcher m = MARKER.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        m.reset();
        for (int k = 0; m.find(); k++) {
            int end = k + 1 < spans.size() ? spans.get(k + 1)[0] : text.length();
            String list = text.substring(m.end(), end);
            int expected = count(m.group(1));
            List<String> names = split(list, expected, "names", notes);
            (m.group(3) != null ? former : aliases).addAll(names);
        }
    }

    private static void readTail(String tail, List<UflpaNames> subsidiaries, List<String> notes) {
        if (SUBORDINATES.matcher(tail).matches()) {
            notes.add("Listed with its subordinate and affiliated entities");
            return;
        }
        Matcher m = SUBSIDIARIES.matcher(tail);
        if (!m.matches()) {
            notes.add("Listed with: " + tail);
            return;
        }
        String list = m.group(4).strip();
        if (list.isEmpty() || list.equals(".")) {
            notes.add("Listed with its " + tail.replaceFirst("(?i)^its\\s+", "").replaceAll("\\.$", "")
                    + ", not named");
            return;
        }
        int expected = m.group(3).equalsIgnoreCase("y") ? 1 : count(m.group(1));
        for (String name : split(list, expected, "subsidiaries", notes)) {
            Names n = readHead(name, notes);
            subsidiaries.add(new UflpaNames(n.primary, n.aliases, n.former, List.of(), List.of()));
        }
    }

    /**
     * Splits a list of names: on ";" when DHS used it, else on commas that do not sit inside a name
     * ("Co., Ltd."), else on " and "; with an announced count, the first way that meets it wins.
     */
    static List<String> split(String text, int expected, String what, List<String> notes) {
        String t = text.strip().replaceAll("[;,]+$", "").strip();
        List<String> bySemicolon = items(t.split(";"));
        List<String> byComma = byComma(t);
        if (expected <= 0) {
            if (bySemicolon.size() > 1) {
                return bySemicolon;
            }
            return t.contains(", and ") ? byComma : bySemicolon;
        }
        for (List<String> candidate : List.of(bySemicolon, byComma, items(t.split("\\s+and\\s+")))) {
            if (candidate.size() == expected) {
                return candidate;
            }
        }
        notes.add(String.format("The source announces %d %s but lists: %s", expected, what, t));
        return bySemicolon;
    }

    private static List<String> byComma(String text) {
        List<String> parts = new ArrayList<>();
        for (String piece : text.split(",")) {
            String p = piece.strip();
            if (!parts.isEmpty() && NAME_SUFFIX.matcher(p).matches()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + ", " + p);
            } else {
                parts.add(p);
            }
        }
        return items(parts.toArray(String[]::new));
    }

    private static List<String> items(String[] pieces) {
        List<String> out = new ArrayList<>();
        for (String piece : pieces) {
            String p = piece.strip();
            if (!out.isEmpty()) {
                p = LIST_AND.matcher(p).replaceFirst("");
            }
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    private static int count(String word) {
        if (word == null) {
            return 0;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(w);
        }
        return NUMBER_WORDS.getOrDefault(w, 0);
    }

    /** Index of the first match of {@code p} outside brackets, or -1. */
    private static int topLevelMatch(Pattern p, String text) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            if (depthAt(text, m.start()) == 0) {
                return m.start();
            }
        }
        return -1;
    }

    private static int depthAt(String text, int end) {
        int depth = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return depth;
    }

    /** The index of the bracket closing the one at {@code open}; the text's end if it never closes. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    private static String trimName(String s) {
        return s.strip().replaceAll(",$", "").strip();
    }
}
