package org.clearance.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The encoding an XML declaration names is checked before the file is decoded: a name the JDK does not know, or one
 * no charset may carry (the fuzzer's "-0-UTF-8", which made {@code Charset.isSupported} throw), is a located
 * refusal naming it, not an exception escaping the parser.
 */
class XmlDeclarationTest {
    private static final Path UN = Path.of(System.getProperty("clearance.shared"), "data", "lists", "un", "consolidated.xml");

    @ParameterizedTest
    @ValueSource(strings = {"-0-UTF-8", "X-NO-SUCH-CHARSET", "UTF-8.."})
    void anEncodingTheJdkCannotDecodeIsRefusedByName(String encoding) throws Exception {
        List<String> lines = Files.readAllLines(UN);
        String file = lines.get(0).replace("UTF-8", encoding) + "\n" + String.join("\n", lines.subList(1, 20));
        assertThat(lines.get(0)).contains("encoding=\"UTF-8\"");

        assertThatThrownBy(() -> SafeXml.open(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "un.xml"))
                .isInstanceOf(ListParseException.class)
                .hasMessageContaining("un.xml")
                .hasMessageContaining("unknown encoding '" + encoding + "'");
    }
}
