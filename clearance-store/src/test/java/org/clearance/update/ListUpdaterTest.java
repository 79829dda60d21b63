package org.clearance.update;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.clearance.audit.AuditEntry;
import org.clearance.audit.AuditLog;
import org.clearance.io.InputLimits;
import org.clearance.lists.DatasetCatalog;
import org.clearance.store.Database;
import org.clearance.store.ImportProgress;
import org.clearance.store.ListImporter;
import org.clearance.store.ListStore;
import org.clearance.store.VersionInfo;
import org.clearance.update.UpdateOutcome.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lists update} against local stand-ins of every publisher ({@link PublisherStandIn}), on real list files. */
class ListUpdaterTest {
    /** Quick retries: the behaviour of the defaults, without their minutes. */
    private static final FetchSettings QUICK = new FetchSettings(FetchSettings.DEFAULT_USER_AGENT, 3, Duration.ofMillis(10),
            Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(20));
    /** The agent Clearance sent before 2026: named, honest, and refused by OFAC's and dhs.gov's fronts. */
    private static final String PLAIN_AGENT = "Clearance/0.1 (sanctions list updater)";

    @TempDir
    Path dir;
    private Database db;
    private ListStore store;
    private PublisherStandIn publishers;
    private final List<List<String>> monitored = new ArrayList<>();

    @BeforeEach
    void open() throws IOException {
        db = Database.open("jdbc:h2:file:" + dir.resolve("store").toAbsolutePath(), "sa", "");
        store = ListStore.of(db);
        publishers = new PublisherStandIn();
    }

    @AfterEach
    void close() {
        publishers.close();
        store.close();
        db.close();
    }

    private ListUpdater updater(FetchSettings settings) {
        return new ListUpdater(db, new ListImporter(store, InputLimits.DEFAULT, ImportProgress.SILENT),
                new Downloader(InputLimits.DEFAULT.maxFileBytes(), settings), dir.resolve("downloads"),
                DownloadProgress.SILENT, imported -> monitored.add(imported.stream().map(r -> r.version().dataset()).toList()),
                "cli:test");
    }

    private UpdateOutcome update(String dataset) throws InterruptedException {
        return updater(QUICK).update(new ListUpdater.Target(dataset, publishers.localOf(dataset)));
    }

    private static Path shared(String relative) {
        return Path.of(System.getProperty("clearance.shared"), "data", "lists").resolve(relative);
    }

    /** The parsers' test samples of lists no real copy of which is available (see their READMEs). */
    private static Path sample(String relative) {
        return Path.of(System.getProperty("clearance.root"), "clearance-lists", "src", "test", "resources", "lists")
                .resolve(relative);
    }

    private static byte[] bytes(Path p) throws IOException {
        return Files.readAllBytes(p);
    }

    @Test
    void ofacConsolidatedComesThroughTheFirewallAndTheSignedRedirectThenIsUnchanged() throws Exception {
        publishers.ofac("CONSOLIDATED.XML", shared("ofac/consolidated/consolidated.xml"));
        UpdateOutcome first = update("us_ofac_cons");
        assertThat(first.kind()).as(first.message()).isEqualTo(Kind.UPDATED);
        assertThat(first.version().entityCount()).isEqualTo(443); // the file's own Record_Count
        assertThat(first.version().format()).isEqualTo("ofac-legacy-xml");
        assertThat(monitored).containsExactly(List.of("us_ofac_cons"));
        // the agent passed the firewall and went along the redirect to the signed S3 address
        assertThat(publishers.requests).extracting(PublisherStandIn.Request::path)
                .containsExactly("/api/PublicationPreview/exports/CONSOLIDATED.XML", "/ofac-sls-prod-exports/CONSOLIDATED.XML");
        assertThat(publishers.requests).allSatisfy(r -> assertThat(r.userAgent()).isEqualTo(FetchSettings.DEFAULT_USER_AGENT));

        UpdateOutcome again = update("us_ofac_cons");
        assertThat(again.kind()).isEqualTo(Kind.UNCHANGED);
        assertThat(publishers.requests.get(3).ifNoneMatch()).as("the S3 ETag is asked with").isNotNull();
        assertThat(store.versions("us_ofac_cons")).hasSize(1);
        assertThat(monitored).hasSize(1);
        FetchRecord record = new ListFetches(db).get("us_ofac_cons").orElseThrow();
        assertThat(record.outcome()).isEqualTo("unchanged");
        assertThat(record.changedAt()).isEqualTo(first.at());
        assertThat(record.fetchedAt()).isEqualTo(again.at());
    }

