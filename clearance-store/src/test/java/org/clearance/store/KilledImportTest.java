package org.clearance.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.clearance.io.InputLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KilledImportTest {
    @Test
    void anImportKilledMidwayLeavesThePreviousVersionInUse(@TempDir Path dir) throws Exception {
        String url = StoreFixtures.h2Url(dir);
        VersionInfo before;
        try (ListStore store = ListStore.open(url, "sa", "")) {
            new ListImporter(store, InputLimits.DEFAULT, ImportProgress.SILENT).importFiles(
                    List.of(StoreFixtures.shared("lists/ofac/history/sdn-2024-04-26.csv.gz")), null, LocalDate.parse("2024-04-26"));
            before = store.currentVersions().get(0);
        }

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KillableImport.class.getName(), url,
                StoreFixtures.shared("lists/ofac/sdn.csv").toString(), "2024-05-03")
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("midway")) {
                seen.append(line).append('\n'); // wait until the other JVM has written part of the new version
            }
            assertThat(line).as("the import reached the middle; the other JVM said:%n%s", seen).startsWith("midway");
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback, no clean close
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (ListStore store = ListStore.open(url, "sa", "")) {
            assertThat(store.currentVersions()).containsExactly(before);
            assertThat(store.versions("us_ofac_sdn")).hasSize(1);
            int[] n = {0};
            store.forEachEntity(before.id(), e -> n[0]++);
            assertThat(n[0]).isEqualTo(before.entityCount());
            // and the store still takes the import that was killed
            ImportResult again = new ListImporter(store, InputLimits.DEFAULT, ImportProgress.SILENT).importFiles(
                    List.of(StoreFixtures.shared("lists/ofac/sdn.csv")), null, LocalDate.parse("2024-05-03")).get(0);
            assertThat(again.created()).isTrue();
            assertThat(store.currentVersions().get(0).publicationDate()).isEqualTo(LocalDate.parse("2024-05-03"));
        }
    }
}
