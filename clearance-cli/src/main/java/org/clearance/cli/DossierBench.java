package org.clearance.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.clearance.dossier.Dossier;
import org.clearance.dossier.HtmlDossier;
import org.clearance.dossier.PdfDossier;
import org.clearance.evidence.Assessment;
import org.clearance.io.ListInput;
import org.clearance.match.MatchIndex;
import org.clearance.store.ListStore;
import org.clearance.supplychain.ChainReader;
import org.clearance.web.ListsUsed;
import org.jsoup.nodes.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clearance bench dossier CHAIN...}: how long the dossier of traced chains takes to render as HTML
 * and as PDF. The first render of a run is shown on its own: a one-off {@code trace --pdf} pays it,
 * with the renderer's classes and fonts still to load.
 */
@Command(name = "dossier", mixinStandardHelpOptions = true, description = "How long the dossier of chain files takes to render, HTML and PDF.")
final class DossierBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CHAIN", description = "The chain files to render.")
    List<Path> chains = List.of();

    @Option(names = "--rounds", defaultValue = "5", description = "Renders measured after the first (default ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (chains.isEmpty()) {
            throw new Errors.UserException("bench dossier needs chain files, e.g. examples/*.json");
        }
        Table t = new Table("CHAIN", "PARTIES", "FIRST HTML ms", "FIRST PDF ms", "MEDIAN HTML ms", "MEDIAN PDF ms", "PDF KB")
                .right(1, 2, 3, 4, 5, 6);
        try (ListStore store = Home.openStore(err); MatchIndex index = Home.openIndex(store, err)) {
            for (Path chain : chains) {
                Assessment a = Assessment.screen(ChainReader.read(ListInput.of(chain)), index);
                Dossier d = new Dossier(a, ListsUsed.of(store.currentVersions()), chain.getFileName().toString(), Instant.now());
                long[] html = new long[rounds + 1];
                long[] pdf = new long[rounds + 1];
                int size = 0;
                for (int r = 0; r <= rounds; r++) {
                    long t0 = System.nanoTime();
                    Document doc = HtmlDossier.render(d);
                    doc.outerHtml();
                    long t1 = System.nanoTime();
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    PdfDossier.write(doc, bytes);
                    html[r] = t1 - t0;
                    pdf[r] = System.nanoTime() - t1;
                    size = bytes.size();
                }
                t.row(chain.getFileName(), a.trace().chain().parties().size(), ms(html[0]), ms(pdf[0]),
                        ms(median(html)), ms(median(pdf)), size >> 10);
            }
        }
        out.printf("Dossier rendering (first render, then the median of %d more rounds):%n", rounds);
        t.print(out);
        out.flush();
        return 0;
    }

    private static long median(long[] withFirst) {
        long[] rest = Arrays.copyOfRange(withFirst, 1, withFirst.length);
        Arrays.sort(rest);
        return rest[rest.length / 2];
    }

    private static String ms(long nanos) {
        return String.format("%.0f", nanos / 1e6);
    }
}
