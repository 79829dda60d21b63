package org.clearance.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.regex.Pattern;
import org.clearance.io.InputLimits;
import org.clearance.io.ListInput;
import org.clearance.io.ListParseException;
import org.clearance.io.Sniff;
import org.clearance.lists.ListFormats;
import org.clearance.model.Entity;
import org.clearance.model.IdentifierType;
import org.clearance.model.NameKind;
import org.clearance.model.PartialDate;
import org.clearance.model.Schema;
import org.clearance.testing.SharedData.Parsed;
import org.clearance.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfacLegacyCsvFormatTest {
    private static final OfacLegacyCsvFormat FORMAT = new OfacLegacyCsvFormat();
    private static Parsed sdn2024;

    @BeforeAll
    static void parseCurrentList() throws Exception {
        sdn2024 = SharedData.parse(FORMAT, ListInput.of(SharedData.path("lists/ofac/sdn.csv")), "us_ofac_sdn");
    }

    /** An independent count: rows are lines that start with an entry number. */
    private static long countRows(Path file) throws IOException {
        Pattern row = Pattern.compile("^\\d+,\"");
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> row.matcher(l).find()).count();
        }
    }

    @Test
    void readsEveryRowOfTheRealList() throws Exception {
        assertThat(sdn2024.entities()).hasSize((int) countRows(SharedData.path("lists/ofac/sdn.csv")));
        assertThat(sdn2024.entities().stream().map(Entity::id).distinct()).hasSize(sdn2024.entities().size());
        assertThat(sdn2024.metadata().publicationDate()).as("the legacy CSV carries no date").isNull();
    }

    @Test
    void xpccIsAnOrganisationUnderGlobalMagnitsky() {
        Entity xpcc = sdn2024.bySourceId("29299");
        assertThat(xpcc.caption()).isEqualTo("XINJIANG PRODUCTION AND CONSTRUCTION CORPS");
        assertThat(xpcc.schema()).isEqualTo(Schema.LEGAL_ENTITY);
        assertThat(xpcc.sanctions()).extracting(s -> s.program()).containsExactly("GLOMAG");
        assertThat(xpcc.relations()).extracting(r -> r.targetName()).contains("CHEN, Quanguo");
        assertThat(xpcc.id()).isEqualTo("us_ofac_sdn-29299");
    }

    @Test
    void personWithPartialBirthDateAndSplitName() {
        Entity sun = sdn2024.bySourceId("29300");
        assertThat(sun.schema()).isEqualTo(Schema.PERSON);
        assertThat(sun.names().get(0).family()).isEqualTo("SUN");
        assertThat(sun.names().get(0).given()).isEqualTo("Jinlong");
        assertThat(sun.birthDates()).containsExactly(new PartialDate(1962, 1, 0));
        assertThat(sun.nationalities()).containsExactly("China");
        assertThat(sun.gender()).isEqualTo("male");
    }

    @Test
    void multipleProgrammesAndFullBirthDate() {
        Entity li = sdn2024.bySourceId("11447");
        assertThat(li.caption()).isEqualTo("LI, Fangwei");
        assertThat(li.sanctions()).extracting(s -> s.program()).containsExactly("NPWMD", "IFSR");
        assertThat(li.birthDates()).containsExactly(new PartialDate(1972, 9, 18));
        assertThat(li.notes()).anyMatch(n -> n.startsWith("Additional Sanctions Information"));
    }

    @Test
    void vesselWithImoAndFormerNames() {
        Entity ebano = sdn2024.bySourceId("4243");
        assertThat(ebano.schema()).isEqualTo(Schema.VESSEL);
        assertThat(ebano.identifiers()).anySatisfy(id -> {
            assertThat(id.type()).isEqualTo(IdentifierType.IMO);
            assertThat(id.value()).isEqualTo("7406784");
        });
        assertThat(ebano.names()).filteredOn(n -> n.kind() == NameKind.FORMER).extracting(n -> n.full())
                .containsExactly("ANA I", "SAND SWAN");
        assertThat(ebano.properties().get("flag")).containsExactly("Panama");
        assertThat(ebano.properties().get("grossRegisteredTonnage")).containsExactly("1865");
    }

    @Test
    void aliasInRemarksKeepsItsOwnText() {
        Entity bnc = sdn2024.bySourceId("306");
        assertThat(bnc.names()).extracting(n -> n.full()).containsExactly("BANCO NACIONAL DE CUBA", "BNC");
    }

    @Test
    void theFourFileSetJoinsAddressesAliasesAndLongRemarks(@TempDir Path tmp) throws Exception {
        Path dir = SharedData.path("lists/ofac/csv-2021-07");
        ListInput input = new ListInput(dir.resolve("sdn.csv"), Map.of("add", dir.resolve("add.csv"),
                "alt", dir.resolve("alt.csv"), "comments", dir.resolve("sdn_comments.csv")), InputLimits.DEFAULT);
        Parsed set = SharedData.parse(FORMAT, input, "us_ofac_sdn");
        assertThat(set.entities()).hasSize((int) countRows(dir.resolve("sdn.csv")));
        Entity bnc = set.bySourceId("306");
        assertThat(bnc.names()).extracting(n -> n.full()).contains("NATIONAL BANK OF CUBA");
        assertThat(bnc.addresses()).anySatisfy(a -> {
            assertThat(a.street()).isEqualTo("Zweierstrasse 35");
            assertThat(a.country()).isEqualTo("Switzerland");
        });
        // 28264's remarks overflow into sdn_comments.csv; the overflow holds a.k.a.s and a relation
        Entity overflow = set.bySourceId("28264");
        assertThat(overflow.names()).extracting(n -> n.full()).contains("blackjack1987", "khaleesi");
        assertThat(overflow.relations()).extracting(r -> r.targetName()).contains("LAZARUS GROUP");
    }

    @Test
    void companionsAreRecognisedByContent() throws Exception {
        Path dir = SharedData.path("lists/ofac/csv-2021-07");
        assertThat(FORMAT.companionRole(Sniff.of(ListInput.of(dir.resolve("add.csv"))))).isEqualTo("add");
        assertThat(FORMAT.companionRole(Sniff.of(ListInput.of(dir.resolve("alt.csv"))))).isEqualTo("alt");
        assertThat(FORMAT.companionRole(Sniff.of(ListInput.of(dir.resolve("sdn_comments.csv"))))).isEqualTo("comments");
        assertThat(FORMAT.companionRole(Sniff.of(ListInput.of(dir.resolve("sdn.csv"))))).isNull();
        assertThat(ListFormats.detect(ListInput.of(dir.resolve("sdn.csv")))).isInstanceOf(OfacLegacyCsvFormat.class);
    }

    @Test
    void theDatasetFollowsTheProgrammesNotTheFileName() throws Exception {
        assertThat(FORMAT.defaultDataset(Sniff.of(ListInput.of(SharedData.path("lists/ofac/sdn.csv"))))).isEqualTo("us_ofac_sdn");
        assertThat(FORMAT.defaultDataset(Sniff.of(ListInput.of(SharedData.path("lists/ofac/consolidated/cons_prim.csv")))))
                .isEqualTo("us_ofac_cons");
    }

    @Test
    void readsAGzippedHistoricVersion() throws Exception {
        Parsed old = SharedData.parse(FORMAT, ListInput.of(SharedData.path("lists/ofac/history/sdn-2024-04-26.csv.gz")), "us_ofac_sdn");
        assertThat(old.entities()).hasSize(14_668); // the count SOURCES.md gives for this version
        assertThat(new HashSet<>(sdn2024.entities().stream().map(Entity::id).toList()))
                .containsAll(old.entities().stream().map(Entity::id).limit(100).toList());
    }

    @Test
    void brokenQuotingNamesTheLine(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("broken.csv");
        Files.writeString(f, "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
                + "173,\"ANGLO-CARIBBEAN \"CO\", LTD.\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
        assertThatThrownBy(() -> SharedData.parse(FORMAT, ListInput.of(f), "us_ofac_sdn"))
                .isInstanceOf(ListParseException.class)
                .hasMessageContaining("broken.csv:2")
                .hasMessageContaining("malformed CSV");
    }

    @Test
    void aShortRowNamesTheLine(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("short.csv");
        Files.writeString(f, "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
                + "173,\"ANGLO\",-0- \r\n");
        assertThatThrownBy(() -> SharedData.parse(FORMAT, ListInput.of(f), "us_ofac_sdn"))
                .isInstanceOf(ListParseException.class)
                .hasMessageContaining("short.csv:2")
                .hasMessageContaining("found 3");
    }

}
