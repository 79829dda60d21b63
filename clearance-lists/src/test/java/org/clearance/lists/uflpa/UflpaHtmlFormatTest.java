package org.clearance.lists.uflpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.io.Sniff;
import org.clearance.lists.ListMetadata;
import org.clearance.model.Entity;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.Relation;
import org.clearance.model.Sanction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UflpaHtmlFormatTest {
    private static final Path PAGE = Path.of("src/test/resources/lists/uflpa/uflpa-entity-list-sample.html");
    private static final Pattern ROW = Pattern.compile("<tr><td>(.*?)</td>");
    private static final Pattern SUBSIDIARY_COUNT = Pattern.compile("its (\\w+) Zhuhai-based subsidiaries");
    private static final Map<String, Integer> WORDS = Map.of("seven", 7, "eight", 8, "nine", 9);
    private static final String PAGE_HEAD = "<!DOCTYPE html><html><head><title>UFLPA Entity List</title></head><body>";
    private static final String TABLE_HEAD = "<table><thead><tr><th>Name of Entity</th><th>Effective Date</th></tr></thead><tbody>";

    private final UflpaHtmlFormat format = new UflpaHtmlFormat();

    @TempDir
    Path tmp;

    private List<Entity> parse(Path p, List<ListMetadata> meta) throws Exception {
        List<Entity> out = new ArrayList<>();
        meta.add(format.parse(ListInput.of(p), "us_dhs_uflpa", out::add));
        return out;
    }

    private static Entity named(List<Entity> list, String name) {
        List<Entity> hits = list.stream().filter(e -> e.caption().equals(name)).toList();
        assertThat(hits).as(name).hasSize(1);
        return hits.get(0);
    }

    @Test
    void acceptsTheDhsPageOnly() throws Exception {
        assertThat(format.accepts(Sniff.of(ListInput.of(PAGE)))).isTrue();
        assertThat(format.accepts(Sniff.of(ListInput.of(UflpaCsvFormatTest.CSV)))).isFalse();
        assertThat(format.accepts(Sniff.of(ListInput.of(
                Path.of("src/test/resources/lists/csl/consolidated-sample.json"))))).isFalse();
        assertThat(new UflpaCsvFormat().accepts(Sniff.of(ListInput.of(PAGE)))).isFalse();
    }

    @Test
    void everyListedPartyOnceWithItsNamedSubsidiaries() throws Exception {
        List<ListMetadata> meta = new ArrayList<>();
        List<Entity> list = parse(PAGE, meta);
        String html = Files.readString(PAGE);
        List<String> cells = ROW.matcher(html).results().map(m -> m.group(1)).toList();
        assertThat(cells).hasSize(14);
        Matcher eight = SUBSIDIARY_COUNT.matcher(html);
        assertThat(eight.find()).isTrue();
        // distinct cells (Xinjiang Daqo is in two tables) + the announced Zhuhai subsidiaries + one "its subsidiary"
        int expected = (int) cells.stream().distinct().count() + WORDS.get(eight.group(1)) + 1;
        assertThat(list).hasSize(expected).hasSize(22);
        assertThat(meta.get(0).entityCount()).isEqualTo(expected);
        assertThat(meta.get(0).publicationDate()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(list.stream().map(Entity::id).distinct()).hasSize(expected);
    }

    @Test
    void givesTheIdsTheCsvGives() throws Exception {
        List<Entity> fromHtml = parse(PAGE, new ArrayList<>());
        List<Entity> fromCsv = new ArrayList<>();
        new UflpaCsvFormat().parse(ListInput.of(UflpaCsvFormatTest.CSV), "us_dhs_uflpa", fromCsv::add);
        Map<String, String> csvIds = fromCsv.stream().collect(Collectors.toMap(Entity::caption, Entity::id));
        // every party on the sample page is a row of the CSV, so every id must meet
        for (Entity e : fromHtml) {
            assertThat(e.id()).as(e.caption()).isEqualTo(csvIds.get(e.caption()));
        }
        assertThat(named(fromHtml, "Zhuhai Pantum Electronics Co., Ltd.").id())
                .isEqualTo("us_dhs_uflpa-zhuhai-pantum-electronics-co-ltd");
    }

    @Test
    void subsidiariesAreEntitiesRelatedBothWays() throws Exception {
        List<Entity> list = parse(PAGE, new ArrayList<>());
        Entity ninestar = named(list, "Ninestar Corporation");
        assertThat(ninestar.relations()).hasSize(8).allSatisfy(r -> assertThat(r.kind()).isEqualTo("parent of"));
        assertThat(ninestar.relations()).contains(new Relation("parent of", "Geehy Semiconductor Co., Ltd.",
                "us_dhs_uflpa-geehy-semiconductor-co-ltd"));
        Entity pantum = named(list, "Zhuhai Pantum Electronics Co., Ltd.");
        assertThat(pantum.relations()).containsExactly(
                new Relation("subsidiary of", "Ninestar Corporation", ninestar.id()));
        assertThat(pantum.sanctions()).singleElement().satisfies(s -> {
            assertThat(s.program()).isEqualTo("UFLPA 2(d)(2)(B)(ii)");
            assertThat(s.listedOn()).isEqualTo(LocalDate.of(2023, 6, 12));
            assertThat(s.reason()).startsWith("Entities working with the government of the Xinjiang");
        });
        assertThat(named(list, "Chenguang Biotechnology Group Yanqi Co. Ltd.").relations())
                .extracting(Relation::targetName).containsExactly("Chenguang Biotech Group Co., Ltd.");
    }

    @Test
    void namesAliasesFormerNamesAndTwoSections() throws Exception {
        List<Entity> list = parse(PAGE, new ArrayList<>());
        Entity daqo = named(list, "Xinjiang Daqo New Energy Co., Ltd.");
        assertThat(daqo.sanctions()).extracting(Sanction::program, Sanction::listedOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple("UFLPA 2(d)(2)(B)(i)", LocalDate.of(2022, 6, 21)),
                org.assertj.core.groups.Tuple.tuple("UFLPA 2(d)(2)(B)(v)", LocalDate.of(2024, 11, 25)));
        assertThat(daqo.names()).hasSize(4);
        assertThat(named(list, "Changhong Meiling Co., Ltd.").names()).containsExactly(
                Name.of("Changhong Meiling Co., Ltd.", NameKind.PRIMARY),
                Name.of("Hefei Meiling Co., Ltd.", NameKind.FORMER),
                Name.of("Hefei Meiling Group Holdings Limited", NameKind.FORMER));
        Entity hongyuan = named(list, "Hongyuan Green Energy Co., Ltd.");
        assertThat(hongyuan.names()).extracting(Name::kind).containsExactly(NameKind.PRIMARY, NameKind.ALIAS,
                NameKind.ALIAS, NameKind.FORMER, NameKind.FORMER, NameKind.FORMER);
        assertThat(named(list, "Xinjiang Production and Construction Corps").notes())
                .containsExactly("Listed with its subordinate and affiliated entities");
        assertThat(named(list, "Hetian Haolin Hair Accessories Co. Ltd.").names()).extracting(Name::full)
                .containsExactly("Hetian Haolin Hair Accessories Co. Ltd.", "Hotan Haolin Hair Accessories",
                        "Hollin Hair Accessories");
        assertThat(Set.copyOf(list.stream().map(Entity::sourceUrl).toList()))
                .containsExactly("https://www.dhs.gov/uflpa-entity-list");
    }

    @Test
    void refusesATruncatedPage() throws Exception {
        String html = Files.readString(PAGE);
        assertRefused(write("cut.html", html.substring(0, html.length() / 2)), "cut off");
    }

    @Test
    void refusesATableWithoutSectionNamingItsLine() throws Exception {
        String page = PAGE_HEAD + "\n<h2>Entities</h2>\n" + TABLE_HEAD
                + "<tr><td>Camel Group Co., Ltd.</td><td>August 2, 2023</td></tr></tbody></table></body></html>";
        assertRefused(write("nosection.html", page), ":3: the table has no heading");
    }

    @Test
    void refusesARowWithTooFewCells() throws Exception {
        String page = PAGE_HEAD + "\n<p>Section 2(d)(2)(B)(ii)</p>\n" + TABLE_HEAD
                + "\n<tr><td>Camel Group Co., Ltd.</td></tr>\n</tbody></table></body></html>";
        assertRefused(write("short.html", page), ":4: the table row has 1 cells");
    }

    @Test
    void refusesAPageWithoutTheListTable() throws Exception {
        assertRefused(write("other.html", PAGE_HEAD + "<p>UFLPA Entity List</p></body></html>"), "no table");
    }

    @Test
    void aBadDateIsANote() throws Exception {
        String page = PAGE_HEAD + "\n<p>Section 2(d)(2)(B)(ii)</p>\n" + TABLE_HEAD
                + "\n<tr><td>Camel Group Co., Ltd.</td><td>TBD</td></tr></tbody></table></body></html>";
        Entity e = parse(write("tbd.html", page), new ArrayList<>()).get(0);
        assertThat(e.sanctions()).extracting(Sanction::listedOn).containsOnlyNulls();
        assertThat(e.notes()).containsExactly("Effective Date (not a date): TBD");
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text);
    }

    private void assertRefused(Path p, String fragment) {
        assertThatThrownBy(() -> format.parse(ListInput.of(p), "t", e -> { }))
                .isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(p.toString())
                .hasMessageContaining(fragment);
    }
}
