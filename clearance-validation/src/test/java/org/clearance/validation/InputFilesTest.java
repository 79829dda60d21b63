package org.clearance.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.model.EntityLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's own files that {@code validate} reads (people on no list, judged pairs), refused by name and line when broken. */
class InputFilesTest {
    @TempDir
    Path tmp;

    @Test
    void anEmptyFileIsRefusedByName() throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.csv"));
        assertThat(negativesRefusal(empty)).hasMessageStartingWith(empty.toString());
        assertThat(pairsRefusal(empty)).hasMessageStartingWith(empty.toString());
    }

    @Test
    void brokenQuotingAndAnEmptyNameAreRefusedWithTheirLine() throws Exception {
        Path quote = Files.writeString(tmp.resolve("quote.csv"), "id,name\n1,Anna Berg\n2,\"Karl Holm\n3,Eva Lind\n");
        assertThat(negativesRefusal(quote)).hasMessageStartingWith(quote.toString());
        Path nameless = Files.writeString(tmp.resolve("nameless.csv"), "id,name\n1,Anna Berg\n2,\n");
        assertThat(negativesRefusal(nameless).line()).isEqualTo(3);
        Path label = Files.writeString(tmp.resolve("label.csv"), "name1,name2,is_match\nA B,A B,true\nA B,C D,maybe\n");
        assertThat(pairsRefusal(label)).hasMessageContaining("'maybe' is neither true nor false");
        assertThat(pairsRefusal(label).line()).isEqualTo(3);
    }

    @Test
    void aLatin1FileAndAnOversizedNameAreRefused() throws Exception {
        Path latin1 = Files.write(tmp.resolve("latin1.csv"), "id,name\n1,Ren\u00e9e Dubois\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(negativesRefusal(latin1).line()).isEqualTo(2);
        Path huge = Files.writeString(tmp.resolve("huge.csv"), "id,name\n1," + "a".repeat(EntityLimits.MAX_TEXT_CHARS + 1) + "\n");
        assertThat(negativesRefusal(huge)).hasMessageStartingWith(huge.toString());
    }

    @Test
    void wellFormedFilesAreRead() throws Exception {
        Path people = Files.writeString(tmp.resolve("people.csv"), "id,name,locale\n1,Anna Berg,sv\n\n2,Карл Холм,ru\n");
        assertThat(NegativeNames.read(ListInput.of(people))).extracting(NegativeNames.Negative::name)
                .containsExactly("Anna Berg", "Карл Холм");
    }

    private static ListParseException negativesRefusal(Path file) {
        Throwable t = catchThrowable(() -> NegativeNames.read(ListInput.of(file)));
        assertThat(t).isInstanceOf(ListParseException.class);
        return (ListParseException) t;
    }

    private static ListParseException pairsRefusal(Path file) {
        Throwable t = catchThrowable(() -> LabelledPairs.read(ListInput.of(file)));
        assertThat(t).isInstanceOf(ListParseException.class);
        return (ListParseException) t;
    }
}
