package org.clearance.names.japanese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * isJapanese on the shared development names (id,name,locale), broadly: most Japanese names are recognised and
 * few Chinese ones are taken for Japanese. Skipped where the file is not present.
 */
class JapaneseNamesDevSetTest {
    private static final Path DEV = Path.of("/work/shared/eval/screen-dev-negatives-world.csv");

    @Test
    void japaneseRecognisedChineseNot() throws IOException {
        assumeTrue(Files.isReadable(DEV), "development set not present");
        JapaneseNames names = JapaneseNames.get();
        int ja = 0, jaYes = 0, zh = 0, zhYes = 0;
        try (Reader in = Files.newBufferedReader(DEV)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String locale = r.get("locale");
                boolean japanese = names.isJapanese(r.get("name"));
                if (locale.equals("ja")) {
                    ja++;
                    jaYes += japanese ? 1 : 0;
                } else if (locale.startsWith("zh")) {
                    zh++;
                    zhYes += japanese ? 1 : 0;
                }
            }
        }
        assumeTrue(ja > 0 && zh > 0, "no Japanese or Chinese rows");
        assertThat((double) jaYes / ja).as("Japanese recognised").isGreaterThanOrEqualTo(0.90);
        assertThat((double) zhYes / zh).as("Chinese taken for Japanese").isLessThanOrEqualTo(0.05);
    }
}
