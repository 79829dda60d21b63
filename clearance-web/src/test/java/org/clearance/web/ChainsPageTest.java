package org.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clearance.access.Role;
import org.clearance.evidence.DocumentKind;
import org.clearance.evidence.EvidenceChecklist;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The supply-chain pages through the browser: the examples of {@code examples/} traced as
 * {@code clearance trace} traces them, with what {@code examples/README.md} and {@code ExamplesTest}
 * say each holds (worked out by hand from the files).
 */
class ChainsPageTest extends BrowserTest {
    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
    private static final String GINNER = "Awat Tianyuan Cotton Ginning Co., Ltd.";


    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        browser.signInAs("chen", Role.SCREEN);
    }

    /** Uploads a file through the form; returns the chain's page path once its graph is drawn. */
    private static String upload(Path file) {
        browser.open("/chains");
        browser.waitFor(By.id("chain-file")).sendKeys(file.toString());
        browser.driver.findElement(By.cssSelector("form.chain-upload button[type=submit]")).click();
        browser.wait.until(ExpectedConditions.urlMatches("/chains/\\d+$"));
        browser.waitFor(By.cssSelector("#chain-graph[data-ready=true]"));
        return URI.create(browser.driver.getCurrentUrl()).getPath();
    }

    /** The error an upload shows on the page. */
    private String refused(String name, String content) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content);
        browser.open("/chains");
        browser.waitFor(By.id("chain-file")).sendKeys(file.toString());
        browser.driver.findElement(By.cssSelector("form.chain-upload button[type=submit]")).click();
        return browser.waitFor(By.id("chain-error")).getText();
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(String selector) {
        return (List<String>) browser.driver.executeScript(
                "return window.clearanceChainGraph.$(arguments[0]).map(e => e.id()).sort()", selector);
    }

    private static String panel() {
        return browser.driver.findElement(By.id("party-panel")).getText();
    }

    @Test
    void theTshirtChainShowsThePathThroughAksuAndTheGinnersFindings() throws Exception {
        upload(EXAMPLES.resolve("cotton-tshirt.json"));
        // the farm (Awat County) and the ginner (阿克苏市) are in Aksu; the spinner's "88 Xinjiang Road, Wuxi" is a street
        assertThat(ids("node.risk")).containsExactly("farm", "ginner");
        assertThat(ids("node.xinjiang-location")).containsExactly("farm", "ginner");
        assertThat(ids("node.downstream")).containsExactly("garments", "importer", "knitter", "spinner");
        // the two paths, importer back to the ginner and on to the farm, cover every party and link of this one-line chain
        assertThat(ids("node.risk-path")).containsExactly("farm", "garments", "ginner", "importer", "knitter", "spinner");
        assertThat(ids("edge.risk-path")).hasSize(5);
        // gaps on the farm and ginner links (ExamplesTest): dashed and labelled, not only coloured
        assertThat(ids("edge.gap")).containsExactly("link-1", "link-2");
        assertThat(browser.driver.executeScript("return window.clearanceChainGraph.$id('ginner').data('label')"))
                .asString().startsWith("Awat Tianyuan Cotton Ginning Co.,…").contains("⚠").contains("Xinjiang");
        // left to right: each link goes from a column further left to one further right
        assertThat((Boolean) browser.driver.executeScript("return window.clearanceChainGraph.edges().every("
                + "e => e.source().position('x') < e.target().position('x'))")).isTrue();
        assertThat(browser.driver.findElement(By.cssSelector("ol.risk-paths")).getText())
                .contains("<- cotton lint, not carded or combed (" + GINNER + ", CN)")
                .contains("<- seed cotton (Awat County cotton cooperative, CN)");
        browser.driver.executeScript("document.getElementById('chain-graph').scrollIntoView({block: 'start'})");
        browser.screenshot("chain-tshirt");

        clickNode("ginner");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#party-panel h3"), GINNER));
        assertThat(panel()).contains("Xinjiang location").contains("阿克苏市").contains("Risk of its own")
                .contains("UFLPA high-priority sector").contains("cotton_apparel");
        // ginner -> spinner lacks proof of payment and production records, each with what it leaves unproven (documents.tsv)
        assertThat(panel()).contains("Supplies cotton lint, not carded or combed to Wuxi Everbright Yarn Co., Ltd.")
                .contains("proof of payment: " + blocks("proof_of_payment"))
                .contains("production records: " + blocks("production_records"));
        assertThat(browser.driver.executeScript("return window.clearanceChainGraph.$(':selected').map(n => n.id())"))
                .asList().containsExactly("ginner");
        browser.screenshot("chain-tshirt-ginner");
        browser.driver.executeScript("document.querySelector('#party-panel .link-docs').scrollIntoView({block: 'start'})");
        browser.screenshot("chain-tshirt-ginner-documents");
    }

    @Test
    void aPartyChosenFromTheListWithTheKeyboardShowsItsMissingDocuments() throws Exception {
        upload(EXAMPLES.resolve("cotton-tshirt.csv"));
        WebElement farm = browser.driver.findElement(By.cssSelector(".party-list a[data-party=farm]"));
        farm.sendKeys(Keys.ENTER);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#party-panel h3"),
                "Awat County cotton cooperative"));
        assertThat(browser.driver.switchTo().activeElement().getText()).as("focus moves to the panel")
                .isEqualTo("Awat County cotton cooperative");
        // the raw cotton link lacks origin evidence (ExamplesTest): a certificate of origin or an isotope test
        assertThat(panel()).contains("Supplies seed cotton to " + GINNER).contains("documents missing")
                .contains("origin certificate: " + blocks("origin_certificate"))
                .contains("isotope test: " + blocks("isotope_test"))
                .contains("Held: purchase order invoice");
        assertThat(ids(":selected")).containsExactly("farm");
        browser.screenshot("chain-tshirt-farm");
    }

    @Test
    void theDossierDownloadsAsHtmlAndPdfWithTheFindings() throws Exception {
        String page = upload(EXAMPLES.resolve("solar-module.json"));
        assertThat(browser.driver.findElement(By.id("dossier-html")).getAttribute("href")).endsWith(page + "/dossier.html");
        assertThat(browser.driver.findElement(By.id("dossier-pdf")).getAttribute("href")).endsWith(page + "/dossier.pdf");
        // the polysilicon maker is on the UFLPA Entity List (examples/README.md)
        assertThat(browser.driver.findElement(By.cssSelector(".party-list")).getText()).contains("UFLPA list");

        HttpResponse<String> html = get(page + "/dossier.html", HttpResponse.BodyHandlers.ofString());
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).startsWith("attachment;").contains(".html"));
        assertThat(html.body()).contains("Xinjiang Daqo New Energy").contains("us_dhs_uflpa").contains("solar-module.json");

        HttpResponse<byte[]> pdf = get(page + "/dossier.pdf", HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).startsWith("attachment;").contains(".pdf"));
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
        assertThat(text).contains("XinjiangDaqoNewEnergy").contains("us_dhs_uflpa").contains("UFLPAEntityList");
    }

    @Test
    void badFilesShowTheReadersMessageNamingTheNodeOrRow() throws Exception {
        String cycle = "{\"product\": \"loop\", \"parties\": [{\"id\": \"mill\", \"name\": \"Mill\"}, {\"id\": \"weaver\", \"name\": \"Weaver\"},"
                + " {\"id\": \"dyer\", \"name\": \"Dyer\"}], \"links\": [{\"from\": \"mill\", \"to\": \"weaver\"},"
                + " {\"from\": \"weaver\", \"to\": \"dyer\"}, {\"from\": \"dyer\", \"to\": \"mill\"}]}";
        assertThat(refused("loop.json", cycle)).startsWith("loop.json: ").contains("cycle").contains("mill").contains("weaver")
                .contains("dyer").doesNotContain("/tmp").doesNotContain("upload");
        browser.screenshot("chains-cycle-error");
        String unknown = "{\"parties\": [{\"id\": \"mill\", \"name\": \"Mill\"}], \"links\": [{\"from\": \"mill\", \"to\": \"ghost\"}]}";
        assertThat(refused("ghost.json", unknown)).startsWith("ghost.json: ").contains("'ghost'");
        String badRow = "supplier_id,supplier_name,buyer_id,goods,quantity\nfarm,Farm,mill,cotton,\"1,5\"\nmill,Mill,,yarn,\n";
        assertThat(refused("rows.csv", badRow)).startsWith("rows.csv:2: field quantity: not a quantity: '1,5'");
    }

    @Test
    void aScriptInANameOrAddressIsShownAsText() throws Exception {
        String evil = "<script>alert(1)</script>";
        String chain = "{\"product\": \"" + evil + "\", \"parties\": [{\"id\": \"a\", \"name\": \"" + evil + " Cotton\","
                + " \"address\": \"<img src=x onerror=alert(2)>, Aksu\", \"country\": \"CN\"},"
                + " {\"id\": \"b\", \"name\": \"Buyer <b>Ltd</b>\"}], \"links\": [{\"from\": \"a\", \"to\": \"b\", \"goods\": \"cotton\"}]}";
        String page = upload(Files.writeString(dir.resolve("evil.json"), chain));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(evil);
        assertThat(browser.driver.findElement(By.cssSelector(".party-list a[data-party=a]")).getText()).isEqualTo(evil + " Cotton");
        assertThat(browser.driver.executeScript("return window.clearanceChainGraph.$id('a').data('name')")).isEqualTo(evil + " Cotton");
        clickNode("a");
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#party-panel h3"), evil));
        assertThat(panel()).contains("<img src=x onerror=alert(2)>, Aksu");
        assertThat(browser.driver.findElements(By.cssSelector("main script, main img"))).isEmpty();
        assertThatThrownBy(() -> browser.driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        browser.screenshot("chain-script-names");
        String dossier = get(page + "/dossier.html", HttpResponse.BodyHandlers.ofString()).body();
        assertThat(dossier).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(evil);
    }

    @Test
    void theExposureFragmentListsEachProductsShares() throws Exception {
        upload(EXAMPLES.resolve("tomato-paste.json"));
        browser.screenshot("chain-tomato");
        String fragment = get("/chains/exposure", HttpResponse.BodyHandlers.ofString()).body();
        // examples/README.md: the T-shirt importer 100% at risk, the tomato paste importer 2/3 at risk, 1/12 unknown, 1/4 clean
        assertThat(fragment).doesNotContain("<html").contains("67% at risk · 8% unknown · 25% documented clean");
        browser.open("/chains");
        assertThat(browser.waitFor(By.cssSelector("table.chains")).getText()).contains("67% at risk · 8% unknown · 25% documented clean");
        browser.screenshot("chains-list");
        // as the dashboard loads it, with htmx
        browser.open("/");
        browser.waitFor(By.id("main"));
        browser.driver.executeScript("htmx.ajax('GET', '/chains/exposure', {target: '#main', swap: 'beforeend'})");
        assertThat(browser.waitFor(By.cssSelector("#main .chain-exposure")).getText()).contains("Harbor Table Foods Inc.")
                .contains("67% at risk · 8% unknown · 25% documented clean");
        browser.screenshot("chains-exposure-on-dashboard");
    }

    @Test
    void uploadsAreRefusedWhenTooLargeAnonymousOrUnknown() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        byte[] big = new byte[(int) (ChainsPage.MAX_UPLOAD_BYTES + Uploads.FORM_OVERHEAD_BYTES + 1)];
        HttpResponse<String> tooLarge = http.send(HttpRequest.newBuilder(URI.create(fixture.url("/chains")))
                .header("Cookie", Guard.COOKIE + "=" + cookie()).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=x").POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("larger than 4 MB");
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(fixture.url("/chains/exposure"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(get("/chains/999999", HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        assertThat(get("/chains/exposure.pdf", HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }

    private static String blocks(String kind) {
        return EvidenceChecklist.kinds().stream().filter(k -> k.kind().equals(kind)).map(DocumentKind::blocks)
                .findFirst().orElseThrow();
    }

    /** Clicks a node where the graph draws it, as a person would. */
    private static void clickNode(String id) {
        WebElement graph = browser.driver.findElement(By.id("chain-graph"));
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", graph);
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) browser.driver.executeScript(
                "return window.clearanceChainGraph.$id(arguments[0]).renderedPosition()", id);
        int dx = (int) Math.round(at.get("x").doubleValue() - graph.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(at.get("y").doubleValue() - graph.getSize().getHeight() / 2.0);
        new Actions(browser.driver).moveToElement(graph, dx, dy).click().perform();
    }

    private static String cookie() {
        return browser.driver.manage().getCookieNamed(Guard.COOKIE).getValue();
    }

    private static <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(fixture.url(path)))
                .header("Cookie", Guard.COOKIE + "=" + cookie()).header("Accept", "text/html").build(), body);
    }
}
