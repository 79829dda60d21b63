package org.clearance.validation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;
import org.apache.commons.csv.CSVFormat;
import org.clearance.io.CsvRecords;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;

/**
 * People known to be on no list, for below-the-line testing: every alert on one is a false alert. From the user's
 * file (their customers known to be clear) or made up by Datafaker's name generators in many locales, each
 * writing names in its own script and manner, honorifics included.
 */
public final class NegativeNames {
    /** One person on no list. */
    public record Negative(String id, String name, String locale) {}

    /**
     * The locales generated: the scripts and naming customs the lists' names come from, and those of the
     * customers screened against them. Chinese, Japanese and Korean names come in their own characters.
     */
    public static final List<String> LOCALES = List.of("en-US", "en-GB", "en-IND", "en-NG", "de", "fr", "es", "pt-BR", "it", "pl",
            "tr", "ru", "uk", "el", "ar", "fa", "he", "zh-CN", "zh-TW", "ja", "ko", "vi", "id", "th", "hy");

    private NegativeNames() {}

    /**
     * Reads a file of people on no list: a CSV with a header holding {@code name}, and optionally {@code id} and
     * {@code locale} (the format of {@code screen-dev-negatives-world.csv}). A row with no name is an error naming
     * its line.
     */
    public static List<Negative> read(ListInput input) throws IOException, ListParseException {
        List<Negative> out = new ArrayList<>();
        CSVFormat headed = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (CsvRecords in = CsvRecords.open(input, headed)) {
            in.requireColumns(List.of("name"));
            for (CsvRecords.Row r = in.next(); r != null; r = in.next()) {
                if (r.get("name").isEmpty()) {
                    throw new ListParseException(input.name(), r.line(), 0, "name", "the name is empty");
                }
                String id = r.get("id").isEmpty() ? "line" + r.line() : r.get("id");
                out.add(new Negative(id, r.get("name"), r.get("locale").isEmpty() ? "-" : r.get("locale")));
            }
        }
        return out;
    }

    /** {@code perLocale} made-up people of each of {@link #LOCALES}, the same for the same seed. */
    public static List<Negative> generate(int perLocale, long seed) {
        List<Negative> out = new ArrayList<>();
        for (String tag : LOCALES) {
            Faker faker = new Faker(Locale.forLanguageTag(tag), new Random(seed ^ tag.hashCode()));
            for (int i = 0; i < perLocale; i++) {
                out.add(new Negative(tag + "-" + i, faker.name().fullName(), tag));
            }
        }
        return out;
    }
}
