package org.clearance.names.transcribed;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.clearance.io.TsvResource;

/**
 * The rows of {@code transcription.tsv}, {@code particles.tsv}, {@code titles.tsv} and {@code conventional.tsv}, by
 * script, position and reading.
 */
final class TranscriptionTable {
    /** The scripts whose transcriptions of foreign names the table knows, by their code in the files. */
    enum Script { JA, KO, ZH }

    enum Position { PAIR, ONSET, VOWEL, CODA, HAN }

    /** The reading the table gives a syllable that begins with a vowel. */
    static final String NO_ONSET = "-";
    private static final String NONE = "-";

    /**
     * One row: a written sound with what leaving it out costs and, for an onset, the vowels that may follow it
     * only because the script needs a vowel there.
     */
    record Unit(String reading, Segment segment, Set<String> epenthetic) {}

    private record Key(Script script, Position position, String reading) {}

    private final Map<Key, Unit> units;
    private final Map<Key, List<String>> particles;
    private final Map<Key, List<String>> titles;
    private final Map<Key, List<String>> conventional;

    private TranscriptionTable(Map<Key, Unit> units, Map<Key, List<String>> particles, Map<Key, List<String>> titles,
            Map<Key, List<String>> conventional) {
        this.units = Map.copyOf(units);
        this.particles = Map.copyOf(particles);
        this.titles = Map.copyOf(titles);
        this.conventional = Map.copyOf(conventional);
    }

    static TranscriptionTable load() {
        Map<Key, Unit> units = new HashMap<>();
        for (String[] row : TsvResource.rows(TranscriptionTable.class, "transcription.tsv")) {
            if (row.length != 6) {
                throw new IllegalStateException("transcription.tsv: bad row " + String.join("|", row));
            }
            Position position = Position.valueOf(row[1].toUpperCase(Locale.ROOT));
            String[] spellings = NONE.equals(row[3]) ? new String[0] : row[3].split(" ");
            // two vowels spelt as another single one have lost one: as dear as a written vowel left out (Faisal, Fazal)
            int changed = position == Position.PAIR ? TranscribedAlignment.VOWEL_LEFT_OUT
                    : position == Position.VOWEL ? TranscribedAlignment.VOWEL_CHANGED : TranscribedAlignment.EDIT;
            Segment segment = new Segment(position == Position.VOWEL || position == Position.PAIR, spellings, leftOut(row[4]),
                    changed);
            Set<String> epenthetic = NONE.equals(row[5]) ? Set.of() : Set.of(row[5].split(" "));
            if (units.put(new Key(script(row[0]), position, row[2]), new Unit(row[2], segment, epenthetic)) != null) {
                throw new IllegalStateException("transcription.tsv: row twice: " + String.join("|", row));
            }
        }
        return new TranscriptionTable(units, words("particles.tsv"), words("titles.tsv"), words("conventional.tsv"));
    }

    /** Rows of written words and their Latin forms: script, word, forms (space-separated). */
    private static Map<Key, List<String>> words(String file) {
        Map<Key, List<String>> out = new HashMap<>();
        for (String[] row : TsvResource.rows(TranscriptionTable.class, file)) {
            if (row.length != 3 || out.put(new Key(script(row[0]), null, row[1]), List.of(row[2].split(" "))) != null) {
                throw new IllegalStateException(file + ": bad or repeated row " + String.join("|", row));
            }
        }
        return out;
    }

    /** The row of a written sound, or null when the table has none (the word is then no transcription it reads). */
    Unit unit(Script script, Position position, String reading) {
        return units.get(new Key(script, position, reading));
    }

    /** The spellings of two vowels in a row that Latin may write as one (ア+イ as the i of Michael), or null. */
    Segment pair(Script script, String first, String second) {
        Unit u = units.get(new Key(script, Position.PAIR, first + PAIR_JOIN + second));
        return u == null ? null : u.segment();
    }

    private static final String PAIR_JOIN = "+";

    /** How the transcription tables read a Han character whose commonest reading is another (勒 le, not lei); else null. */
    String hanReading(String character) {
        Unit u = units.get(new Key(Script.ZH, Position.HAN, character));
        return u == null ? null : u.segment().spellings()[0];
    }

    /** The Latin forms of a particle as written in the script, or an empty list. */
    List<String> particle(Script script, String word) {
        return particles.getOrDefault(new Key(script, null, word), List.of());
    }

    /** The Latin forms of a title as written in the script (亲王 prince), or an empty list. */
    List<String> title(Script script, String word) {
        return titles.getOrDefault(new Key(script, null, word), List.of());
    }

    /** The titles of a script as written, longest first (王储 before 王). */
    List<String> titles(Script script) {
        return titles.keySet().stream().filter(k -> k.script() == script).map(Key::reading)
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The Latin forms of a word the script writes in a form fixed by custom (沙特 Saud), or an empty list. */
    List<String> conventional(Script script, String word) {
        return conventional.getOrDefault(new Key(script, null, word), List.of());
    }

    private static Script script(String code) {
        return Script.valueOf(code.toUpperCase(Locale.ROOT));
    }

    private static int leftOut(String omit) {
        return switch (omit) {
            case "edit" -> TranscribedAlignment.EDIT;
            case "vowel" -> TranscribedAlignment.VOWEL_LEFT_OUT;
            case "free", NONE -> 0;
            default -> throw new IllegalStateException("transcription.tsv: unknown omit " + omit);
        };
    }
}
