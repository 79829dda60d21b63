package org.clearance.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clearance.io.ListInput;
import org.clearance.io.Sniff;
import org.clearance.lists.ListFormats;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.model.Entity;
import org.clearance.model.Name;
import org.clearance.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scanning real press releases against the real OFAC SDN and UFLPA lists. Expected list entries are found from the
 * list files themselves (the SDN row's ent_num, the UFLPA row's name), not from the scanner's output.
 */
class TextScannerTest {
    @TempDir
    static Path dir;
    private static final List<Entity> ENTITIES = new ArrayList<>();
    private static MatchIndex index;
    private static TextScanner scanner;

    @BeforeAll
    static void build() throws Exception {
        for (String f : List.of("lists/ofac/sdn.csv", "uflpa/uflpa_entity_list.csv")) {
            ListInput in = ListInput.of(SharedData.path(f));
            var format = ListFormats.detect(in);
            format.parse(in, format.defaultDataset(Sniff.of(in)), ENTITIES::add);
        }
        MatchIndex.build(ENTITIES, dir.resolve("index"));
        index = MatchIndex.open(dir.resolve("index"));
        scanner = new TextScanner(ENTITIES, index, MatchConfig.DEFAULT);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static String fixture(String name) throws IOException {
        return Files.readString(SharedData.resource("/scan/" + name), StandardCharsets.UTF_8);
    }

    /** The id of the SDN entry whose name column in sdn.csv is exactly {@code sdnName}. */
    private static String sdnId(String sdnName) throws IOException {
        Pattern row = Pattern.compile("^(\\d+),\"" + Pattern.quote(sdnName) + "\",");
        for (String line : Files.readAllLines(SharedData.path("lists/ofac/sdn.csv"), StandardCharsets.UTF_8)) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                String entNum = m.group(1);
                return ENTITIES.stream().filter(e -> e.dataset().equals("us_ofac_sdn") && e.sourceId().equals(entNum))
                        .findFirst().orElseThrow().id();
            }
        }
        throw new AssertionError("no SDN row named " + sdnName);
    }

    /** The id of the UFLPA entry of the compiled CSV row whose name (or Chinese name) column is {@code name}. */
    private static String uflpaId(String name) throws IOException {
        try (Reader r = Files.newBufferedReader(SharedData.path("uflpa/uflpa_entity_list.csv"))) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                if (rec.get("name").equals(name) || rec.get("chinese_name").equals(name)) {
                    String listed = rec.get("name");
                    return ENTITIES.stream().filter(e -> e.dataset().equals("us_dhs_uflpa")
                            && e.names().stream().map(Name::full).anyMatch(listed::equals)).findFirst().orElseThrow().id();
                }
            }
        }
        throw new AssertionError("no UFLPA row named " + name);
    }

    private static List<Mention> of(List<Mention> all, Mention.Kind kind) {
        return all.stream().filter(m -> m.kind() == kind).toList();
    }

    private static void assertOffsetsPointIntoTheText(String text, List<Mention> found) {
        for (Mention m : found) {
            assertThat(text.substring(m.start(), m.end())).as(m.toString()).isEqualTo(m.text());
        }
    }

    @Test
    void theTreasuryReleaseNamesFourListedOfficialsAndTheXinjiangPoliceWithTheirSdnEntries() throws IOException {
        String text = fixture("treasury-2020-07-09-sm1055.txt");
        List<Mention> found = scanner.scan(text);
        assertOffsetsPointIntoTheText(text, found);
        List<Mention> parties = of(found, Mention.Kind.PARTY);
        assertThat(parties).extracting(Mention::text).containsExactly("Chen Quanguo", "Zhu Hailun",
                "Xinjiang Public Security Bureau", "Wang Mingshan", "Huo Liujun");
        assertThat(parties).extracting(Mention::reference).containsExactly(sdnId("CHEN, Quanguo"), sdnId("ZHU, Hailun"),
                sdnId("XINJIANG PUBLIC SECURITY BUREAU"), sdnId("WANG, Mingshan"), sdnId("HUO, Liujun"));
        assertThat(parties).allSatisfy(p -> assertThat(p.score()).isGreaterThanOrEqualTo(MatchConfig.DEFAULT.threshold()));
        // each official is named once, at the place the release names him
        assertThat(parties.get(0).start()).isEqualTo(text.indexOf("Chen Quanguo"));
        assertThat(parties.get(1).start()).isEqualTo(text.indexOf("Zhu Hailun"));
    }

    @Test
    void theTreasuryReleasePlacesItInXinjiangEveryTimeItSaysSo() throws IOException {
        String text = fixture("treasury-2020-07-09-sm1055.txt");
        List<Mention> places = of(scanner.scan(text), Mention.Kind.PLACE);
        long xinjiang = Pattern.compile("\\bXinjiang\\b").matcher(text).results().count();
        long xuar = Pattern.compile("\\bXUAR\\b").matcher(text).results().count();
        assertThat(places).hasSize((int) (xinjiang + xuar));
        assertThat(places).extracting(Mention::reference).containsOnly("新疆维吾尔自治区");
    }

    @Test
    void theDhsReleaseNamesUflpaEntitiesAndCopper() throws IOException {
        String text = fixture("dhs-2024-08-08-uflpa-additions.txt");
        List<Mention> found = scanner.scan(text);
        assertOffsetsPointIntoTheText(text, found);
        List<Mention> parties = of(found, Mention.Kind.PARTY);
        assertThat(parties).extracting(Mention::reference).containsExactly(
                uflpaId("Century Sunshine Group Holdings, Ltd."),
                uflpaId("Kashgar Construction Engineering (Group) Co., Ltd."),
                uflpaId("Rare Earth Magnesium Technology Group Holdings, Ltd."),
                uflpaId("Xinjiang Habahe Ashele Copper Co., Ltd."),
                uflpaId("Xinjiang Tengxiang Magnesium Products Co., Ltd."));
        // the release's own punctuation ("Kashgar, Construction Engineering (Group) Co.; Ltd.") is kept as written
        assertThat(parties.get(1).text()).startsWith("Kashgar, Construction Engineering (Group) Co.");
        assertThat(of(found, Mention.Kind.SECTOR)).extracting(Mention::text, Mention::reference)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Copper", "copper"));
        assertThat(of(found, Mention.Kind.PLACE)).extracting(Mention::text).contains("Kashgar", "Habahe", "XUAR");
    }

    @Test
    void theDhsTextileReleaseNamesTheSectorsItLists() throws IOException {
        String text = fixture("dhs-2024-05-16-textile-additions.txt");
        List<Mention> found = scanner.scan(text);
        assertOffsetsPointIntoTheText(text, found);
        assertThat(of(found, Mention.Kind.PARTY)).isEmpty();
        assertThat(of(found, Mention.Kind.SECTOR)).extracting(Mention::text)
                .containsExactly("cotton", "cotton", "apparel", "polysilicon");
        assertThat(of(found, Mention.Kind.SECTOR)).extracting(Mention::reference)
                .containsExactly("cotton_apparel", "cotton_apparel", "cotton_apparel", "polysilicon_solar");
    }

    @Test
    void aParagraphWithNoListedPartyHasNoPartyMention() throws IOException {
        assertThat(of(scanner.scan(fixture("unrelated-paragraph.txt")), Mention.Kind.PARTY)).isEmpty();
    }

    @Test
    void commonSingleWordsAndInitialsNameNoParty() {
        String text = "Chen. Wang. Xinjiang. Group. Bureau. Company. Limited. Corps. Security. U.S. U.N. "
                + "CHEN said the group would meet Wang at the bureau of public security.";
        assertThat(of(scanner.scan(text), Mention.Kind.PARTY)).isEmpty();
    }

    @Test
    void wordOrderAndCaseDoNotHideAName() throws IOException {
        String text = "Sanctioned: CHEN, Quanguo; also written Quanguo Chen.";
        List<Mention> parties = of(scanner.scan(text), Mention.Kind.PARTY);
        assertThat(parties).extracting(Mention::text).containsExactly("CHEN, Quanguo", "Quanguo Chen");
        assertThat(parties).extracting(Mention::reference).containsOnly(sdnId("CHEN, Quanguo"));
    }

    @Test
    void aLowerCaseWordAfterANameIsNotPartOfIt() throws IOException {
        // "a" is a legal-form word (S.A.) in some list names; in a sentence it ends the name before it
        String text = "They named Zhu Hailun, a former deputy.";
        assertThat(of(scanner.scan(text), Mention.Kind.PARTY)).extracting(Mention::text).containsExactly("Zhu Hailun");
    }

    @Test
    void aChineseBillOfLadingShowsTheCorpsItsPlacesAndItsGoods() throws IOException {
        String text = fixture("bill-of-lading-zh.txt");
        List<Mention> found = scanner.scan(text);
        assertOffsetsPointIntoTheText(text, found);
        List<Mention> parties = of(found, Mention.Kind.PARTY);
        assertThat(parties).extracting(Mention::text).containsExactly("新疆生产建设兵团", "新疆生产建设兵团");
        assertThat(parties).extracting(Mention::reference).containsOnly(uflpaId("新疆生产建设兵团"));
        assertThat(of(found, Mention.Kind.PLACE)).extracting(Mention::text).contains("阿克苏地区", "阿拉尔市", "乌鲁木齐");
        assertThat(of(found, Mention.Kind.SECTOR)).extracting(Mention::text, Mention::reference).contains(
                org.assertj.core.groups.Tuple.tuple("皮棉", "cotton_apparel"),
                org.assertj.core.groups.Tuple.tuple("多晶硅", "polysilicon_solar"),
                org.assertj.core.groups.Tuple.tuple("聚氯乙烯", "pvc_chemicals"));
    }

    @Test
    void aHanNameWrittenWithBracketsIsFoundWhole() throws IOException {
        String text = "供应商：合盛硅业（鄯善）有限公司，地址：新疆鄯善县。";
        List<Mention> parties = of(scanner.scan(text), Mention.Kind.PARTY);
        assertThat(parties).extracting(Mention::text).containsExactly("合盛硅业（鄯善）有限公司");
        assertThat(parties).extracting(Mention::reference).containsExactly(uflpaId("合盛硅业(鄯善)有限公司"));
    }

    @Test
    void mentionsComeInTextOrderAndPartiesNeverOverlap() throws IOException {
        List<Mention> found = scanner.scan(fixture("dhs-2024-08-08-uflpa-additions.txt") + "\n\n"
                + fixture("treasury-2020-07-09-sm1055.txt"));
        assertThat(found).extracting(Mention::start).isSorted();
        List<Mention> parties = of(found, Mention.Kind.PARTY);
        for (int i = 0; i + 1 < parties.size(); i++) {
            assertThat(parties.get(i).end()).isLessThanOrEqualTo(parties.get(i + 1).start());
        }
    }

    @Test
    void emptyTextHasNoMention() {
        assertThat(scanner.scan("")).isEmpty();
        assertThat(scanner.scan("   \n")).isEmpty();
        assertThat(Set.copyOf(scanner.scan("nothing here at all"))).isEmpty();
    }
}
