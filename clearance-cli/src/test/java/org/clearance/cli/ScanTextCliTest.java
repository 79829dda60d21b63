package org.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clearance scan-text} on a home loaded from the bundled snapshot, with the real Treasury release. */
class ScanTextCliTest {
    @TempDir
    Path tmp;
    /** The test texts live with the scanner's own tests in clearance-supplychain. */
    private static final Path ARTICLE = Path.of("..", "clearance-supplychain", "src", "test", "resources", "scan",
            "treasury-2020-07-09-sm1055.txt");

    static Cli.Run run(String... args) {
        return Cli.run(Cli.readOnlyHome(), args);
    }

    @BeforeAll
    static void load() {
        assertThat(run("lists").code()).isZero();
    }

    @AfterAll
    static void clear() {
        System.clearProperty("clearance.home");
    }

    @Test
    void textOutputHasOneLinePerMentionInOffsetOrder() throws Exception {
        String text = Files.readString(ARTICLE);
        Cli.Run r = run("scan-text", ARTICLE.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String[] lines = r.out().split("\n");
        int start = text.indexOf("Chen Quanguo");
        assertThat(r.out()).containsPattern(start + "-" + (start + "Chen Quanguo".length())
                + "  party   \"Chen Quanguo\"  -> \\S+ \\([^)]*Quanguo[^)]*\\) 1\\.00");
        int bureau = text.indexOf("Xinjiang Public Security Bureau");
        // the SDN ent_num of the bureau in lists/ofac/sdn.csv is 29159
        assertThat(r.out()).contains(bureau + "-" + (bureau + 31) + "  party   \"Xinjiang Public Security Bureau\"  -> ");
        assertThat(r.out()).contains("  place   \"XUAR\"  -> 新疆维吾尔自治区 (Xinjiang) 0.95");
        List<Integer> starts = new ArrayList<>();
        for (String l : lines) {
            if (!l.startsWith(" ")) { // a party listed by several lists has its listings indented under it
                starts.add(Integer.parseInt(l.substring(0, l.indexOf('-'))));
            }
        }
        assertThat(starts).isSorted();
        assertThat(r.err()).containsPattern("Scanned 1,708 chars in [0-9.]+ s: " + starts.size() + " mention\\(s\\)");
    }

    @Test
    void erkinTuniyazIsOnePartyWithHisOfacAndCanadianListings() throws Exception {
        Path text = tmp.resolve("news.txt");
        Files.writeString(text, "Erkin Tuniyaz, chairman of the Xinjiang government, was sanctioned again.\n");
        Cli.Run r = run("scan-text", text.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("party   \"Erkin Tuniyaz\"  -> ca_sema-china_part-1_6")
                .contains("one party listed 2 times (grp-ca_sema-china_part-1_6), by ca_sema, us_ofac_sdn:")
                .containsPattern("  ca_sema +ca_sema-china_part-1_6 +Erkin Tuniyaz +China / Chine - Schedule Part 1, listed 2024-12-09")
                .containsPattern("  us_ofac_sdn +us_ofac_sdn-34119 +TUNIYAZ, Erken +GLOMAG");
        Cli.Run json = run("scan-text", text.toString(), "--format", "json");
        JsonNode party = new ObjectMapper().readTree(json.out().lines().filter(l -> l.contains("\"party\"")).findFirst().orElseThrow());
        assertThat(party.get("party").asText()).isEqualTo("grp-ca_sema-china_part-1_6");
        assertThat(party.get("listings")).extracting(JsonNode::asText).containsExactly("ca_sema-china_part-1_6", "us_ofac_sdn-34119");
    }

    @Test
    void jsonOutputIsOneObjectPerLineWithOffsetsIntoTheText() throws Exception {
        String text = Files.readString(ARTICLE);
        Cli.Run r = run("scan-text", ARTICLE.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        List<String> partyRefs = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            JsonNode o = json.readTree(line);
            assertThat(text.substring(o.get("start").asInt(), o.get("end").asInt())).isEqualTo(o.get("text").asText());
            if (o.get("kind").asText().equals("party")) {
                partyRefs.add(o.get("reference").asText());
                o.get("also").forEach(a -> partyRefs.add(a.asText()));
            }
        }
        // OFAC ent_nums from lists/ofac/sdn.csv: CHEN Quanguo 29220, ZHU Hailun 29219, the bureau 29159
        assertThat(partyRefs).contains("us_ofac_sdn-29220", "us_ofac_sdn-29219", "us_ofac_sdn-29159");
    }

    @Test
    void aHigherThresholdKeepsOnlyTheSurerParties() throws Exception {
        // the UFLPA entry is "Camel Group Co., Ltd.": without its legal form the name matches, but not perfectly
        Path f = tmp.resolve("names.txt");
        Files.writeString(f, "Batteries from Camel Group, shipped via Urumqi.\n");
        assertThat(run("scan-text", f.toString()).out()).contains("party   \"Camel Group\"  -> us_dhs_uflpa-");
        Cli.Run strict = run("scan-text", f.toString(), "--threshold", "0.999");
        assertThat(strict.code()).isZero();
        assertThat(strict.out()).doesNotContain("party").contains("place   \"Urumqi\"");
        assertThat(run("scan-text", f.toString(), "--threshold", "2").code()).isEqualTo(Errors.BAD_INPUT);
    }

    @Test
    void standardInputIsReadWithDash() {
        InputStream before = System.in;
        try {
            System.setIn(new ByteArrayInputStream("新疆生产建设兵团 多晶硅".getBytes(StandardCharsets.UTF_8)));
            Cli.Run r = run("scan-text", "-");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("0-8  party   \"新疆生产建设兵团\"").contains("sector  \"多晶硅\"  -> polysilicon_solar");
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void anEmptyFileIsRefusedByName() throws Exception {
        Path f = Files.createFile(tmp.resolve("empty.txt"));
        Cli.Run r = run("scan-text", f.toString());
        assertThat(r.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(r.err()).contains("empty.txt").contains("empty");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aLatin1FileIsRefusedWithItsLine() throws Exception {
        Path f = tmp.resolve("latin1.txt");
        Files.write(f, "First line\nCaf\u00e9 Xinjiang cotton\n".getBytes(StandardCharsets.ISO_8859_1));
        Cli.Run r = run("scan-text", f.toString());
        assertThat(r.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(r.err()).contains("latin1.txt:2:").containsIgnoringCase("not valid UTF-8").doesNotContain("store");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeReading() throws Exception {
        Path f = tmp.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(ScanTextCommand.MAX_TEXT_BYTES + 1); // sparse: no disk or time spent
        }
        Cli.Run r = run("scan-text", f.toString());
        assertThat(r.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(r.err()).contains("huge.txt").contains("over the limit");
    }

    @Test
    void aMissingFileIsRefusedByName() {
        Cli.Run r = run("scan-text", tmp.resolve("nowhere.txt").toString());
        assertThat(r.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(r.err()).contains("nowhere.txt");
    }
}
