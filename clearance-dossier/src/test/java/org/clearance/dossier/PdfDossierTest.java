package org.clearance.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clearance.evidence.Assessment;
import org.clearance.supplychain.Finding;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfDossierTest {
    private static Assessment solar;
    private static Document html;
    private static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        solar = Chains.solar();
        html = HtmlDossier.render(Chains.dossier(solar));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfDossier.write(html, out);
        pdf = out.toByteArray();
    }

    /** The PDF's text with all white space removed, since table cells wrap lines wherever they like. */
    private static String text() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    @Test
    void isAValidPdf() throws Exception {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isBetween(2, 10);
        }
    }

    @Test
    void holdsTheSameFindingsPathsAndGapsAsTheHtml() throws Exception {
        String text = text();
        String latin = text.replaceAll("\\p{IsHan}+", ""); // Chinese is checked on its own below, where a font allows
        for (Finding f : solar.trace().findings()) {
            assertThat(text).contains(HtmlDossier.kind(f.kind()).replaceAll("\\s+", ""));
            assertThat(latin).contains(f.detail().replaceAll("[\\s\\p{IsHan}]+", ""));
        }
        for (String section : html.select("section > h2").eachText()) {
            assertThat(text).contains(section.replaceAll("\\s+", ""));
        }
        assertThat(text).contains("75%atrisk·0%unknown·25%documentedclean");
        // a wrapped table cell comes out of the PDF in pieces: look for the document and what it blocks apart
        assertThat(text).contains("packinglist").contains("matchingtheshippedgoods").contains("4of5linksdocumented");
        assertThat(text).contains("<script>alert(1)</script>"); // as text, the way the HTML shows it
    }

    @Test
    void theFirstPageHoldsTheSummaryUnderTheTitle() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            String page = first.getText(doc).replaceAll("\\s+", "");
            assertThat(page).contains("Summary").contains(html.selectFirst("#summary .headline").text().replaceAll("\\s+", ""));
        }
    }

    @Test
    void chineseTextIsDrawnWhenAChineseFontIsInstalled() throws Exception {
        assumeTrue(PdfDossier.missingFonts().stream().noneMatch(f -> f.startsWith("Droid")),
                "Debian's fonts-droid-fallback is not installed (.ci/run installs it)");
        assertThat(text()).contains("多晶硅").contains("石河子");
    }
}
