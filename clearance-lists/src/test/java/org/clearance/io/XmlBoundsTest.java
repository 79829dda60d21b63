package org.clearance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import javax.xml.stream.XMLStreamConstants;
import org.clearance.lists.ListFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XML whose one text node or attribute would fill the heap is refused after a bounded read. The hostile
 * streams are generated as they are read (2 GB each, never written anywhere), behind the real UN list's head.
 */
class XmlBoundsTest {
    private static final Path UN = Path.of(System.getProperty("clearance.shared"), "data", "lists", "un", "consolidated.xml");
    private static final long TWO_GB = 2L << 30;

    /** The first lines of the real UN list, up to and including the given text, then {@code filler} for 2 GB. */
    private static final class Hostile extends InputStream {
        private final byte filler;
        long served;

        Hostile(byte filler) {
            this.filler = filler;
        }

        @Override
        public int read() {
            return served++ < TWO_GB ? filler : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = (int) Math.min(len, TWO_GB - served);
            if (n <= 0) {
                return -1;
            }
            Arrays.fill(b, off, off + n, filler);
            served += n;
            return n;
        }
    }

    private static InputStream unHeadThen(String opening, InputStream rest) throws Exception {
        String head = String.join("\n", Files.readAllLines(UN).subList(0, 3)) + "\n" + opening;
        return new SequenceInputStream(new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), rest);
    }

    /** Reads as a list parser does: every element's text, down the tree. */
    private static void readAll(SafeXml.Reader xml) throws ListParseException {
        for (int ev = xml.nextTag(); ev != XMLStreamConstants.END_DOCUMENT; ev = xml.nextTag()) {
            if (ev == XMLStreamConstants.START_ELEMENT && xml.name().equals("FIRST_NAME")) {
                xml.text();
            }
        }
    }

    @Test
    void aTextNodeOfTwoGigabytesIsRefusedNamingItsElement() throws Exception {
        Hostile rest = new Hostile((byte) 'A');
        try (SafeXml.Reader xml = SafeXml.open(unHeadThen("<INDIVIDUAL><FIRST_NAME>", rest), "un.xml")) {
            assertThatThrownBy(() -> readAll(xml)).isInstanceOf(ListParseException.class)
                    .hasMessageContaining("un.xml:")
                    .hasMessageContaining("field FIRST_NAME: the text runs past 65,536 characters");
        }
        assertThat(rest.served).isLessThan(1 << 20);
    }

    @Test
    void twoGigabytesOfSpacesBetweenElementsAreRefused() throws Exception {
        Hostile rest = new Hostile((byte) ' ');
        try (SafeXml.Reader xml = SafeXml.open(unHeadThen("", rest), "un.xml")) {
            assertThatThrownBy(() -> readAll(xml)).isInstanceOf(ListParseException.class)
                    .hasMessageContaining("un.xml:4: more than 131,072 characters without markup");
        }
        assertThat(rest.served).isLessThan(1 << 20);
    }

    @Test
    void anAttributeOfTwoGigabytesIsRefused() throws Exception {
        Hostile rest = new Hostile((byte) 'A');
        try (SafeXml.Reader xml = SafeXml.open(unHeadThen("<INDIVIDUAL note=\"", rest), "un.xml")) {
            assertThatThrownBy(() -> readAll(xml)).isInstanceOf(ListParseException.class)
                    .hasMessageContaining("more than 131,072 characters without markup");
        }
        assertThat(rest.served).isLessThan(1 << 20);
    }

    @Test
    void aRealListStillReadsWhole() throws Exception {
        int[] n = {0};
        ListFormats.detect(Sniff.of(ListInput.of(UN))).parse(ListInput.of(UN), "un_sc_sanctions", e -> n[0]++);
        assertThat(n[0]).isGreaterThan(900);
    }

    /**
     * A bomb behind an incompressible tail: over the whole file it expands only about 60 times, under the limit of
     * 100, so judged against the file's size it was read to the end; judged as it is read, it is stopped at once.
     */
    @Test
    void aGzipBombIsJudgedAsItIsReadNotAgainstTheWholeFile(@TempDir Path tmp) throws Exception {
        Path gz = tmp.resolve("un.xml.gz");
        byte[] noise = new byte[3 << 20];
        new Random(20261206).nextBytes(noise);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            unHeadThen("", InputStream.nullInputStream()).transferTo(out);
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 190; i++) {
                out.write(spaces);
            }
            out.write(noise);
        }
        assertThat((190L << 20) / Files.size(gz)).isLessThan(InputLimits.DEFAULT.maxRatio());
        assertThatThrownBy(() -> {
            try (InputStream in = ListInput.of(gz).open()) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }).isInstanceOf(InputRefusedException.class).hasMessageContaining("expands more than 100 times");
    }
}
