package org.clearance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.clearance.api.PartyExample;
import org.clearance.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartyFileReaderTest {
    @TempDir
    Path dir;

    @Test
    void theExampleIsReadWithEveryColumn() throws Exception {
        PartyFile f = PartyFileReader.read(Path.of("../examples/parties.csv"), "parties.csv");
        assertThat(f.refused()).isEmpty();
        assertThat(f.parties()).hasSize(12);
        // row 5 is the first with a quoted comma in its name
        assertThat(f.parties().get(3)).isEqualTo(new PartyRow(5, "C-004", "Changji Esquel Textile Co., Ltd.", "company", "", "China", ""));
        assertThat(f.parties().get(5).identifier()).isEqualTo("7206512");
    }

    @Test
    void anEmptyFileIsRefusedByName() {
        assertThatThrownBy(() -> read("")).isInstanceOf(FileRefusedException.class).hasMessage("f.csv: the file is empty");
    }

    @Test
    void columnsAreFoundByNameInAnyCaseAndOrderAfterAByteOrderMark() throws Exception {
        PartyFile f = read("\uFEFFCountry , NAME,Type\nCN,Sun Jinlong,Person\n");
        assertThat(f.parties()).containsExactly(new PartyRow(2, "", "Sun Jinlong", "person", "", "CN", ""));
    }

    @Test
    void rowsAreNumberedAsTheSpreadsheetShowsThemEvenAfterAQuotedLineBreak() throws Exception {
        PartyFile f = read("name,birth_date\n\"Two\nlines\",1970\nNext,not a date\n");
        assertThat(f.parties()).hasSize(1);
        assertThat(f.refused()).containsExactly(new RowProblem(4, "birth_date",
                "'not a date' is not a date (write 1962, 1962-01 or 1962-01-17)"));
    }

    @Test
    void aRowWithAValueBeyondTheNamedColumnsIsRefusedAndAShortRowIsRead() throws Exception {
        PartyFile f = read("name,country\nA,CN,extra\nB\n");
        assertThat(f.refused()).extracting(RowProblem::row).containsExactly(2L);
        assertThat(f.parties()).extracting(PartyRow::name).containsExactly("B");
    }

    @Test
    void aHeaderWithoutNameOrWithAnUnknownOrRepeatedColumnRefusesTheFile() {
        assertThatThrownBy(() -> read("id,country\n1,CN\n")).isInstanceOf(FileRefusedException.class)
                .hasMessageContaining("no column 'name'");
        assertThatThrownBy(() -> read("name,dob\nA,1970\n")).hasMessageContaining("unknown column 'dob'");
        assertThatThrownBy(() -> read("name,Name\nA,B\n")).hasMessageContaining("names the column 'name' twice");
        assertThatThrownBy(() -> read("")).hasMessageContaining("empty");
    }

    @Test
    void aVesselHasNoBirthDateAndAnUnknownTypeIsNamed() throws Exception {
        PartyFile f = read("name,type,birth_date\nTifon,vessel,1970\nX,ship,\n");
        assertThat(f.refused()).containsExactly(new RowProblem(2, "birth_date", "a vessel has no birth date"),
                new RowProblem(3, "type", "'ship' is not person, company, vessel or any"));
    }

    @Test
    void queriesCarryEachColumnToThePropertyTheApiScreens() throws Exception {
        PartyFile f = read("id,name,type,birth_date,country,identifier\n"
                + "1,Sun Jinlong,person,1962,CN,P123\n2,Tifon,vessel,,CU,7206512\n3,Acme,,2001,DE,HRB 1\n");
        PartyExample first = PartyQuery.of(f.parties().get(0));
        assertThat(first).isEqualTo(new PartyExample("1", Schema.PERSON, Map.of("name", List.of("Sun Jinlong"),
                "birthDate", List.of("1962"), "country", List.of("CN"), "idNumber", List.of("P123"))));
        assertThat(first.properties().keySet()).containsExactly("name", "birthDate", "country", "idNumber");
        assertThat(PartyQuery.of(f.parties().get(1)).properties().get("imoNumber")).containsExactly("7206512");
        assertThat(PartyQuery.of(f.parties().get(2)).schema().ftmName()).isEqualTo("LegalEntity");
    }

    private PartyFile read(String text) throws Exception {
        Path p = dir.resolve("f.csv");
        Files.write(p, text.getBytes(StandardCharsets.UTF_8));
        return PartyFileReader.read(p, "f.csv");
    }
}
