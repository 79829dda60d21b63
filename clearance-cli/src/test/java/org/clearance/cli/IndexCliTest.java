package org.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** index path as a Spark user runs it: the folder to ship, built once, the one screen opens. */
class IndexCliTest {
    @AfterAll
    static void restore() {
        System.clearProperty("clearance.home");
    }

    @Test
    void indexPathPrintsTheCompleteIndexOfTheCurrentListsAndBuildsItOnce() throws IOException {
        Path home = Cli.readOnlyHome();
        Cli.Run first = Cli.run(home, "index", "path");
        assertThat(first.code()).isZero();
        Path dir = Path.of(first.out().strip());
        assertThat(dir.getParent()).isEqualTo(home.resolve("index").toAbsolutePath());
        assertThat(dir.resolve("complete")).isRegularFile();
        assertThat(Files.readString(dir.resolve("complete"))).contains("us_ofac_sdn version");

        Cli.Run again = Cli.run(home, "index", "path");
        assertThat(again.code()).isZero();
        assertThat(again.out()).isEqualTo(first.out());
        assertThat(again.err()).doesNotContain("Building the screening index");
    }
}
