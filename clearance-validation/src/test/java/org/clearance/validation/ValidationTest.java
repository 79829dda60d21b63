package org.clearance.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clearance.io.ListInput;
import org.clearance.match.MatchConfig;
import org.clearance.match.MatchIndex;
import org.clearance.model.Entity;
import org.clearance.model.NameKind;
import org.clearance.model.Schema;
import org.clearance.testing.ListsIndex;
import org.clearance.testing.SharedData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The validation engine on the real lists: a planted miss is caught, a threshold change lists its flips, the files agree. */
class ValidationTest {
    private static final Set<String> UFLPA = Set.of("us_dhs_uflpa");

    private static Validation validation(MatchIndex index, MatchConfig compared) {
        return new Validation(index, new Validation.Settings(MatchConfig.DEFAULT, compared, UFLPA, 60, 7), Validation.Progress.NONE);
    }

    @Test
    void theExactNameTestListsAnEntryItsOwnNameCannotFind(@TempDir Path dir) throws IOException {
        List<Entity> entities = new ArrayList<>(ListsIndex.entities().stream().filter(e -> UFLPA.contains(e.dataset())).toList());
        // a garbled entry, as a list with a broken encoding publishes one: its first name has no letter left to screen
        Entity planted = Entity.builder("us_dhs_uflpa", "planted", Schema.COMPANY).name("???? ?????", NameKind.PRIMARY)
                .name("Kashgar Planted Garment Works", NameKind.ALIAS).build();
        entities.add(planted);
        MatchIndex.build(entities, dir);
        try (MatchIndex index = MatchIndex.open(dir)) {
            List<CaseResult> exact = validation(index, null).exactNames();
            assertThat(exact).hasSize(entities.stream().mapToInt(e -> e.names().size()).sum());
            ValidationReport r = report(exact, null);
            assertThat(r.figures().exactMisses()).extracting(CaseResult::id).containsExactly(planted.id() + "#0");
            assertThat(r.figures().exact().cases() - r.figures().exact().alerts()).isEqualTo(1);
            assertThat(exact).filteredOn(c -> c.id().equals(planted.id() + "#1")).singleElement()
                    .satisfies(c -> assertThat(c.alerts(MatchConfig.DEFAULT.threshold())).isTrue());
        }
    }

    @Test
    void aThresholdChangeListsExactlyTheCasesScoringBetweenTheTwoThresholds() {
        MatchConfig higher = MatchConfig.DEFAULT.with(Map.of("threshold", "0.8"));
        Validation v = validation(ListsIndex.get(), higher);
        List<CaseResult> treated = v.treated();
        ValidationReport r = report(treated, "threshold=0.8");
        List<String> between = treated.stream().filter(c -> c.score() >= 0.7 && c.score() < 0.8).map(CaseResult::id).sorted().toList();
        assertThat(between).as("the sample has cases between 0.7 and 0.8").isNotEmpty();
        assertThat(r.figures().comparison().flips()).extracting(CaseResult::id).containsExactlyInAnyOrderElementsOf(between);
        assertThat(r.figures().comparison().flipped()).isEqualTo(between.size());
        ValidationReport.KindChange k = r.figures().comparison().kinds().get(0);
        assertThat(k.rightA() - k.rightB()).isEqualTo(between.size());
        // a threshold alone changes no score: the cases are not screened again
        assertThat(treated).allMatch(c -> c.scoreB() == c.score());
    }

    @Test
    void aChangedWeightIsScreenedAgainAndItsFlipsFollowTheNewScores() {
        MatchConfig harsher = MatchConfig.DEFAULT.with(Map.of("minTokenSimilarity", "0.97"));
        List<CaseResult> treated = validation(ListsIndex.get(), harsher).treated();
        assertThat(treated).anyMatch(c -> c.scoreB() < c.score());
        ValidationReport r = report(treated, "minTokenSimilarity=0.97");
        assertThat(r.figures().comparison().flips()).isNotEmpty().allMatch(c -> c.alerts(0.7) != (c.scoreB() >= 0.7));
    }