    @Test
    void ofacRefusesAnAgentThatIsNoBrowsersAndNothingIsStoredOrRetried() throws Exception {
        publishers.ofac("CONSOLIDATED.XML", shared("ofac/consolidated/consolidated.xml"));
        UpdateOutcome o = updater(QUICK.withUserAgent(PLAIN_AGENT))
                .update(new ListUpdater.Target("us_ofac_cons", publishers.localOf("us_ofac_cons")));
        assertThat(o.kind()).isEqualTo(Kind.FAILED);
        assertThat(o.message()).contains("HTTP 403").contains("User-Agent").contains(PLAIN_AGENT).contains("--user-agent");
        assertThat(publishers.requests).as("a refusal is not tried again").hasSize(1);
        assertThat(store.versions("us_ofac_cons")).isEmpty();
        assertThat(new ListFetches(db).get("us_ofac_cons").orElseThrow().message()).contains("HTTP 403");
    }

    @Test
    void ofacSdnExportsComeTheSameWay() throws Exception {
        // no real SDN.XML copy is available; SLS serves the SDN list as legacy CSV too (SDN.CSV)
        publishers.ofac("SDN.CSV", shared("ofac/csv-2021-07/sdn.csv"));
        String sdnXml = DatasetCatalog.byId("us_ofac_sdn").orElseThrow().url();
        assertThat(sdnXml).endsWith("/api/PublicationPreview/exports/SDN.XML");
        UpdateOutcome o = updater(QUICK).update(new ListUpdater.Target("us_ofac_sdn",
                publishers.local(sdnXml.replace("SDN.XML", "SDN.CSV"))));
        assertThat(o.kind()).as(o.message()).isEqualTo(Kind.UPDATED);
        assertThat(o.version().dataset()).isEqualTo("us_ofac_sdn");
        assertThat(o.version().entityCount()).isEqualTo(8_976);
    }

    @Test
    void theUkUpdateReadsTheFcdoListAndAnOfsiFileIsARetiredSource() throws Exception {
        publishers.plain(DatasetCatalog.byId("gb_sanctions").orElseThrow().url(),
                bytes(sample("uk/fcdo-uk-sanctions-list-sample.xml")), true, "Thu, 03 Dec 2026 09:12:40 GMT",
                "text/xml");
        UpdateOutcome fcdo = update("gb_sanctions");
        assertThat(fcdo.kind()).as(fcdo.message()).isEqualTo(Kind.UPDATED);
        assertThat(fcdo.version().format()).isEqualTo("uk-fcdo-xml");
        assertThat(fcdo.message()).isNull();

        String ofsi = "https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv";
        publishers.plain(ofsi, bytes(sample("uk/ofsi-conlist-sample.csv")), true, "Tue, 27 Jan 2026 17:30:02 GMT", "text/csv");
        UpdateOutcome old = updater(QUICK).update(new ListUpdater.Target("gb_sanctions", publishers.local(ofsi)));
        assertThat(old.kind()).isEqualTo(Kind.UPDATED);
        assertThat(old.message()).startsWith("a retired source:").contains("28 January 2026");
    }

