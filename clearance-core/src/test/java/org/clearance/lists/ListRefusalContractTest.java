package org.clearance.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every list format owes its user when a file cannot be read: a {@link ListParseException} whose
 * message starts with the file's path and says what is wrong, never a half-read list. The refusals that
 * need a format's own content (a truncated record, a broken quote, a misplaced Latin-1 byte, a DOCTYPE)
 * are tested with each format, where its samples are.
 */
class ListRefusalContractTest {
    static List<Named<ListFormat>> formats() {
        return ListFormats.all().stream().map(f -> Named.of(f.id(), f)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void anEmptyFileIsRefusedByName(ListFormat format, @TempDir Path tmp) throws Exception {
        Path empty = Files.createFile(tmp.resolve("empty.list"));
        Throwable t = catchThrowable(() -> format.parse(ListInput.of(empty), "test", e -> { }));
        assertThat(t).isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(empty.toString())
                .hasMessageContaining("empty.list: the file is empty");
    }
}
