package org.clearance.lists.uflpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.io.Sniff;
import org.clearance.lists.ListMetadata;
import org.clearance.model.Entity;
import org.clearance.model.Name;
import org.clearance.model.NameKind;
import org.clearance.model.Sanction;
import org.clearance.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UflpaCsvFormatTest {
    static final Path CSV = Path.of(System.getProperty("clearance.shared"), "data/uflpa/uflpa_entity_list.csv");
    private static final String HEADER = String.join(",", UflpaCsvFormat.COLUMNS);

    private final UflpaCsvFormat format = new UflpaCsvFormat();

    @TempDir
    Path tmp;

    static List<Entity> parse(UflpaCsvFormat format, Path p, List<ListMetadata> meta) throws Exception {
        List<Entity> out = new ArrayList<>();
        long start = System.nanoTime();
        meta.add(format.parse(ListInput.of(p), "us_dhs_uflpa", out::add));
        System.out.printf("UFLPA CSV: %d entities in %.1f ms%n", out.size(), (System.nanoTime() - start) / 1e6);
        return out;
    }

    private static Entity named(List<Entity> list, String name) {
        return list.stream().filter(e -> e.caption().equals(name)).reduce((a, b) -> {
            throw new AssertionError("two entities named " + name);
        }).orElseThrow(() -> new AssertionError("no entity named " + name));
    }

    @Test
    void acceptsItsHeaderOnly() throws Exception {
        assertThat(format.accepts(Sniff.of(ListInput.of(CSV)))).isTrue();
        assertThat(format.accepts(Sniff.of(ListInput.of(
                Path.of(System.getProperty("clearance.shared"), "data/lists/csl/consolidated-partial-2019.csv"))))).isFalse();
        assertThat(new UflpaHtmlFormat().accepts(Sniff.of(ListInput.of(CSV)))).isFalse();
    }

    @Test
    void oneEntityPerRow() throws Exception {
        List<ListMetadata> meta = new ArrayList<>();
        List<Entity> list = parse(format, CSV, meta);
        // every data row, and only those, ends in the date_added column followed by the source column:
        // count the ISO dates that follow a list_section value
        String text = Files.readString(CSV);
        long rows = text.lines().skip(1).filter(l -> l.matches(".*,\\d{4}-\\d{2}-\\d{2},.*")).count();
        assertThat(rows).isEqualTo(92);
        assertThat(list).hasSize((int) rows);
        assertThat(meta.get(0).entityCount()).isEqualTo(92);
        assertThat(meta.get(0).publicationDate()).isNull();
        assertThat(list.stream().map(Entity::id).distinct()).hasSize(92);
    }

    @Test
    void readsAliasesChineseNameSectorAndSection() throws Exception {
        List<Entity> list = parse(format, CSV, new ArrayList<>());
        Entity xpcc = named(list, "Xinjiang Production and Construction Corps");
        assertThat(xpcc.id()).isEqualTo("us_dhs_uflpa-xinjiang-production-and-construction-corps");
        assertThat(xpcc.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(xpcc.names()).containsExactly(Name.of("Xinjiang Production and Construction Corps", NameKind.PRIMARY),
                Name.of("XPCC", NameKind.ALIAS), Name.of("New Construction Corps", NameKind.ALIAS),
                Name.of("Bingtuan", NameKind.ALIAS), new Name("新疆生产建设兵团", NameKind.ORIGINAL_SCRIPT, null, null, "zh"));
        assertThat(xpcc.countries()).containsExactly("CN");
        assertThat(xpcc.sanctions()).containsExactly(new Sanction(UflpaEntities.AUTHORITY, "UFLPA 2(d)(2)(B)(i)",
                LocalDate.of(2022, 6, 21), "mine/produce/manufacture in XUAR with forced labor"));
        Entity ninestar = named(list, "Ninestar Corporation");
        assertThat(ninestar.schema()).isEqualTo(Schema.COMPANY);
        assertThat(ninestar.properties()).containsEntry("sector", List.of("printers/toner/chips"))
                .containsEntry("region", List.of("Guangdong (Zhuhai)"));
        assertThat(ninestar.notes()).anySatisfy(n -> assertThat(n).startsWith("Source: DHS press release 2023-06-09"));
    }

    @Test
    void listSectionsJoinedAndUnconfirmed() throws Exception {
        List<Entity> list = parse(format, CSV, new ArrayList<>());
        assertThat(named(list, "Xinjiang Daqo New Energy Co., Ltd.").sanctions()).extracting(Sanction::program)
                .containsExactly("UFLPA 2(d)(2)(B)(i)", "UFLPA 2(d)(2)(B)(v)");
        Entity moved = named(list, "Changji Esquel Textile Co., Ltd.");
        // "(originally 2(d)(2)(B)(i))" is history, not the current section
        assertThat(moved.sanctions()).extracting(Sanction::program).containsExactly("UFLPA");
        assertThat(moved.notes()).anySatisfy(n -> assertThat(n).startsWith("list_section: moved to another section"));
        assertThat(named(list, "Zijin Mining Group Co., Ltd.").sanctions()).singleElement()
                .satisfies(s -> assertThat(s.listedOn()).isEqualTo(LocalDate.of(2025, 1, 15)));
    }

    @Test
    void refusesBadFiles() throws Exception {
        assertRefused(write("empty.csv", new byte[0]), "empty");
        String text = Files.readString(CSV);
        int cut = text.indexOf("\"Hefei Bitland") + 30; // inside a quoted field of line 4
        assertRefused(write("cut.csv", text.substring(0, cut).getBytes(StandardCharsets.UTF_8)), ":4");
        assertRefused(write("quote.csv", (HEADER + "\n\"A\"B,,,CN,,,,2022-06-21,x\n").getBytes(StandardCharsets.UTF_8)), ":2");
        assertRefused(write("latin1.csv", (HEADER + "\nJos\u00e9 Co.,,,CN,,,,2022-06-21,x\n")
                .getBytes(StandardCharsets.ISO_8859_1)), ":2:");
        assertRefused(write("noname.csv", (HEADER + "\n,alias,,CN,,,,2022-06-21,x\n").getBytes(StandardCharsets.UTF_8)),
                ":2: field name");
        assertRefused(write("short.csv", (HEADER + "\nA Co.,,,CN\n").getBytes(StandardCharsets.UTF_8)), ":2");
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(tmp.resolve(name), bytes);
    }

    private void assertRefused(Path p, String fragment) {
        assertThatThrownBy(() -> format.parse(ListInput.of(p), "t", e -> { }))
                .isInstanceOf(ListParseException.class)
                .hasMessageStartingWith(p.toString())
                .hasMessageContaining(fragment);
    }
}
