package org.clearance.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
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

class OfacLegacyXmlFormatTest {
    private static final OfacLegacyXmlFormat FORMAT = new OfacLegacyXmlFormat();
    private static Path file;
    private static Parsed cons;

    @BeforeAll
    static void parse() throws Exception {
        file = SharedData.path("lists/ofac/consolidated/consolidated.xml");
        cons = SharedData.parse(FORMAT, ListInput.of(file), "us_ofac_cons");
    }

    @Test
    void everyEntryOnceAndTheFilesOwnDateAndCount() throws Exception {
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        long independent = Pattern.compile("<sdnEntry>").matcher(raw).results().count();
        assertThat(cons.entities()).hasSize((int) independent);
        assertThat(cons.metadata().declaredCount()).isEqualTo(independent);
        assertThat(cons.metadata().publicationDate()).hasToString("2025-03-28");
        assertThat(ListFormats.detect(ListInput.of(file))).isInstanceOf(OfacLegacyXmlFormat.class);
        assertThat(FORMAT.defaultDataset(Sniff.of(ListInput.of(file)))).isEqualTo("us_ofac_cons");
    }

    @Test
    void personWithYearOfBirthAliasesAndPlaceOfBirth() {
        Entity haniya = cons.bySourceId("9639");
        assertThat(haniya.schema()).isEqualTo(Schema.PERSON);
        assertThat(haniya.caption()).isEqualTo("HANIYA, Ismail Abdul Salah");
        assertThat(haniya.names().get(0).family()).isEqualTo("HANIYA");
        assertThat(haniya.names()).filteredOn(n -> n.kind() == NameKind.ALIAS).extracting(n -> n.full())
                .contains("HANIYYA, Ismaeel");
        assertThat(haniya.birthDates()).containsExactly(PartialDate.ofYear(1962));
        assertThat(haniya.birthPlaces()).containsExactly("Shati");
        assertThat(haniya.sanctions()).extracting(s -> s.program()).containsExactly("NS-PLC");
    }

    @Test
    void chineseCompaniesCarryTheirUnifiedSocialCreditCode() {
        assertThat(cons.entities()).flatExtracting(Entity::identifiers)
                .filteredOn(i -> i.type() == IdentifierType.USCC)
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.value()).matches("[0-9A-Z]{18}"));
    }

    @Test
    void factsInTheIdListAreNotIdentifiers() {
        assertThat(cons.entities()).flatExtracting(Entity::identifiers)
                .noneMatch(i -> i.label().startsWith("Website") || i.label().startsWith("Secondary sanctions risk"));
        assertThat(cons.entities()).anyMatch(e -> e.properties().containsKey("website"));
    }

    @Test
    void aDoctypeIsRefusedBeforeAnyEntityIsRead(@TempDir Path tmp) throws Exception {
        Path xxe = tmp.resolve("xxe.xml");
        Files.writeString(xxe, "<?xml version=\"1.0\"?>\n<!DOCTYPE sdnList [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<sdnList><sdnEntry><uid>1</uid><lastName>&x;</lastName></sdnEntry></sdnList>\n");
        assertThatThrownBy(() -> SharedData.parse(FORMAT, ListInput.of(xxe), "us_ofac_sdn"))
                .isInstanceOf(ListParseException.class)
                .hasMessageContaining("xxe.xml:")
                .hasMessageContaining("DOCTYPE is refused");
        Path laughs = tmp.resolve("laughs.xml");
        Files.writeString(laughs, "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n<sdnList><x>&lol2;</x></sdnList>");
        assertThatThrownBy(() -> SharedData.parse(FORMAT, ListInput.of(laughs), "us_ofac_sdn"))
                .isInstanceOf(ListParseException.class).hasMessageContaining("DOCTYPE is refused");
    }

    @Test
    void aTruncatedFileNamesWhereItEnds(@TempDir Path tmp) throws Exception {
        byte[] all = Files.readAllBytes(file);
        Path cut = tmp.resolve("cut.xml");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
        assertThatThrownBy(() -> SharedData.parse(FORMAT, ListInput.of(cut), "us_ofac_cons"))
                .isInstanceOf(ListParseException.class)
                .hasMessageMatching("(?s).*cut\\.xml:\\d+:\\d+: .*");
    }

    @Test
    void anEntryWithoutANameIsAnError(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("noname.xml");
        Files.writeString(f, "<sdnList><sdnEntry><uid>7</uid><sdnType>Individual</sdnType>\n<programList><program>SDGT</program></programList></sdnEntry></sdnList>");
        assertThatThrownBy(() -> SharedData.parse(FORMAT, ListInput.of(f), "us_ofac_sdn"))
                .isInstanceOf(ListParseException.class)
                .hasMessageContaining("noname.xml:2")
                .hasMessageContaining("field lastName");
    }
}