    @Test
    void theEuFilesNeedTheirPublicToken() throws Exception {
        String official = DatasetCatalog.byId("eu_fsf").orElseThrow().url();
        publishers.eu(official, bytes(sample("eu/eu-fsf-sample.xml")));
        UpdateOutcome o = update("eu_fsf");
        assertThat(o.kind()).as(o.message()).isEqualTo(Kind.UPDATED);
        UpdateOutcome tokenless = updater(QUICK).update(new ListUpdater.Target("eu_fsf",
                publishers.local(official.substring(0, official.indexOf('?')))));
        assertThat(tokenless.kind()).isEqualTo(Kind.FAILED);
        assertThat(tokenless.message()).contains("HTTP 403");
        assertThat(store.versions("eu_fsf")).hasSize(1);
    }

    @Test
    void theUnListIsAskedWithItsLastModifiedAndA304StoresNothing() throws Exception {
        publishers.plain(DatasetCatalog.byId("un_sc_sanctions").orElseThrow().url(), bytes(shared("un/consolidated.xml")),
                false, "Fri, 27 Feb 2026 16:02:33 GMT", "text/xml");
        assertThat(update("un_sc_sanctions").version().entityCount()).isEqualTo(1_003);
        UpdateOutcome again = update("un_sc_sanctions");
        assertThat(again.kind()).isEqualTo(Kind.UNCHANGED);
        assertThat(publishers.requests.get(1).ifModifiedSince()).isEqualTo("Fri, 27 Feb 2026 16:02:33 GMT");
        assertThat(store.versions("un_sc_sanctions")).hasSize(1);
    }

    @Test
    void canadaSendsNoValidatorsSoTheSameBytesTellAnUnchangedFile() throws Exception {
        publishers.plain(DatasetCatalog.byId("ca_sema").orElseThrow().url(), bytes(shared("ca/sema-autonomous-sanctions.xml")),
                false, null, "text/xml");
        assertThat(update("ca_sema").version().entityCount()).isEqualTo(4_759);
        UpdateOutcome again = update("ca_sema");
        assertThat(again.kind()).isEqualTo(Kind.UNCHANGED);
        assertThat(again.version()).as("not even parsed: the bytes are those of the last file").isNull();
        assertThat(store.versions("ca_sema")).hasSize(1);
        assertThat(Files.list(dir.resolve("downloads")).map(p -> p.getFileName().toString()))
                .as("the file of the one version, the repeated download deleted").hasSize(1);
    }

