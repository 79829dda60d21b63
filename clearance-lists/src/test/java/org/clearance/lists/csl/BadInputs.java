package org.clearance.lists.csl;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.lists.ListFormat;

/** Writes broken files and checks how a format refuses them. */
final class BadInputs {
    private BadInputs() {}

    static Path write(Path dir, String name, String text) throws Exception {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    /** The parse fails with a ListParseException whose message starts with the file's path. */
    static AbstractThrowableAssert<?, ? extends Throwable> refuses(ListFormat format, Path file) {
        return assertThatThrownBy(() -> format.parse(ListInput.of(file), "test", e -> { }))
                .isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(file.toString());
    }

    /** The first {@code lines} lines of a text plus the first {@code chars} characters of the next. */
    static String cut(String text, int lines, int chars) {
        int at = 0;
        for (int i = 0; i < lines; i++) {
            at = text.indexOf('\n', at) + 1;
        }
        return text.substring(0, at + chars);
    }
}
