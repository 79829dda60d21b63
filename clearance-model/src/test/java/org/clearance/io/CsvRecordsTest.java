package org.clearance.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {
    private static final CSVFormat HEADED = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get();

    private static List<Long> lines(String csv) throws Exception {
        CsvRecords r = CsvRecords.open(new StringReader(csv), HEADED, "t.csv");
        List<Long> out = new ArrayList<>();
        for (CsvRecords.Row row = r.next(); row != null; row = r.next()) {
            out.add(row.line());
        }
        return out;
    }

    @Test
    void eachRowKnowsItsFirstLineAcrossEmptyLinesAndQuotedLineBreaks() throws Exception {
        assertThat(lines("a,b\n1,2\n\n\n3,4\n")).containsExactly(2L, 5L);
        assertThat(lines("a,b\n\"x\ny\",2\n5,6\n\n7,8")).containsExactly(2L, 4L, 6L);
        assertThat(lines("a,b\r\n1,2\r\n\r\n3,4\r\n")).containsExactly(2L, 4L);
    }
}