    @Test
    void aDownloadCutOffShortOfItsLengthIsTriedAgainThenFailsAndReplacesNothing() throws Exception {
        PublisherStandIn.Served csl = publishers.plain(DatasetCatalog.byId("us_trade_csl").orElseThrow().url(),
                bytes(shared("csl/consolidated-partial-2025.csv")), true, null, "text/csv");
        VersionInfo good = update("us_trade_csl").version();
        assertThat(good.entityCount()).isEqualTo(13);

        csl.body = bytes(shared("csl/consolidated-partial-2019.csv"));
        csl.cutOff = true;
        publishers.requests.clear();
        UpdateOutcome cut = updater(QUICK).update(new ListUpdater.Target("us_trade_csl", publishers.localOf("us_trade_csl")));
        assertThat(cut.kind()).isEqualTo(Kind.FAILED);
        assertThat(cut.message()).containsPattern("(ended|broke off) after").contains("tried 3 times");
        assertThat(publishers.requests).hasSize(3);
        assertThat(store.currentVersions()).extracting(VersionInfo::id).containsExactly(good.id());
        try (var files = Files.list(dir.resolve("downloads"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void aWellFormedFileWithFewerThanHalfTheEntriesIsRefusedAsPartial() throws Exception {
        // as trade.gov's CSL once came without its SDN entries: whole rows, valid CSV, most of the list missing
        byte[] full = bytes(shared("csl/consolidated-partial-2025.csv"));
        PublisherStandIn.Served csl = publishers.plain(DatasetCatalog.byId("us_trade_csl").orElseThrow().url(), full, true,
                null, "text/csv");
        VersionInfo good = update("us_trade_csl").version();
        assertThat(good.entityCount()).isEqualTo(13);
        List<String> lines = new String(full, StandardCharsets.UTF_8).lines().toList();
        csl.body = (String.join("\n", lines.subList(0, 1 + 6)) + "\n").getBytes(StandardCharsets.UTF_8); // header and 6 rows
        UpdateOutcome partial = update("us_trade_csl");
        assertThat(partial.kind()).isEqualTo(Kind.FAILED);
        assertThat(partial.message()).contains("holds 6 entries where at least 7 were expected; refused as a partial list");
        assertThat(store.currentVersions()).extracting(VersionInfo::id).containsExactly(good.id());

        csl.body = (String.join("\n", lines.subList(0, 1 + 7)) + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(update("us_trade_csl").kind()).as("7 of 13 is no partial list").isEqualTo(Kind.UPDATED);
    }

    @Test
    void aWholeTransferOfATruncatedFileIsRefusedByTheImportAndKeptForALook() throws Exception {
        byte[] un = bytes(shared("un/consolidated.xml"));
        PublisherStandIn.Served served = publishers.plain(DatasetCatalog.byId("un_sc_sanctions").orElseThrow().url(),
                un, false, null, "text/xml");
        VersionInfo good = update("un_sc_sanctions").version();
        served.body = java.util.Arrays.copyOf(un, un.length * 2 / 3);
        UpdateOutcome o = update("un_sc_sanctions");
        assertThat(o.kind()).isEqualTo(Kind.FAILED);
        assertThat(o.message()).contains("un_sc_sanctions-").contains("malformed XML");
        assertThat(store.currentVersions()).extracting(VersionInfo::id).containsExactly(good.id());
        assertThat(dir.resolve("downloads/un_sc_sanctions.refused")).hasSize(un.length * 2 / 3);
    }

    @Test
    void passingFailuresAreTriedAgainWithinTheBound() throws Exception {
        PublisherStandIn.Served served = publishers.plain(DatasetCatalog.byId("un_sc_sanctions").orElseThrow().url(),
                bytes(shared("un/consolidated.xml")), false, null, "text/xml");
        served.failures.set(2);
        UpdateOutcome o = update("un_sc_sanctions");
        assertThat(o.kind()).as(o.message()).isEqualTo(Kind.UPDATED);
        assertThat(o.attempts()).isEqualTo(3);

        served.failures.set(5);
        UpdateOutcome bounded = updater(QUICK.withRetries(2, Duration.ofMillis(10)))
                .update(new ListUpdater.Target("un_sc_sanctions", publishers.localOf("un_sc_sanctions")));
        assertThat(bounded.kind()).isEqualTo(Kind.FAILED);
        assertThat(bounded.message()).contains("HTTP 503").contains("tried 2 times");
    }

    @Test
    void theDhsPageRefusesPlainAgentsAndARebuiltPageWithTheSameEntitiesIsUnchanged() throws Exception {
        String official = DatasetCatalog.byId("us_dhs_uflpa").orElseThrow().url();
        publishers.dhs(official, bytes(sample("uflpa/uflpa-entity-list-sample.html")));
        UpdateOutcome refused = updater(QUICK.withUserAgent(PLAIN_AGENT))
                .update(new ListUpdater.Target("us_dhs_uflpa", publishers.localOf("us_dhs_uflpa")));
        assertThat(refused.kind()).isEqualTo(Kind.FAILED);
        assertThat(refused.message()).contains("HTTP 403");

        UpdateOutcome page = update("us_dhs_uflpa");
        assertThat(page.kind()).as(page.message()).isEqualTo(Kind.UPDATED);
        assertThat(page.version().format()).isEqualTo("uflpa-dhs-html");
        UpdateOutcome rebuilt = update("us_dhs_uflpa");
        assertThat(rebuilt.kind()).isEqualTo(Kind.UNCHANGED);
        assertThat(rebuilt.version().id()).as("the same entries as the stored version").isEqualTo(page.version().id());
        assertThat(store.versions("us_dhs_uflpa")).hasSize(1);
    }

    @Test
    void everyUpdateLeavesAnAuditEntryWithItsOutcome() throws Exception {
        publishers.plain(DatasetCatalog.byId("ca_sema").orElseThrow().url(), bytes(shared("ca/sema-autonomous-sanctions.xml")),
                false, null, "text/xml");
        update("ca_sema");
        update("ca_sema");
        List<AuditEntry> updates = new ArrayList<>();
        new AuditLog(db).forEach(1, e -> {
            if (e.action().equals("list.update")) {
                updates.add(e);
            }
        });
        assertThat(updates).extracting(AuditEntry::subject).containsExactly("ca_sema", "ca_sema");
        assertThat(updates.get(0).detail()).contains("\"outcome\":\"updated\"").contains("\"sha256\"");
        assertThat(updates.get(1).detail()).contains("\"outcome\":\"unchanged\"");
        assertThat(new AuditLog(db).verify().intact()).isTrue();
    }

    @Test
    void anUpdateAndItsRecordAreTheSameOnPostgres() throws Exception {
        publishers.plain(DatasetCatalog.byId("un_sc_sanctions").orElseThrow().url(), bytes(shared("un/consolidated.xml")),
                false, "Fri, 27 Feb 2026 16:02:33 GMT", "text/xml");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                Database postgres = Database.open(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
                ListStore onPostgres = ListStore.of(postgres)) {
            ListUpdater updater = new ListUpdater(postgres, new ListImporter(onPostgres, InputLimits.DEFAULT, ImportProgress.SILENT),
                    new Downloader(InputLimits.DEFAULT.maxFileBytes(), QUICK), dir.resolve("pg-downloads"), DownloadProgress.SILENT,
                    ListUpdater.AfterImport.NOTHING, "cli:test");
            ListUpdater.Target un = new ListUpdater.Target("un_sc_sanctions", publishers.localOf("un_sc_sanctions"));
            UpdateOutcome first = updater.update(un);
            assertThat(first.kind()).as(first.message()).isEqualTo(Kind.UPDATED);
            assertThat(updater.update(un).kind()).isEqualTo(Kind.UNCHANGED);
            FetchRecord r = new ListFetches(postgres).get("un_sc_sanctions").orElseThrow();
            assertThat(r.changedAt()).isEqualTo(first.at());
            assertThat(r.lastModified()).isEqualTo("Fri, 27 Feb 2026 16:02:33 GMT");
            assertThat(r.bytes()).isEqualTo(Files.size(shared("un/consolidated.xml")));
            assertThat(new AuditLog(postgres).verify().intact()).isTrue();
        }
    }

    @Test
    void aProbeReadsOnlyTheHeadAndSaysWhetherThereIsSomethingNew() throws Exception {
        publishers.ofac("CONSOLIDATED.XML", shared("ofac/consolidated/consolidated.xml"));
        Downloader d = new Downloader(InputLimits.DEFAULT.maxFileBytes(), QUICK);
        Downloader.Probe fresh = d.probe(publishers.localOf("us_ofac_cons"), Downloader.Validators.NONE);
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.lastModifiedTime()).isNotNull();
        update("us_ofac_cons");
        FetchRecord last = new ListFetches(db).get("us_ofac_cons").orElseThrow();
        Downloader.Probe same = d.probe(publishers.localOf("us_ofac_cons"),
                last.validatorsFor(publishers.localOf("us_ofac_cons").toString()));
        assertThat(same.status()).isEqualTo(304);
        assertThat(store.versions("us_ofac_cons")).hasSize(1);
    }
}
