package org.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.clearance.access.Role;
import org.clearance.cases.Alert;
import org.clearance.cases.CaseStore;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

class BatchPageTest extends BrowserTest {
    static final Path EXAMPLE = Path.of("../examples/parties.csv");
    /**
     * The rows of examples/parties.csv that are on the bundled lists, with the list that has them, as read
     * in ../shared/data: C-001 "XINJIANG PRODUCTION AND CONSTRUCTION CORPS" (OFAC SDN 29299, GLOMAG);
     * C-002 "SUN, Jinlong" (SDN 29300, DOB Jan 1962, nationality China); C-003 "BANCO NACIONAL DE CUBA"
     * (SDN 306); C-004 "Changji Esquel Textile Co., Ltd." (UFLPA Entity List); C-005 FRANK KAKOLELE
     * BWAMBALE (UN CDi.002); C-006 the tug TIFON (SDN 4249, IMO 7206512). The other six are invented.
     */
    static final Map<String, String> LISTED = Map.of("C-001", "us_ofac_sdn", "C-002", "us_ofac_sdn",
            "C-003", "us_ofac_sdn", "C-004", "us_dhs_uflpa", "C-005", "un_sc_sanctions", "C-006", "us_ofac_sdn");
    static final Set<String> INVENTED = Set.of("C-007", "C-008", "C-009", "C-010", "C-011", "C-012");


    @Test
    void anAnalystUploadsTheExampleAndSeesItsHitsAndDownloadsThem() throws Exception {
        browser.driver.manage().deleteAllCookies();
        browser.signInAs("ana", Role.ANALYST);
        browser.open("/batch");
        browser.waitFor(By.id("batch-file"));
        browser.screenshot("batch-form");
        browser.driver.findElement(By.id("batch-file")).sendKeys(EXAMPLE.toAbsolutePath().normalize().toString());
        browser.driver.findElement(By.cssSelector("#batch-form button[type=submit]")).click();
        browser.waitFor(By.id("batch-download"));
        browser.screenshot("batch-summary");
        String counts = browser.driver.findElement(By.cssSelector(".batch-counts")).getText();
        assertThat(counts).contains("Rows in the file\n12").contains("Parties with hits\n6").contains("Parties without hits\n6")
                .contains("Rows refused\n0");
        String byList = browser.driver.findElement(By.cssSelector(".batch-lists")).getText();
        assertThat(byList).contains("us_ofac_sdn").contains("us_dhs_uflpa").contains("un_sc_sanctions");
        String hits = browser.driver.findElement(By.cssSelector(".batch-hits")).getText();
        assertThat(hits).contains("XINJIANG PRODUCTION AND CONSTRUCTION CORPS").contains("BANCO NACIONAL DE CUBA");

        String cookie = browser.driver.manage().getCookieNamed(Guard.COOKIE).getValue();
        String jobPath = new java.net.URI(browser.driver.getCurrentUrl()).getPath();
        HttpResponse<String> csv = new WebSession(fixture, cookie).get(jobPath + "/results.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        List<CSVRecord> rows = records(csv.body());
        assertThat(rows).extracting(r -> r.get("party_id")).containsAll(LISTED.keySet()).containsAll(INVENTED);
        for (var e : LISTED.entrySet()) {
            assertThat(rows).as(e.getKey()).anySatisfy(r -> {
                assertThat(r.get("party_id")).isEqualTo(e.getKey());
                assertThat(r.get("status")).isEqualTo("hit");
                assertThat(r.get("dataset")).isEqualTo(e.getValue());
                assertThat(Double.parseDouble(r.get("score"))).isBetween(0.0, 1.0);
                assertThat(r.get("entity_id")).isNotEmpty();
            });
        }
        assertThat(rows).filteredOn(r -> INVENTED.contains(r.get("party_id")))
                .hasSize(INVENTED.size()).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("no_hit"));
        assertThat(rows).filteredOn(r -> r.get("party_id").equals("C-002")).first()
                .satisfies(r -> assertThat(r.get("row")).isEqualTo("3"));
    }

