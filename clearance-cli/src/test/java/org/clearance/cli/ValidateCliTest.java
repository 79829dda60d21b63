package org.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clearance validate} as a user runs it on the bundled lists: its files, its progress, its refusals. */
class ValidateCliTest {
    @AfterAll
    static void restore() {
        System.clearProperty("clearance.home");
    }

    @Test
    void writesTheReportItsFiguresItsCasesAndItsPdfWithProgress(@TempDir Path tmp) throws IOException {
        Path html = tmp.resolve("v.html");
        Path json = tmp.resolve("v.json");
        Path csv = tmp.resolve("cases.csv");
        Path pdf = tmp.resolve("v.pdf");
        Cli.Run r = Cli.run(Cli.readOnlyHome(), "validate", "--datasets", "us_dhs_uflpa", "--sample", "20", "--generated", "2",
                "--compare", "threshold=0.8", "--report", html.toString(), "--json", json.toString(), "--csv", csv.toString(),
                "--pdf", pdf.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("Screening 200 cases: exact names").containsPattern("exact names: 200 of 200, .* s left")
                .contains("people on no list").contains("Wrote the PDF to " + pdf);
        JsonNode f = new ObjectMapper().readTree(json.toFile()).get("figures");
        assertThat(f.get("exact").get("cases").asInt() + f.get("weakAliases").get("cases").asInt()).isEqualTo(200);
        assertThat(f.get("negatives").get("cases").asInt()).isEqualTo(50);
        assertThat(f.get("comparison").get("change").asText()).isEqualTo("threshold=0.8");
        assertThat(Files.readString(html)).contains("Change impact: threshold=0.8").contains("<svg");
        assertThat(Files.readAllLines(csv)).hasSizeGreaterThan(250);
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void refusesAnUnknownDatasetSettingOrNegativesFileWithoutAName(@TempDir Path tmp) throws IOException {
        String report = tmp.resolve("v.html").toString();
        Cli.Run dataset = Cli.run(Cli.readOnlyHome(), "validate", "--datasets", "us_ofac_sdm", "--report", report);
        assertThat(dataset.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(dataset.err()).contains("--datasets: no list 'us_ofac_sdm' is loaded").contains("us_ofac_sdn");
        Cli.Run setting = Cli.run(Cli.readOnlyHome(), "validate", "--compare", "treshold=0.8", "--report", report);
        assertThat(setting.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(setting.err()).contains("--compare: unknown setting 'treshold'").contains("did you mean 'threshold'?");
        Path people = tmp.resolve("people.csv");
        Files.writeString(people, "id,full_name\n1,Anna Berg\n");
        Cli.Run negatives = Cli.run(Cli.readOnlyHome(), "validate", "--datasets", "us_dhs_uflpa", "--negatives", people.toString(),
                "--report", report);
        assertThat(negatives.code()).isEqualTo(Errors.BAD_INPUT);
        assertThat(negatives.err()).contains("people.csv").contains("no column 'name'");
        assertThat(tmp.resolve("v.html")).doesNotExist();
    }
}
