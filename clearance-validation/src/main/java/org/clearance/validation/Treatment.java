package org.clearance.validation;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.clearance.model.Entity;
import org.clearance.model.PartialDate;

/**
 * One documented way a listed name reaches a screening changed, as a seeded generator of test queries
 * ("above the line" testing): the filter should still find the entry the query was made from.
 *
 * @param id          short name, as the report and {@code --csv} write it
 * @param description what it does to a name, in a reviewer's words
 * @param everyEntry  applied to every entry it fits rather than to the sample: few entries have the names it needs
 *                    (Chinese characters, Uyghur, Cyrillic or Arabic script), and a sample would leave it a case or two
 * @param maker       makes the test query from one entry, or nothing when the entry has no name it applies to
 */
public record Treatment(String id, String description, boolean everyEntry, Maker maker) {
    /** Makes one test query from an entry; the same entry and random state give the same query. */
    @FunctionalInterface
    public interface Maker {
        Optional<Variant> make(Entity entry, RandomGenerator random);
    }

    /**
     * A test query.
     *
     * @param from       the listed name it was made from
     * @param name       the name screened
     * @param birthDates birth dates given with it (empty: the name alone)
     */
    public record Variant(String from, String name, List<PartialDate> birthDates) {
        public Variant {
            birthDates = List.copyOf(birthDates);
        }

        static Optional<Variant> of(String from, String name) {
            return name == null || name.isBlank() || name.equals(from) ? Optional.empty() : Optional.of(new Variant(from, name, List.of()));
        }
    }

    public Optional<Variant> make(Entity entry, RandomGenerator random) {
        return maker.make(entry, random);
    }
}