    @Test
    void aLargeFileShowsItsProgressWhileItIsScreened() throws Exception {
        // 20,000 invented names: several seconds of screening, long enough to watch
        StringBuilder csv = new StringBuilder("name,type\n");
        String[] first = {"Quorvan", "Belisto", "Tramwick", "Odelin", "Suvarta", "Kelmori", "Zanthe", "Pirollo"};
        String[] second = {"Harbourline", "Greystead", "Mellowfield", "Corran", "Vasterly", "Ondrake", "Lisburnet"};
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            csv.append(first[i % first.length]).append(' ').append(second[(i / first.length) % second.length])
                    .append(" Trading ").append(i).append(",company\n");
        }
        Path file = Files.createTempFile("batch-large-", ".csv");
        Files.writeString(file, csv);
        browser.driver.manage().deleteAllCookies();
        browser.signInAs("pro", Role.SCREEN);
        browser.open("/batch");
        browser.driver.findElement(By.id("batch-file")).sendKeys(file.toString());
        browser.driver.findElement(By.cssSelector("#batch-form button[type=submit]")).click();
        var text = browser.waitFor(By.cssSelector(".batch-count"));
        assertThat(browser.driver.findElement(By.id("batch-bar")).getAttribute("max")).isEqualTo("20000");
        assertThat(text.getText()).matches("[\\d,]+ of 20,000 rows");
        browser.screenshot("batch-progress");
        new WebDriverWait(browser.driver, Duration.ofMinutes(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("batch-download")));
        assertThat(browser.driver.findElement(By.cssSelector(".batch-counts")).getText()).contains("Parties screened\n20,000");
        Files.delete(file);
    }

    @Test
    void anExcelWorkbookGivesTheSameResultsAsTheCsv() throws Exception {
        WebSession s = WebSession.signIn(fixture, fixture.user("xl", Role.SCREEN));
        List<CSVRecord> fromCsv = screen(s, "parties.csv", Files.readAllBytes(EXAMPLE), Map.of());
        List<CSVRecord> fromXlsx = screen(s, "parties.xlsx", xlsx(EXAMPLE), Map.of());
        assertThat(hitSet(fromXlsx)).isEqualTo(hitSet(fromCsv));
        // the birth date typed as an Excel date arrives as the same day
        assertThat(fromXlsx).filteredOn(r -> r.get("party_id").equals("C-008")).first()
                .satisfies(r -> assertThat(r.get("birth_date")).isEqualTo("1984-03-12"));
    }

    @Test
    void badRowsAreReportedByRowNumberAndFieldAndTheOthersAreScreened() throws Exception {
        WebSession s = WebSession.signIn(fixture, fixture.user("rows", Role.SCREEN));
        String file = "Name,Birth_Date,TYPE,id\n"
                + "Banco Nacional de Cuba,,company,a\n" // row 2: fine
                + ",1970,person,b\n" // row 3: no name
                + "Margit Lindqvist,31/31/1984,person,c\n" // row 4: not a date
                + "Oakridge Dental Supplies Inc.,,shop,d\n" // row 5: unknown type
                + "\n" // row 6: blank
                + "Priya Raman,1979,person,a\n"; // row 7: id of row 2 again
        String job = upload(s, "rows.csv", file.getBytes(StandardCharsets.UTF_8), Map.of());
        String summary = finished(s, job);
        assertThat(summary).contains("<td class=\"num\">3</td><td>name</td>").contains("<td class=\"num\">4</td><td>birth_date</td>")
                .contains("<td class=\"num\">5</td><td>type</td>").contains("<td class=\"num\">7</td><td>id</td>");
        List<CSVRecord> rows = records(s.get(job + "/results.csv").body());
        assertThat(rows).filteredOn(r -> r.get("status").equals("refused")).extracting(r -> r.get("row"))
                .containsExactly("3", "4", "5", "7");
        assertThat(rows).filteredOn(r -> r.get("row").equals("2")).first()
                .satisfies(r -> assertThat(r.get("status")).isEqualTo("hit"));
        assertThat(summary).contains("Blank rows skipped");
    }

    @Test
    void filesThatAreNotCsvOrExcelAreRefusedSayingWhatTheyAre() throws Exception {
        WebSession s = WebSession.signIn(fixture, fixture.user("bin", Role.SCREEN));
        HttpResponse<String> png = s.upload("/batch", "parties.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}, Map.of());
        assertThat(png.statusCode()).isEqualTo(422);
        assertThat(png.body()).contains("parties.csv is a PNG image, not a CSV file or an Excel workbook");
        HttpResponse<String> pdf = s.upload("/batch", "parties.csv", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), Map.of());
        assertThat(pdf.statusCode()).isEqualTo(422);
        assertThat(pdf.body()).contains("is a PDF document");
        // "Müller" written in Latin-1 on row 3: refused with its row, not screened as "M?ller"
        byte[] latin1 = "name\nBanco Nacional de Cuba\nM\u00fcller GmbH\n".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> notUtf8 = s.upload("/batch", "latin1.csv", latin1, Map.of());
        assertThat(notUtf8.statusCode()).isEqualTo(422);
        assertThat(notUtf8.body()).contains("latin1.csv, row 3: not valid UTF-8 (byte 0xFC)");
        HttpResponse<String> columns = s.upload("/batch", "cols.csv", "name,birthdate,nationality\nA,1970,CN\n"
                .getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(columns.statusCode()).isEqualTo(422);
        assertThat(columns.body()).contains("unknown columns &#39;birthdate&#39;, &#39;nationality&#39;");
    }

    @Test
    void filesOverTheLimitsAreRefusedNamingTheLimit() throws Exception {
        WebSession s = WebSession.signIn(fixture, fixture.user("big", Role.SCREEN));
        HttpResponse<String> big = s.upload("/batch", "big.csv", new byte[50 << 20], Map.of());
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(big.body()).contains("The file is 50.0 MB; files of at most 25.0 MB can be uploaded");
        StringBuilder many = new StringBuilder("name\n");
        for (int i = 0; i <= PartyTable.MAX_ROWS; i++) {
            many.append('n').append(i).append('\n');
        }
        HttpResponse<String> rows = s.upload("/batch", "many.csv", many.toString().getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(rows.statusCode()).isEqualTo(422);
        assertThat(rows.body()).contains("many.csv: more than 100,000 rows");
        // every other form keeps the server's 1 MB: a large multipart post is a 413, not a crash or a full disk
        HttpResponse<String> logout = s.upload("/logout", "x.bin", new byte[2 << 20], Map.of());
        assertThat(logout.statusCode()).isEqualTo(413);
    }

    @Test
    void theFormRefusesAnOversizeFileBeforeUploadingIt() throws Exception {
        Path file = Files.createTempFile("batch-oversize-", ".csv");
        try (var f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(30L << 20); // sparse: 30 MB as the browser sees it, nothing written
        }
        browser.driver.manage().deleteAllCookies();
        browser.signInAs("js", Role.SCREEN);
        browser.open("/batch");
        browser.driver.findElement(By.id("batch-file")).sendKeys(file.toString());
        browser.driver.findElement(By.cssSelector("#batch-form button[type=submit]")).click();
        assertThat(browser.waitFor(By.id("batch-size-error")).getText())
                .isEqualTo("The file is 30.0 MB; files of at most 25.0 MB can be uploaded (about 100,000 rows). Split it into smaller files.");
        assertThat(new java.net.URI(browser.driver.getCurrentUrl()).getPath()).isEqualTo("/batch");
        Files.delete(file);
    }

    @Test
    void anotherUserCannotSeeOrDownloadYourScreening() throws Exception {
        WebSession owner = WebSession.signIn(fixture, fixture.user("own", Role.ANALYST));
        String job = upload(owner, "parties.csv", Files.readAllBytes(EXAMPLE), Map.of());
        finished(owner, job);
        assertThat(owner.get(job + "/results.csv").statusCode()).isEqualTo(200);
        WebSession other = WebSession.signIn(fixture, fixture.user("oth", Role.ADMIN));
        for (String path : List.of(job, job + "/progress", job + "/results.csv")) {
            HttpResponse<String> r = other.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).doesNotContain("BANCO NACIONAL");
        }
    }

    @Test
    void storingThePartiesOpensAlertsOnceEvenWhenTheFileComesAgain() throws Exception {
        WebSession screener = WebSession.signIn(fixture, fixture.user("scr", Role.SCREEN));
        HttpResponse<String> refused = screener.upload("/batch", "parties.csv", Files.readAllBytes(EXAMPLE), Map.of("store", "yes"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("needs the role &#39;analyst&#39;");

        WebSession analyst = WebSession.signIn(fixture, fixture.user("sto", Role.ANALYST));
        String job = upload(analyst, "parties.csv", Files.readAllBytes(EXAMPLE), Map.of("store", "yes"));
        String summary = finished(analyst, job);
        assertThat(summary).contains("href=\"/review?status=open\"");
        CaseStore cases = new CaseStore(fixture.database());
        Map<String, Set<Long>> alerts = new java.util.HashMap<>();
        for (String id : LISTED.keySet()) {
            var party = cases.party(id).orElseThrow();
            assertThat(party.alerts()).as(id).isNotEmpty();
            assertThat(party.alerts()).extracting(Alert::dataset).as(id).contains(LISTED.get(id));
            alerts.put(id, party.alerts().stream().map(Alert::id).collect(Collectors.toSet()));
        }
        for (String id : INVENTED) {
            assertThat(cases.party(id).orElseThrow().alerts()).as(id).isEmpty();
        }
        List<CSVRecord> first = records(analyst.get(job + "/results.csv").body());
        assertThat(first).filteredOn(r -> r.get("status").equals("hit"))
                .allSatisfy(r -> assertThat(r.get("alert_outcome")).isEqualTo("opened"));

        String again = upload(analyst, "parties.csv", Files.readAllBytes(EXAMPLE), Map.of("store", "yes"));
        String second = finished(analyst, again);
        assertThat(second).contains("No new alerts were opened").doesNotContain("href=\"/review?status=open\"");
        assertThat(records(analyst.get(again + "/results.csv").body())).filteredOn(r -> r.get("status").equals("hit"))
                .isNotEmpty().allSatisfy(r -> assertThat(r.get("alert_outcome")).isEqualTo("unchanged"));
        for (String id : LISTED.keySet()) {
            assertThat(cases.party(id).orElseThrow().alerts()).extracting(Alert::id).as(id)
                    .containsExactlyInAnyOrderElementsOf(alerts.get(id));
        }
    }

    @Test
    void markupInNamesShowsAsTextAndTheCsvIsSafeInASpreadsheet() throws Exception {
        Path dir = Files.createTempDirectory("batch-xss");
        Path file = dir.resolve("<img src=x onerror=alert(1)>.csv");
        Files.writeString(file, "name,id\n\"=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\",+1\n"
                + "<script>alert(1)</script> Banco Nacional de Cuba,@x\n");
        browser.driver.manage().deleteAllCookies();
        browser.signInAs("xss", Role.SCREEN);
        browser.open("/batch");
        browser.driver.findElement(By.id("batch-file")).sendKeys(file.toString());
        browser.driver.findElement(By.cssSelector("#batch-form button[type=submit]")).click();
        browser.waitFor(By.id("batch-download"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).contains("<img src=x onerror=alert(1)>.csv");
        assertThat(browser.driver.findElements(By.cssSelector("main img"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("main script"))).isEmpty();
        String cookie = browser.driver.manage().getCookieNamed(Guard.COOKIE).getValue();
        String jobPath = new java.net.URI(browser.driver.getCurrentUrl()).getPath();
        String csv = new WebSession(fixture, cookie).get(jobPath + "/results.csv").body();
        List<CSVRecord> rows = records(csv);
        assertThat(rows).filteredOn(r -> r.get("row").equals("2")).first().satisfies(r -> {
            assertThat(r.get("name")).isEqualTo("'=HYPERLINK(\"http://example.com\",\"x\")");
            assertThat(r.get("party_id")).isEqualTo("'+1");
        });
        assertThat(rows).filteredOn(r -> r.get("row").equals("3")).first()
                .satisfies(r -> assertThat(r.get("party_id")).isEqualTo("'@x"));
        Files.delete(file);
        Files.delete(dir);
    }

    // --- helpers

    /** Uploads and returns the job's path. */
    static String upload(WebSession s, String name, byte[] content, Map<String, String> fields) throws Exception {
        HttpResponse<String> r = s.upload("/batch", name, content, fields);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        return r.headers().firstValue("Location").orElseThrow();
    }

    /** Polls the progress fragment, as the page does, until it shows the summary; returns it. */
    static String finished(WebSession s, String job) throws Exception {
        for (int i = 0; i < 3000; i++) {
            String body = s.get(job + "/progress").body();
            if (body.contains("batch-download")) {
                return body;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the screening of " + job + " did not finish in 10 minutes");
    }

    static List<CSVRecord> screen(WebSession s, String name, byte[] content, Map<String, String> fields) throws Exception {
        String job = upload(s, name, content, fields);
        finished(s, job);
        return records(s.get(job + "/results.csv").body());
    }

    static List<CSVRecord> records(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
    }

    static Set<String> hitSet(List<CSVRecord> rows) {
        return rows.stream().map(r -> r.get("row") + " " + r.get("status") + " " + r.get("entity_id"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The CSV as a workbook, built as Excel would hold it: birth dates as date cells, the rest as text. */
    static byte[] xlsx(Path csvFile) throws Exception {
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(Files.readString(csvFile))).getRecords();
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Parties");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            int birth = rows.get(0).toList().indexOf("birth_date");
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i);
                List<String> cells = new ArrayList<>(rows.get(i).toList());
                for (int c = 0; c < cells.size(); c++) {
                    String v = cells.get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    if (i > 0 && c == birth && v.length() == 10) {
                        var cell = row.createCell(c);
                        cell.setCellValue(LocalDate.parse(v));
                        cell.setCellStyle(date);
                    } else if (i > 0 && c == birth) {
                        row.createCell(c).setCellValue(Integer.parseInt(v)); // a year typed as a number
                    } else {
                        row.createCell(c).setCellValue(v);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