    @Test
    void theSameSeedGivesTheSameCasesAndScores() {
        List<CaseResult> a = validation(ListsIndex.get(), null).treated();
        List<CaseResult> b = validation(ListsIndex.get(), null).treated();
        assertThat(a).isNotEmpty().isEqualTo(b);
    }

    @Test
    void theJsonAndTheCsvHoldTheFiguresTheHtmlShows() throws Exception {
        Validation v = validation(ListsIndex.get(), MatchConfig.DEFAULT.with(Map.of("threshold", "0.8")));
        List<CaseResult> cases = new ArrayList<>(v.exactNames());
        cases.addAll(v.treated());
        cases.addAll(v.negatives(NegativeNames.read(ListInput.of(SharedData.path("../eval/screen-dev-negatives-world.csv")))
                .subList(0, 500)));
        cases.addAll(v.pairs(LabelledPairs.read(ListInput.of(SharedData.path("../eval/chinese-uyghur-names-dev.csv")))));
        ValidationReport r = report(cases, "threshold=0.8");
        Document html = Jsoup.parse(ReportHtml.render(r).outerHtml());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportFiles.writeJson(r, out);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        JsonNode f = json.get("figures");
        assertThat(rate(html, "recall-exact")).isEqualTo(f.get("exact").get("rate").asDouble(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(rate(html, "recall-treated")).isEqualTo(f.get("treated").get("rate").asDouble(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(rate(html, "false-alert-rate")).isEqualTo(f.get("negatives").get("rate").asDouble(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(html.getElementById("recall-treated").text()).contains(String.format("%,d of %,d", f.get("treated").get("alerts").asInt(),
                f.get("treated").get("cases").asInt()));
        for (JsonNode g : f.get("byTreatment")) {
            Element row = html.selectFirst("tr[data-treatment=" + g.get("name").asText() + "]");
            assertThat(row).as(g.get("name").asText()).isNotNull();
            assertThat(row.child(2).text()).isEqualTo(String.format("%,d", g.get("cases").asInt()));
            assertThat(row.child(3).text()).isEqualTo(String.format("%,d", g.get("alerts").asInt()));
            assertThat(row.child(4).text()).isEqualTo(ReportHtml.percent(g.get("rate").asDouble()));
        }
        assertThat(html.getElementById("pairs-f1").text()).contains("F1 " + ReportHtml.percent(f.get("pairs").get("f1").asDouble()));
        assertThat(html.getElementById("flipped").text()).startsWith(String.format("%,d", f.get("comparison").get("flipped").asInt()));
        assertThat(json.get("run").get("inputsHash").asText()).isEqualTo("abc");

        StringWriter csv = new StringWriter();
        ReportFiles.writeCsv(r, csv);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv.toString()))
                .getRecords();
        assertThat(rows).hasSize(cases.size());
        long treatedFound = rows.stream().filter(x -> x.get("kind").equals("treated") && x.get("alerts").equals("true")).count();
        assertThat(treatedFound).isEqualTo(f.get("treated").get("alerts").asLong());
    }

    private static double rate(Document html, String id) {
        return Double.parseDouble(html.getElementById(id).attr("data-rate"));
    }

    private static ValidationReport report(List<CaseResult> cases, String compare) {
        double thresholdB = compare == null ? Double.NaN : compare.startsWith("threshold=") ? Double.parseDouble(compare.substring(10)) : 0.7;
        List<ValidationReport.SettingValue> settings = MatchConfig.SETTINGS.stream().map(s -> new ValidationReport.SettingValue(s.name(),
                s.format(MatchConfig.DEFAULT.value(s)), s.format(s.defaultValue()), s.description())).toList();
        return ValidationReport.of(new ValidationReport.Run(Instant.parse("2026-12-06T00:00:00Z"), 7, 60, List.copyOf(UFLPA), 0.7, settings,
                compare, thresholdB, List.of("us_dhs_uflpa: the shared file"), List.of(new ValidationReport.Input("seed", "abc")), "abc", 1), cases);
    }
}
