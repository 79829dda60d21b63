package org.clearance.lists;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.junit.jupiter.api.Test;

/**
 * Any bytes, given to any list format, are read or refused with a {@link ListParseException} naming the file:
 * no other exception, no hang, no heap filled. Jazzer runs it coverage-guided when {@code JAZZER_FUZZ} is set (the
 * build sets it, for {@code fuzz.duration}), and otherwise replays the seeds and every crash found so far, kept as
 * regression inputs in {@code ListParserFuzzTestInputs}: each seed is the start of a real list file of one format,
 * with the format's position in {@link ListFormats#all()} as its last byte.
 */
class ListParserFuzzTest {
    private static final List<ListFormat> FORMATS = ListFormats.all();
    private static final Path FILE = temporaryFile();
    private static final String SEED = "seed-";

    @FuzzTest(maxDuration = "20s")
    void anyFileIsReadOrRefusedByName(FuzzedDataProvider data) throws IOException {
        ListFormat format = FORMATS.get(data.consumeInt(0, FORMATS.size() - 1));
        Files.write(FILE, data.consumeRemainingAsBytes());
        try {
            format.parse(ListInput.of(FILE), "fuzz", e -> {});
        } catch (ListParseException e) {
            assertThat(e.getMessage()).as(format.id()).startsWith(FILE.toString());
        }
    }

    private static Path temporaryFile() {
        try {
            Path file = Files.createTempFile("clearance-fuzz", ".list");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
