package org.clearance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.clearance.io.InputLimits;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.lists.ofac.OfacLegacyCsvFormat;
import org.clearance.model.Entity;
import org.clearance.model.EntityJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListStoreTest {
    private static final Path OLD = StoreFixtures.shared("lists/ofac/history/sdn-2024-04-26.csv.gz");
    private static final Path NEW = StoreFixtures.shared("lists/ofac/sdn.csv");

    @TempDir
    Path dir;
    private ListStore store;
    private ListImporter importer;

    @BeforeEach
    void open() {
        store = StoreFixtures.h2(dir);
        importer = new ListImporter(store, InputLimits.DEFAULT, ImportProgress.SILENT);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Map<String, String> parse(Path file) throws Exception {
        Map<String, String> json = new HashMap<>();
        new OfacLegacyCsvFormat().parse(ListInput.of(file), "us_ofac_sdn", e -> json.put(e.id(), EntityJson.write(e)));
        return json;
    }

    @Test
    void diffOfTwoRealVersionsMatchesTheFilesThemselves() throws Exception {
        importer.importFiles(List.of(OLD), null, LocalDate.parse("2024-04-26"));
        importer.importFiles(List.of(NEW), null, LocalDate.parse("2024-05-03"));
        List<VersionInfo> versions = store.versions("us_ofac_sdn");
        assertThat(versions).extracting(VersionInfo::publicationDate)
                .containsExactly(LocalDate.parse("2024-05-03"), LocalDate.parse("2024-04-26"));
        ListDiff diff = store.diff(versions.get(1), versions.get(0));

        // the expected diff, worked out from the two files without the store
        Map<String, String> a = parse(OLD);
        Map<String, String> b = parse(NEW);
        Set<String> added = b.keySet().stream().filter(k -> !a.containsKey(k)).collect(Collectors.toSet());
        Set<String> removed = a.keySet().stream().filter(k -> !b.containsKey(k)).collect(Collectors.toSet());
        Set<String> changed = b.keySet().stream().filter(k -> a.containsKey(k) && !a.get(k).equals(b.get(k)))
                .collect(Collectors.toSet());
        assertThat(diff.added()).extracting(ListDiff.Entry::entityId).containsExactlyInAnyOrderElementsOf(added);
        assertThat(diff.removed()).extracting(ListDiff.Entry::entityId).containsExactlyInAnyOrderElementsOf(removed);
        assertThat(diff.changed()).extracting(ListDiff.Changed::entityId).containsExactlyInAnyOrderElementsOf(changed);
        assertThat(added).hasSizeGreaterThan(100); // a week of real additions
        assertThat(diff.changed()).allSatisfy(c -> assertThat(c.fields()).isNotEmpty());
    }

    @Test
    void reimportingTheSameContentCreatesNoVersionEvenCompressed(@TempDir Path tmp) throws Exception {
        ImportResult first = importer.importFiles(List.of(NEW), null, LocalDate.parse("2024-05-03")).get(0);
        assertThat(first.created()).isTrue();
        assertThat(first.version().entityCount()).isEqualTo(parse(NEW).size());
        ImportResult again = importer.importFiles(List.of(NEW), null, LocalDate.parse("2024-05-03")).get(0);
        assertThat(again.created()).isFalse();
        assertThat(again.version().id()).isEqualTo(first.version().id());
        Path gz = tmp.resolve("copy.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(NEW, out);
        }
        assertThat(importer.importFiles(List.of(gz), null, LocalDate.parse("2024-05-04")).get(0).created()).isFalse();
        assertThat(store.versions("us_ofac_sdn")).hasSize(1);
    }

    @Test
    void aFailedImportLeavesThePreviousVersionInUse(@TempDir Path tmp) throws Exception {
        importer.importFiles(List.of(OLD), null, LocalDate.parse("2024-04-26"));
        VersionInfo before = store.currentVersions().get(0);

        // the new file, broken near its end: thousands of entities are written before the error
        List<String> lines = Files.readAllLines(NEW);
        lines.set(lines.size() - 20, "12345,\"BROKEN \"QUOTE\", ROW\",-0- ");
        Path broken = tmp.resolve("sdn.csv");
        Files.write(broken, lines);
        assertThatThrownBy(() -> importer.importFiles(List.of(broken), null, LocalDate.parse("2024-05-03")))
                .isInstanceOf(ListParseException.class).hasMessageContaining("sdn.csv:" + (lines.size() - 19));

        assertThat(store.currentVersions()).containsExactly(before);
        assertThat(store.versions("us_ofac_sdn")).hasSize(1);
        Entity still = store.entity("us_ofac_sdn-306").orElseThrow().entity();
        assertThat(still.caption()).isEqualTo("BANCO NACIONAL DE CUBA");
        int[] n = {0};
        store.forEachEntity(before.id(), e -> n[0]++);
        assertThat(n[0]).isEqualTo(before.entityCount());
    }

    @Test
    void aDeclaredCountThatDisagreesIsRefused(@TempDir Path tmp) throws Exception {
        String xml = Files.readString(StoreFixtures.shared("lists/ofac/consolidated/consolidated.xml"));
        Path lying = tmp.resolve("consolidated.xml");
        Files.writeString(lying, xml.replace("<Record_Count>443</Record_Count>", "<Record_Count>450</Record_Count>"));
        assertThatThrownBy(() -> importer.importFiles(List.of(lying), null, null))
                .isInstanceOf(ListParseException.class).hasMessageContaining("declares 450 entries but holds 443");
        assertThat(store.currentVersions()).isEmpty();
    }

    @Test
    void aHistoricImportDoesNotDisplaceTheCurrentList() throws Exception {
        importer.importFiles(List.of(NEW), null, LocalDate.parse("2024-05-03"));
        importer.importFiles(List.of(OLD), null, LocalDate.parse("2024-04-26"));
        assertThat(store.currentVersions()).singleElement()
                .satisfies(v -> assertThat(v.publicationDate()).isEqualTo(LocalDate.parse("2024-05-03")));
    }

    @Test
    void anEntityRemovedSinceIsShownAsNoLongerCurrent() throws Exception {
        importer.importFiles(List.of(OLD), null, LocalDate.parse("2024-04-26"));
        importer.importFiles(List.of(NEW), null, LocalDate.parse("2024-05-03"));
        VersionInfo[] v = store.versions("us_ofac_sdn").toArray(VersionInfo[]::new);
        ListDiff diff = store.diff(v[1], v[0]);
        String removedId = diff.removed().get(0).entityId();
        StoredEntity gone = store.entity(removedId).orElseThrow();
        assertThat(gone.current()).isFalse();
        assertThat(gone.version().id()).isEqualTo(v[1].id());
        assertThat(store.entity("us_ofac_sdn-306").orElseThrow().current()).isTrue();
    }

    @Test
    void historySaysWhenAnEntryWasListedAndWhetherOnAGivenDay() throws Exception {
        importer.importFiles(List.of(OLD), null, LocalDate.parse("2024-04-26"));
        importer.importFiles(List.of(NEW), null, LocalDate.parse("2024-05-03"));
        VersionInfo[] v = store.versions("us_ofac_sdn").toArray(VersionInfo[]::new);
        ListDiff diff = store.diff(v[1], v[0]);

        ListingHistory removed = store.history(diff.removed().get(0).entityId()).orElseThrow();
        assertThat(removed.periods()).singleElement().satisfies(p -> {
            assertThat(p.firstListed()).isEqualTo(v[1]);
            assertThat(p.firstAbsent()).isEqualTo(v[0]);
        });
        assertThat(removed.listedOn(LocalDate.parse("2024-04-30"))).contains(true);
        assertThat(removed.listedOn(LocalDate.parse("2024-05-03"))).as("delisted that day").contains(false);
        assertThat(removed.listedOn(LocalDate.parse("2020-01-01"))).as("no version that old").isEmpty();

        ListingHistory added = store.history(diff.added().get(0).entityId()).orElseThrow();
        assertThat(added.periods()).singleElement().satisfies(p -> {
            assertThat(p.firstListed()).isEqualTo(v[0]);
            assertThat(p.current()).isTrue();
        });
        assertThat(added.listedOn(LocalDate.parse("2024-04-30"))).contains(false);
        assertThat(added.listedOn(LocalDate.parse("2030-01-01"))).contains(true);
        assertThat(store.history("no-such-entity")).isEmpty();
    }

    @Test
    void publicationDateFromTheFileWinsOverTheGivenOne() throws Exception {
        ImportResult r = importer.importFiles(List.of(StoreFixtures.shared("lists/ofac/consolidated/consolidated.xml")),
                null, LocalDate.parse("2000-01-01")).get(0);
        assertThat(r.version().publicationDate()).isEqualTo(LocalDate.parse("2025-03-28"));
        assertThat(r.version().dateSource()).isEqualTo("file");
        assertThat(r.version().dataset()).isEqualTo("us_ofac_cons");
    }
}
