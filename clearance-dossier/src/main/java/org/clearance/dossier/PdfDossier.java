package org.clearance.dossier;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * The dossier as PDF, rendered from the very document {@link HtmlDossier} builds, so the two cannot
 * disagree: openhtmltopdf lays out the XHTML and CSS on PDFBox, Batik draws the SVG map, ICU orders and
 * shapes right-to-left text.
 */
public final class PdfDossier {
    static {
        // the renderer logs every font it loads to stderr; failures still surface as exceptions
        XRLog.setLoggingEnabled(false);
    }

    private PdfDossier() {}

    /**
     * Writes the PDF of a rendered dossier. The PDF is made from the dossier's XHTML text, as written to the
     * HTML file, read back: a DOM built in code carries HTML's namespace on its SVG elements, and Batik
     * draws nothing outside SVG's.
     */
    public static void write(Document html, OutputStream out) throws IOException {
        Document xhtml = Jsoup.parse(html.outerHtml(), "", Parser.xmlParser());
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.withW3cDocument(new W3CDom().fromJsoup(xhtml), "");
        b.useSVGDrawer(new BatikSVGDrawer());
        b.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        b.useUnicodeBidiReorderer(new ICUBidiReorderer());
        b.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
        for (PdfFonts.Face f : PdfFonts.available()) {
            b.useFont(f.file().toFile(), f.family(), f.weight(), BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        b.toStream(out);
        b.run();
    }

    /** Font files the PDF would embed that this machine lacks, by file, for a warning. */
    public static List<String> missingFonts() {
        return PdfFonts.missing().stream().map(f -> f.family() + " (" + f.file() + ")").toList();
    }
}
