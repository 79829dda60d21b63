package org.clearance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clearance.io.InputLimits;
import org.clearance.io.InputRefusedException;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.scan.Mention;
import org.clearance.scan.TextScanner;
import org.clearance.store.ListStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clearance scan-text FILE}: listed parties, Xinjiang places and UFLPA sectors named in free text. */
@Command(name = "scan-text", mixinStandardHelpOptions = true,
        description = {"Find listed parties, Xinjiang places and UFLPA high-priority sectors in free text (a news",
                "article, an invoice, a bill of lading; UTF-8, English, Chinese or another script). One line per",
                "mention, by offset: OFFSET-END  KIND  \"text as written\"  -> REFERENCE (CAPTION) SCORE.",
                "Offsets count UTF-16 code units, as Java and JavaScript index strings."})
final class ScanTextCommand implements Callable<Integer> {
    /**
     * The largest text read unless {@code CLEARANCE_MAX_INPUT_MB} says otherwise: a long report is a few hundred
     * kilobytes, and a text is held in memory whole, unlike the lists, which are streamed.
     */
    static final long MAX_TEXT_BYTES = 8L << 20;

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The text to scan (UTF-8, gzip allowed); - reads standard input.")
    String input;

    @Option(names = "--format", defaultValue = "text", description = "text or json (one JSON object per line; default ${DEFAULT-VALUE}).")
    Format format;

    /** {@code --threshold} is the score from which a party is reported. */
    @Mixin
    ScoringOptions scoring;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MatchConfig config = scoring.config();
        // a threshold of 0 would report every run of words that retrieves any entry
        if (config.threshold() <= 0) {
            throw new Errors.UserException("--threshold must be above 0 to scan text, not " + MatchConfig.THRESHOLD.format(config.threshold()));
        }
        String text = read();
        try (ListStore store = Home.openStore(err); MatchIndex index = Home.openIndex(store, err)) {
            TextScanner scanner = new TextScanner(index.entities(), index, config);
            long t0 = System.nanoTime();
            List<Mention> found = scanner.scan(text);
            err.printf("Scanned %,d chars in %.2f s: %d mention(s).%n", text.length(), (System.nanoTime() - t0) / 1e9,
                    found.size());
            err.flush();
            ObjectMapper json = new ObjectMapper();
            for (Mention m : found) {
                boolean party = m.kind() == Mention.Kind.PARTY;
                if (format == Format.json) {
                    out.println(json.writeValueAsString(json(m, party ? index : null)));
                } else {
                    out.println(line(m));
                    if (party) {
                        // the entry found may be one of a party's listings: the party is printed with all of them
                        PartyListings.print(out, index, m.reference(), "    ");
                    }
                }
            }
            out.flush();
        }
        return 0;
    }

    /** The whole text, read through {@link ListInput} so that size, encoding and gzip are checked as for lists. */
    private String read() throws IOException, ListParseException {
        if (!input.equals("-")) {
            return readAll(new ListInput(Path.of(input), Map.of(), limits()));
        }
        // standard input goes through a file so that it meets the same checks; its name says where it came from
        Path dir = Files.createTempDirectory("clearance-scan-");
        Path tmp = dir.resolve("standard-input");
        try {
            try (OutputStream o = Files.newOutputStream(tmp)) {
                copy(System.in, o, limits().maxFileBytes() + 1); // one byte past the limit is enough to refuse it
            }
            return readAll(new ListInput(tmp, Map.of(), limits()));
        } finally {
            Files.deleteIfExists(tmp);
            Files.deleteIfExists(dir);
        }
    }

    /** Copies at most {@code cap} bytes: standard input may be endless. */
    private static void copy(InputStream in, OutputStream out, long cap) throws IOException {
        byte[] buf = new byte[1 << 16];
        long copied = 0;
        for (int n; copied < cap && (n = in.read(buf, 0, (int) Math.min(buf.length, cap - copied))) > 0; copied += n) {
            out.write(buf, 0, n);
        }
    }

    private static String readAll(ListInput in) throws IOException, ListParseException {
        StringWriter w = new StringWriter();
        try (Reader r = in.openText()) {
            r.transferTo(w);
        } catch (InputRefusedException e) {
            throw e.toParseException(); // bad input, not a failing disk: exit code 2
        }
        return w.toString();
    }

    private static InputLimits limits() {
        String mb = System.getenv(Home.MAX_INPUT_VAR);
        return mb == null || mb.isBlank() ? new InputLimits(MAX_TEXT_BYTES, MAX_TEXT_BYTES * 2, InputLimits.DEFAULT.maxRatio())
                : Home.limits();
    }

    /** {@code 454-466  party   "Chen Quanguo"  -> us_ofac_sdn-29220 (CHEN, Quanguo) 1.00}. */
    static String line(Mention m) {
        return String.format(Locale.ROOT, "%d-%d  %-6s  \"%s\"  -> %s (%s) %.2f", m.start(), m.end(),
                m.kind().name().toLowerCase(Locale.ROOT), m.text().replace('\n', ' ').replace('\r', ' '), m.reference(),
                m.caption(), m.score());
    }

    /** A mention as JSON; a party's with the id of the party its entry belongs to and that party's listings. */
    private static Map<String, Object> json(Mention m, MatchIndex index) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("kind", m.kind().name().toLowerCase(Locale.ROOT));
        o.put("text", m.text());
        o.put("start", m.start());
        o.put("end", m.end());
        o.put("reference", m.reference());
        o.put("caption", m.caption());
        o.put("score", Math.round(m.score() * 1000) / 1000.0);
        o.put("detail", m.detail());
        o.put("also", m.also());
        if (index != null) {
            String group = index.groups().groupId(m.reference());
            o.put("party", group);
            o.put("listings", index.groups().members(group));
        }
        return o;
    }
}
