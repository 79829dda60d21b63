package org.clearance.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.testing.SharedData;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every list format owes its user when a file cannot be read: a {@link ListParseException} whose
 * message starts with the file's path and names the line, never a half-read list. Each format is tried on
 * a real file of its own, broken the ways downloads and editors break files: empty, cut off in the middle
 * of a line, a Latin-1 byte where UTF-8 was promised, and (XML) a DOCTYPE. What is wrong in a format's own
 * terms (a missing column, a record without a name) is tested with that format. A cut that falls exactly
 * between two fields of a CSV file's last line cannot be told from a shorter file: CSV lists declare no
 * count, and some (trade.gov's) end without a line break, so a missing final line break proves nothing.
 */
class ListRefusalContractTest {
    /** One real file per format: from {@code shared/data} where a whole published file is there, else the format's test sample. */
    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("ofac-legacy-xml", "data:lists/ofac/consolidated/consolidated.xml"),
            Map.entry("ofac-legacy-csv", "data:lists/ofac/sdn.csv"),
            Map.entry("ofac-enhanced-xml", "data:lists/ofac/consolidated/CONS_ENHANCED.XML"),
            Map.entry("un-consolidated-xml", "data:lists/un/consolidated.xml"),
            Map.entry("ca-sema-xml", "data:lists/ca/sema-autonomous-sanctions.xml"),
            Map.entry("uflpa-csv", "data:uflpa/uflpa_entity_list.csv"),
            Map.entry("uflpa-dhs-html", "test:/lists/uflpa/uflpa-entity-list-sample.html"),
            Map.entry("trade-csl-csv", "data:lists/csl/consolidated-partial-2025.csv"),
            Map.entry("trade-csl-json", "test:/lists/csl/consolidated-sample.json"),
            Map.entry("bis-dpl-txt", "data:lists/csl/dpl-2021.txt"),
            Map.entry("eu-fsf-xml", "test:/lists/eu/eu-fsf-sample.xml"),
            Map.entry("eu-fsf-csv", "test:/lists/eu/eu-fsf-sample.csv"),
            Map.entry("uk-fcdo-xml", "test:/lists/uk/fcdo-uk-sanctions-list-sample.xml"),
            Map.entry("uk-ofsi-csv", "test:/lists/uk/ofsi-conlist-sample.csv"),
            Map.entry("ftm-json", "data:lists/opensanctions/zala/entities.ftm.json"));

    static List<Named<ListFormat>> formats() {
        return ListFormats.all().stream().map(f -> Named.of(f.id(), f)).toList();
    }

    @Test
    void everyFormatHasASample() {
        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(ListFormats.all().stream().map(ListFormat::id).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void anEmptyFileIsRefusedByName(ListFormat format, @TempDir Path tmp) throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.list"));
        assertThat(refusal(format, empty)).hasMessageContaining("empty.list: the file is empty");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void theSampleItselfIsRead(ListFormat format) throws Exception {
        Path sample = sample(format);
        long[] entities = {0};
        format.parse(ListInput.of(sample), "test", e -> entities[0]++);
        assertThat(entities[0]).as("entities read from " + sample).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aFileCutOffInTheMiddleOfALineIsRefusedWithTheLine(ListFormat format, @TempDir Path tmp) throws Exception {
        byte[] bytes = Files.readAllBytes(sample(format));
        int lineEnd = lineEndAfter(bytes, bytes.length * 2 / 3);
        int cutAt = lineEnd - lineLength(bytes, lineEnd) / 2;
        Path cut = Files.write(tmp.resolve("cut"), Arrays.copyOf(bytes, cutAt));
        assertThat(refusal(format, cut).line()).as("the line named").isGreaterThan(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aLatin1ByteIsRefusedWithItsLine(ListFormat format, @TempDir Path tmp) throws Exception {
        byte[] bytes = Files.readAllBytes(sample(format));
        int lineStart = lineEndAfter(bytes, bytes.length / 3) + 1;
        byte[] broken = insert(bytes, lineStart + 1, "\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Path latin1 = Files.write(tmp.resolve("latin1"), broken);
        assertThat(refusal(format, latin1).line()).isEqualTo(linesBefore(bytes, lineStart) + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void anXmlFileWithADoctypeIsRefused(ListFormat format, @TempDir Path tmp) throws Exception {
        byte[] bytes = Files.readAllBytes(sample(format));
        String head = new String(bytes, 0, Math.min(200, bytes.length), StandardCharsets.UTF_8);
        assumeThat(head).as("an XML format").contains("<?xml");
        int afterDeclaration = head.indexOf("?>") + 2;
        byte[] doctype = "\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>".getBytes(StandardCharsets.UTF_8);
        Path xxe = Files.write(tmp.resolve("xxe"), insert(bytes, afterDeclaration, doctype));
        assertThat(refusal(format, xxe)).hasMessageContaining("DOCTYPE");
    }

    private static ListParseException refusal(ListFormat format, Path file) {
        Throwable t = catchThrowable(() -> format.parse(ListInput.of(file), "test", e -> { }));
        assertThat(t).isInstanceOf(ListParseException.class).hasMessageStartingWith(file.toString());
        return (ListParseException) t;
    }

    private static Path sample(ListFormat format) {
        String where = SAMPLES.get(format.id());
        assertThat(where).as("a sample of " + format.id()).isNotNull();
        return where.startsWith("data:") ? SharedData.path(where.substring(5)) : SharedData.resource(where.substring(5));
    }

    /** The index of the first newline at or after {@code from} that ends a line with some text on it. */
    private static int lineEndAfter(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n' && lineLength(bytes, i) > 4) {
                return i;
            }
        }
        throw new AssertionError("no line ends after byte " + from);
    }

    /** The length of the line that ends at this newline, without its CR. */
    private static int lineLength(byte[] bytes, int newline) {
        int start = newline;
        while (start > 0 && bytes[start - 1] != '\n') {
            start--;
        }
        int end = newline > 0 && bytes[newline - 1] == '\r' ? newline - 1 : newline;
        return new String(bytes, start, end - start, StandardCharsets.UTF_8).strip().length();
    }

    private static int linesBefore(byte[] bytes, int at) {
        int lines = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                lines++;
            }
        }
        return lines;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        byte[] out = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
        return out;
    }
}
