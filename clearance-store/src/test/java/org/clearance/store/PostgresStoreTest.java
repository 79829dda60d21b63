package org.clearance.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import java.util.List;
import org.clearance.io.InputLimits;
import org.junit.jupiter.api.Test;

/** The same store on a real PostgreSQL server, started from a Maven artifact. */
class PostgresStoreTest {
    @Test
    void importsDiffsAndRecognisesRepeatsOnPostgres() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                ListStore store = ListStore.open(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres")) {
            ListImporter importer = new ListImporter(store, InputLimits.DEFAULT, ImportProgress.SILENT);
            importer.importFiles(List.of(StoreFixtures.shared("lists/un/history/consolidated-2025-04-19.xml")), null, null);
            ImportResult current = importer.importFiles(List.of(StoreFixtures.shared("lists/un/consolidated.xml")), null, null).get(0);
            assertThat(current.created()).isTrue();
            assertThat(importer.importFiles(List.of(StoreFixtures.shared("lists/un/consolidated.xml")), null, null).get(0).created()).isFalse();
            List<VersionInfo> v = store.versions("un_sc_sanctions");
            assertThat(v).extracting(VersionInfo::publicationDate)
                    .containsExactly(LocalDate.parse("2026-02-27"), LocalDate.parse("2025-04-19"));
            ListDiff d = store.diff(v.get(1), v.get(0));
            assertThat(d.added().size() - d.removed().size()).isEqualTo(v.get(0).entityCount() - v.get(1).entityCount());
            assertThat(store.entity(d.added().get(0).entityId())).isPresent();
        }
    }
}
