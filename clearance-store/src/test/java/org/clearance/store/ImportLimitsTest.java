package org.clearance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clearance.audit.AuditEntry;
import org.clearance.audit.AuditLog;
import org.clearance.io.InputLimits;
import org.clearance.io.ListParseException;
import org.clearance.model.Entity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One list file cannot brick the store: an entry past the limits is refused at import with its place, and a
 * version imported by mistake can be withdrawn.
 */
class ImportLimitsTest {
    private static final Path OLD = StoreFixtures.shared("lists/ofac/history/sdn-2024-04-26.csv.gz");
    private static final Path NEW = StoreFixtures.shared("lists/ofac/sdn.csv");

    @TempDir
    Path dir;
    private Database db;
    private ListStore store;
    private ListImporter importer;

    @BeforeEach
    void open() {
        db = Database.open(StoreFixtures.h2Url(dir), "sa", "");
        store = ListStore.of(db);
        importer = new ListImporter(store, InputLimits.DEFAULT, ImportProgress.SILENT);
    }

    @AfterEach
    void close() {
        store.close();
        db.close();
    }

    /** The real current OFAC file with the name of its third row replaced. */
    private Path withThirdName(Path tmp, String name) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(NEW));
        assertThat(lines.get(2)).startsWith("306,\"BANCO NACIONAL DE CUBA\"");
        lines.set(2, lines.get(2).replace("BANCO NACIONAL DE CUBA", name));
        Path file = tmp.resolve("sdn.csv");
        Files.write(file, lines);
        return file;
    }

    /** Every entity of every current version reads back: what the issue's readers (match, show, export, serve) do. */
    private int readAllCurrent() {
        int[] n = {0};
        for (VersionInfo v : store.currentVersions()) {
            store.forEachEntity(v.id(), e -> n[0]++);
        }
        return n[0];
    }

    @Test
    void aNameFieldOf21MbIsRefusedWithItsPlaceAndTheStoreStaysUsable(@TempDir Path tmp) throws Exception {
        importer.importFiles(List.of(OLD), null, LocalDate.parse("2024-04-26"));
        VersionInfo before = store.currentVersions().get(0);
        Path huge = withThirdName(tmp, "A".repeat(21 << 20));

        assertThatThrownBy(() -> importer.importFiles(List.of(huge), null, LocalDate.parse("2024-05-03")))
                .isInstanceOf(ListParseException.class)
                .hasMessage(huge + ":3: the record starting here runs past 4,194,304 characters; refused, nothing was imported");

        assertThat(store.currentVersions()).containsExactly(before);
        assertThat(readAllCurrent()).isEqualTo(before.entityCount());
        assertThat(store.entity("us_ofac_sdn-306").orElseThrow().entity().caption()).isEqualTo("BANCO NACIONAL DE CUBA");
    }

    @Test
    void aFieldPastTheLimitIsRefusedNamingLineAndField(@TempDir Path tmp) throws Exception {
        Path longField = withThirdName(tmp, "A".repeat(100_000));
        assertThatThrownBy(() -> importer.importFiles(List.of(longField), null, LocalDate.parse("2024-05-03")))
                .isInstanceOf(ListParseException.class)
                .hasMessage(longField + ":3: field column 2: 100,000 characters, over the limit of 65,536 for one field; "
                        + "refused, nothing was imported");
        assertThat(store.currentVersions()).isEmpty();
    }

    @Test
    void aNameWithinTheFieldLimitButPastTheNameLimitIsRefusedNamingTheEntry(@TempDir Path tmp) throws Exception {
        Path longName = withThirdName(tmp, "BANCO ".repeat(1_000));
        assertThatThrownBy(() -> importer.importFiles(List.of(longName), null, LocalDate.parse("2024-05-03")))
                .isInstanceOf(ListParseException.class)
                .hasMessageContaining("entry us_ofac_sdn-306: name 1: 5,999 characters, over the limit of 1,000");
        assertThat(store.currentVersions()).isEmpty();
    }

    @Test
    void aWithdrawnVersionLeavesThePreviousOneCurrentAndIsAudited() throws Exception {
        importer.importFiles(List.of(OLD), null, LocalDate.parse("2024-04-26"));
        importer.importFiles(List.of(NEW), null, LocalDate.parse("2024-05-03"));
        List<VersionInfo> both = store.versions("us_ofac_sdn");
        VersionInfo newer = both.get(0);
        VersionInfo older = both.get(1);

        assertThat(store.withdraw("us_ofac_sdn", newer.id(), "cli:tester", "wrong file")).contains(newer);

        assertThat(store.currentVersions()).containsExactly(older);
        assertThat(store.versions("us_ofac_sdn")).containsExactly(older);
        assertThat(readAllCurrent()).isEqualTo(older.entityCount());
        Entity e = store.entity("us_ofac_sdn-306").orElseThrow().entity();
        assertThat(e.caption()).isEqualTo("BANCO NACIONAL DE CUBA");
        List<AuditEntry> audit = new ArrayList<>();
        new AuditLog(db).forEach(1, audit::add);
        assertThat(audit).last().satisfies(a -> {
            assertThat(a.action()).isEqualTo("list.withdraw");
            assertThat(a.actor()).isEqualTo("cli:tester");
            assertThat(a.subject()).isEqualTo("us_ofac_sdn@" + newer.id());
            assertThat(a.detail()).contains("\"reason\":\"wrong file\"").contains(newer.contentHash());
        });
        assertThat(new AuditLog(db).verify().intact()).isTrue();

        // the same file imported again is a new version, not "unchanged"
        ImportResult again = importer.importFiles(List.of(NEW), null, LocalDate.parse("2024-05-03")).get(0);
        assertThat(again.created()).isTrue();
        assertThat(store.currentVersions()).containsExactly(again.version());
    }

    @Test
    void withdrawingAVersionOfAnotherDatasetOrNoneChangesNothing() throws Exception {
        importer.importFiles(List.of(NEW), null, LocalDate.parse("2024-05-03"));
        VersionInfo v = store.currentVersions().get(0);
        assertThat(store.withdraw("un_sc_sanctions", v.id(), "cli:tester", "")).isEmpty();
        assertThat(store.withdraw("us_ofac_sdn", v.id() + 100, "cli:tester", "")).isEmpty();
        assertThat(store.currentVersions()).containsExactly(v);
    }
}
