package org.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clearance.store.Snapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it, on a home loaded from the bundled snapshot. */
class CliTest {
    @TempDir
    static Path home;
    private static HttpServer server;
    private static String firstListing;

    static Cli.Run run(String... args) {
        return Cli.run(home, args);
    }

    static Path shared(String relative) {
        return Path.of(System.getProperty("clearance.shared"), "data").resolve(relative);
    }

    @BeforeAll
    static void firstRun() throws IOException {
        System.setProperty("clearance.home", home.toString());
        Cli.Run r = run("lists");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("First run: loading the bundled list snapshot");
        firstListing = r.out();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        System.clearProperty("clearance.home");
    }

    private static String serve(String path, int status, byte[] body) {
        server.createContext(path, ex -> {
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (var out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void theFirstListingShowsEveryBundledDatasetWithItsEntries() throws IOException {
        for (Snapshot.Item item : Snapshot.items()) {
            assertThat(firstListing).contains(item.dataset());
        }
        long sdnRows;
        try (var lines = Files.lines(shared("lists/ofac/sdn.csv"), StandardCharsets.UTF_8)) {
            sdnRows = lines.filter(l -> Pattern.compile("^\\d+,\"").matcher(l).find()).count();
        }
        assertThat(firstListing).containsPattern("us_ofac_sdn\\s+2024-05-03\\*.*" + String.format("%,d", sdnRows));
        assertThat(run("lists").err()).as("the snapshot loads once").doesNotContain("First run");
    }

    @Test
    void showPrintsAnEntryWithItsProgrammeAndRelations() {
        Cli.Run r = run("lists", "show", "us_ofac_sdn-29299");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("XINJIANG PRODUCTION AND CONSTRUCTION CORPS", "GLOMAG", "linked to: CHEN, Quanguo");
        Cli.Run missing = run("lists", "show", "us_ofac_sdn-0");
        assertThat(missing.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(missing.err()).contains("no entry with id 'us_ofac_sdn-0'");
    }

    @Test
    void diffListsEveryChangeItCounts() {
        Cli.Run r = run("lists", "diff", "un_sc_sanctions", "--limit", "0");
        assertThat(r.code()).isZero();
        var m = Pattern.compile("(\\d+) added, (\\d+) removed, (\\d+) changed").matcher(r.out());
        assertThat(m.find()).isTrue();
        assertThat(r.out().lines().filter(l -> l.startsWith("  + ")).count()).isEqualTo(Long.parseLong(m.group(1)));
        assertThat(r.out().lines().filter(l -> l.startsWith("  - ")).count()).isEqualTo(Long.parseLong(m.group(2)));
        assertThat(r.out().lines().filter(l -> l.startsWith("  ~ ")).count()).isEqualTo(Long.parseLong(m.group(3)));
        assertThat(run("lists", "diff", "ca_sema").err()).contains("a diff needs two");
    }

    @Test
    void aFileOfNoListFormatIsRefusedAndChangesNothing(@TempDir Path tmp) throws IOException {
        String before = run("lists").out();
        Path notes = tmp.resolve("notes.txt");
        Files.writeString(notes, "Dear compliance team,\nplease screen these.\n");
        Cli.Run r = run("lists", "import", notes.toString(), shared("lists/ofac/consolidated/consolidated.xml").toString());
        assertThat(r.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(r.err()).contains("notes.txt: not a list format").contains("nothing was changed");
        assertThat(run("lists").out()).isEqualTo(before);
    }

    @Test
    void whatAnErrorQuotesFromAFileCannotDriveTheTerminal(@TempDir Path tmp) throws IOException {
        Path hostile = tmp.resolve("list\u001b[2J.txt");
        Files.writeString(hostile, "name\u0000\u001b]0;owned\u0007\n");
        Cli.Run r = run("lists", "import", hostile.toString());
        assertThat(r.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(r.err()).contains("list\\x1b[2J.txt").doesNotContain("\u001b");
    }

    @Test
    void updateDownloadsFromAMirrorAndStoresTheNewVersion() throws IOException {
        // a day later, OFAC drops one entry from the consolidated list
        String xml = Files.readString(shared("lists/ofac/consolidated/consolidated.xml"));
        int start = xml.indexOf("<sdnEntry>");
        int end = xml.indexOf("</sdnEntry>", start) + "</sdnEntry>".length();
        String next = (xml.substring(0, start) + xml.substring(end))
                .replace("<Record_Count>443</Record_Count>", "<Record_Count>442</Record_Count>")
                .replace("<Publish_Date>03/28/2025</Publish_Date>", "<Publish_Date>03/29/2025</Publish_Date>");
        String url = serve("/CONSOLIDATED.XML", 200, next.getBytes(StandardCharsets.UTF_8));
        Cli.Run r = run("lists", "update", "us_ofac_cons", "--url", url);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 of 1 dataset(s) updated");
        Cli.Run diff = run("lists", "diff", "us_ofac_cons");
        assertThat(diff.out()).contains("0 added, 1 removed, 0 changed").contains("- us_ofac_cons-9639  HANIYA, Ismail Abdul Salah");
        Cli.Run show = run("lists", "show", "us_ofac_cons-9639");
        assertThat(show.out()).contains("NOT in the current version");
    }

    @Test
    void aFailedDownloadOrAnErrorPageLeavesTheDatasetAlone() {
        String before = run("lists", "versions", "un_sc_sanctions").out();
        Cli.Run notFound = run("lists", "update", "un_sc_sanctions", "--url", serve("/missing.xml", 404, new byte[0]));
        assertThat(notFound.code()).isEqualTo(Errors.IO);
        assertThat(notFound.err()).contains("HTTP 404").contains("stored versions of un_sc_sanctions are unchanged");
        Cli.Run page = run("lists", "update", "un_sc_sanctions", "--url",
                serve("/maintenance.html", 200, "<html><body>Down for maintenance</body></html>".getBytes(StandardCharsets.UTF_8)));
        assertThat(page.code()).isEqualTo(Errors.IO);
        assertThat(page.err()).contains("not a list format");
        assertThat(run("lists", "versions", "un_sc_sanctions").out()).isEqualTo(before);
        assertThat(run("lists", "update", "no_such_list").err()).contains("unknown dataset 'no_such_list'");
    }

    @Test
    void updateCheckAsksThePublisherWithoutImportingThenTellsAFetchedUnchangedList() throws IOException {
        // the UN's server: the file with its Last-Modified, and 304 to a request that names it
        byte[] un = Files.readAllBytes(shared("lists/un/consolidated.xml"));
        String lastModified = "Fri, 27 Feb 2026 16:02:33 GMT";
        server.createContext("/resources/xml/en/consolidated.xml", ex -> {
            ex.getResponseHeaders().set("Last-Modified", lastModified);
            if (lastModified.equals(ex.getRequestHeaders().getFirst("If-Modified-Since"))) {
                ex.sendResponseHeaders(304, -1);
                ex.close();
                return;
            }
            ex.sendResponseHeaders(200, un.length);
            try (var out = ex.getResponseBody()) {
                out.write(un);
            }
        });
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/resources/xml/en/consolidated.xml";
        String versions = run("lists", "versions", "un_sc_sanctions").out();

        Cli.Run check = run("lists", "update", "un_sc_sanctions", "--url", url, "--check");
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).containsPattern("un_sc_sanctions\\s+2026-02-27 16:02 UTC\\s+2026-02-27\\s+never\\s+never\\s+not fetched yet");
        assertThat(run("lists", "versions", "un_sc_sanctions").out()).as("a check imports nothing").isEqualTo(versions);

        // the bundled snapshot holds this very file: fetched, and unchanged
        Cli.Run update = run("lists", "update", "un_sc_sanctions", "--url", url);
        assertThat(update.code()).as(update.err()).isZero();
        assertThat(update.out()).contains("un_sc_sanctions: unchanged, the publisher has nothing new (same entries as version");
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        Cli.Run again = run("lists", "update", "un_sc_sanctions", "--url", url, "--check");
        assertThat(again.out()).containsPattern("un_sc_sanctions\\s+2026-02-27 16:02 UTC\\s+2026-02-27\\s+" + today
                + " \\d\\d:\\d\\d UTC\\s+never\\s+nothing new");
        assertThat(run("lists", "versions", "un_sc_sanctions").out()).isEqualTo(versions);
    }

    @Test
    void anOfsiFileImportsAsARetiredSourceAndTheListingSaysSo() {
        Path ofsi = Path.of(System.getProperty("clearance.root"), "clearance-lists/src/test/resources/lists/uk/ofsi-conlist-sample.csv");
        Cli.Run r = run("lists", "import", ofsi.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("note: a retired source: OFSI's Consolidated List was retired on 28 January 2026");
        String listing = run("lists").out();
        assertThat(listing).containsPattern("gb_sanctions\\s+2024-05-17!").contains("! gb_sanctions: its current version is from a retired source");
    }

    @Test
    void exportWritesFollowTheMoneyLinesForEveryEntity(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("ca.ftm.json");
        Cli.Run r = run("lists", "export", "ca_sema", "--output", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        long parties = 0;
        for (String line : lines) {
            JsonNode n = json.readTree(line);
            assertThat(n.has("id") && n.has("schema") && n.has("properties")).isTrue();
            if (!n.get("schema").asText().equals("Sanction")) {
                parties++;
            }
        }
        Matcher count = Pattern.compile("ca_sema\\s+\\S+\\s+\\d+\\s+\\d+\\s+([\\d,]+)").matcher(firstListing);
        assertThat(count.find()).isTrue();
        assertThat(parties).isEqualTo(Long.parseLong(count.group(1).replace(",", "")));
    }
}
